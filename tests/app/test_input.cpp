// The window's input as it reaches the mode: keys become commands only with Ctrl (or when they
// type nothing), so stray typing never opens panels or changes values; pointer events become
// drags, clicks and double clicks.
#include <catch2/catch.hpp>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "app/window/input.h"
#include "app/window/keymap.h"

using app::Command;

TEST_CASE("letters, digits and punctuation typed over the map are never commands", "[input]") {
    for (int key = GLFW_KEY_A; key <= GLFW_KEY_Z; ++key) CHECK(app::command_for_key(key, 0, false) == Command::None);
    for (int key = GLFW_KEY_0; key <= GLFW_KEY_9; ++key) CHECK(app::command_for_key(key, 0, false) == Command::None);
    for (int key : {GLFW_KEY_MINUS, GLFW_KEY_EQUAL, GLFW_KEY_KP_ADD, GLFW_KEY_KP_SUBTRACT, GLFW_KEY_SPACE, GLFW_KEY_SLASH})
        CHECK(app::command_for_key(key, 0, false) == Command::None);
    // Shift is typing too.
    CHECK(app::command_for_key(GLFW_KEY_T, GLFW_MOD_SHIFT, false) == Command::None);
}

TEST_CASE("commands take Ctrl, and work whether or not a text field has the keyboard", "[input]") {
    for (bool typing : {false, true}) {
        CHECK(app::command_for_key(GLFW_KEY_T, GLFW_MOD_CONTROL, typing) == Command::ToggleTable);
        CHECK(app::command_for_key(GLFW_KEY_G, GLFW_MOD_CONTROL, typing) == Command::ToggleGauge);
        CHECK(app::command_for_key(GLFW_KEY_K, GLFW_MOD_CONTROL, typing) == Command::ToggleCompare);
        CHECK(app::command_for_key(GLFW_KEY_M, GLFW_MOD_CONTROL, typing) == Command::ToggleMeasure);
        CHECK(app::command_for_key(GLFW_KEY_Q, GLFW_MOD_CONTROL, typing) == Command::Quit);
        CHECK(app::command_for_key(GLFW_KEY_EQUAL, GLFW_MOD_CONTROL, typing) == Command::UiBigger);
        CHECK(app::command_for_key(GLFW_KEY_MINUS, GLFW_MOD_CONTROL, typing) == Command::UiSmaller);
        CHECK(app::command_for_key(GLFW_KEY_0, GLFW_MOD_CONTROL, typing) == Command::UiReset);
        CHECK(app::command_for_key(GLFW_KEY_O, GLFW_MOD_CONTROL, typing) == Command::AddFile);
    }
    // Ctrl+A, C, V, X, Z are the text field's own.
    for (int key : {GLFW_KEY_A, GLFW_KEY_C, GLFW_KEY_V, GLFW_KEY_X, GLFW_KEY_Z})
        CHECK(app::command_for_key(key, GLFW_MOD_CONTROL, true) == Command::None);
}

TEST_CASE("keys that type nothing move the map, except while a text field has the keyboard", "[input]") {
    CHECK(app::command_for_key(GLFW_KEY_LEFT, 0, false) == Command::PanLeft);
    CHECK(app::command_for_key(GLFW_KEY_PAGE_UP, 0, false) == Command::ZoomIn);
    CHECK(app::command_for_key(GLFW_KEY_HOME, 0, false) == Command::Home);
    CHECK(app::command_for_key(GLFW_KEY_ESCAPE, 0, false) == Command::Escape);
    CHECK(app::command_for_key(GLFW_KEY_BACKSPACE, 0, false) == Command::UndoMeasurePoint);
    for (int key : {GLFW_KEY_LEFT, GLFW_KEY_HOME, GLFW_KEY_BACKSPACE, GLFW_KEY_ESCAPE})
        CHECK(app::command_for_key(key, 0, true) == Command::None);
}

TEST_CASE("pointer events become drags, clicks and double clicks", "[input]") {
    using app::Gesture;
    using app::PointerEvent;
    app::MapGestures g;
    // A press and release in place is a click.
    auto out = g.feed({{PointerEvent::Press, {100, 100}, 0, 1.0}, {PointerEvent::Release, {101, 100}, 0, 1.05}}, false);
    REQUIRE(out.size() == 1);
    CHECK(out[0].kind == Gesture::Click);
    // A second one soon after, nearby: a double click, not a second click.
    out = g.feed({{PointerEvent::Press, {101, 101}, 0, 1.2}, {PointerEvent::Release, {101, 101}, 0, 1.25}}, false);
    REQUIRE(out.size() == 1);
    CHECK(out[0].kind == Gesture::DoubleClick);
    // Moving past the slop is a drag; its release is no click.
    out = g.feed({{PointerEvent::Press, {10, 10}, 0, 3.0},
                  {PointerEvent::Move, {12, 10}, 0, 3.01},
                  {PointerEvent::Move, {30, 25}, 0, 3.02},
                  {PointerEvent::Release, {30, 25}, 0, 3.03}},
                 false);
    REQUIRE(out.size() == 1);
    CHECK(out[0].kind == Gesture::Drag);
    CHECK(out[0].delta.x == 18);
    // Over a panel, a press starts nothing and the wheel scrolls the panel, not the map.
    out = g.feed({{PointerEvent::Press, {5, 5}, 0, 5.0}, {PointerEvent::Scroll, {5, 5}, 1, 5.0},
                  {PointerEvent::Release, {5, 5}, 0, 5.1}},
                 true);
    CHECK(out.empty());
    CHECK_FALSE(g.dragging());
}

TEST_CASE("typed characters are kept as UTF-8", "[input]") {
    std::string s;
    for (unsigned cp : {0x44u /* D */, 0x0110u /* Đ */, 0x1EE5u /* ụ */, 0x5DE5u /* 工 */, 0x1F600u})
        app::append_utf8(s, cp);
    CHECK(s == "DĐụ工\xF0\x9F\x98\x80");
}
