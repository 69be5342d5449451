#include "app/window/keymap.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

namespace app {

Command command_for_key(int key, int mods, bool text_input) {
    const bool ctrl = (mods & GLFW_MOD_CONTROL) != 0;
    const bool alt = (mods & GLFW_MOD_ALT) != 0;
    if (ctrl && !alt) {
        switch (key) {
            case GLFW_KEY_Q: return Command::Quit;
            case GLFW_KEY_E: return Command::ExportTable;
            case GLFW_KEY_T: return Command::ToggleTable;
            case GLFW_KEY_K: return Command::ToggleCompare;
            case GLFW_KEY_G: return Command::ToggleGauge;
            case GLFW_KEY_I: return Command::ToggleFinder;
            case GLFW_KEY_M: return Command::ToggleMeasure;
            case GLFW_KEY_F: return Command::FindPark;
            case GLFW_KEY_L: return Command::ShowLayers;
            case GLFW_KEY_O: return Command::AddFile;
            case GLFW_KEY_B: return Command::ToggleSidebar;
            case GLFW_KEY_EQUAL:
            case GLFW_KEY_KP_ADD: return Command::UiBigger;
            case GLFW_KEY_MINUS:
            case GLFW_KEY_KP_SUBTRACT: return Command::UiSmaller;
            case GLFW_KEY_0:
            case GLFW_KEY_KP_0: return Command::UiReset;
            default: return Command::None;
        }
    }
    if (key == GLFW_KEY_F5 && !ctrl && !alt) return Command::Present;
    if (key == GLFW_KEY_F11 && !ctrl && !alt) return Command::ToggleFullscreen;
    if (text_input || ctrl || alt) return Command::None;
    switch (key) {
        case GLFW_KEY_ESCAPE: return Command::Escape;
        case GLFW_KEY_BACKSPACE: return Command::UndoMeasurePoint;
        case GLFW_KEY_LEFT: return Command::PanLeft;
        case GLFW_KEY_RIGHT: return Command::PanRight;
        case GLFW_KEY_UP: return Command::PanUp;
        case GLFW_KEY_DOWN: return Command::PanDown;
        case GLFW_KEY_PAGE_UP: return Command::ZoomIn;
        case GLFW_KEY_PAGE_DOWN: return Command::ZoomOut;
        case GLFW_KEY_HOME: return Command::Home;
        default: return Command::None;
    }
}

Command presentation_command_for_key(int key, int mods, bool number_typed) {
    const bool ctrl = (mods & GLFW_MOD_CONTROL) != 0;
    const bool alt = (mods & GLFW_MOD_ALT) != 0;
    if (ctrl && !alt && key == GLFW_KEY_Q) return Command::Quit;
    if (ctrl || alt) return Command::None;
    if (key >= GLFW_KEY_0 && key <= GLFW_KEY_9) return Command(int(Command::Digit0) + (key - GLFW_KEY_0));
    if (key >= GLFW_KEY_KP_0 && key <= GLFW_KEY_KP_9) return Command(int(Command::Digit0) + (key - GLFW_KEY_KP_0));
    switch (key) {
        case GLFW_KEY_ENTER:
        case GLFW_KEY_KP_ENTER: return number_typed ? Command::JumpToTyped : Command::SlideNext;
        case GLFW_KEY_RIGHT:
        case GLFW_KEY_PAGE_DOWN:
        case GLFW_KEY_SPACE:
        case GLFW_KEY_DOWN:
        case GLFW_KEY_N: return Command::SlideNext;
        case GLFW_KEY_LEFT:
        case GLFW_KEY_PAGE_UP:
        case GLFW_KEY_UP:
        case GLFW_KEY_BACKSPACE:
        case GLFW_KEY_P: return Command::SlidePrevious;
        case GLFW_KEY_HOME: return Command::SlideFirst;
        case GLFW_KEY_END: return Command::SlideLast;
        case GLFW_KEY_B:
        case GLFW_KEY_PERIOD: return Command::BlackScreen;
        case GLFW_KEY_W:
        case GLFW_KEY_COMMA: return Command::WhiteScreen;
        case GLFW_KEY_L: return Command::NextLanguage;
        case GLFW_KEY_ESCAPE: return Command::Escape;
        case GLFW_KEY_F5: return Command::Present;
        case GLFW_KEY_F11: return Command::ToggleFullscreen;
        default: return Command::None;
    }
}

int digit_of(Command c) {
    const int d = int(c) - int(Command::Digit0);
    return d >= 0 && d <= 9 ? d : -1;
}

}  // namespace app
