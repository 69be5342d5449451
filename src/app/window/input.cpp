#include "app/window/input.h"

#include "i18n/utf8.h"

namespace app {

std::vector<Gesture> MapGestures::feed(const std::vector<PointerEvent>& events, bool captured) {
    std::vector<Gesture> out;
    for (const PointerEvent& e : events) {
        switch (e.type) {
            case PointerEvent::Press:
                if (captured) break;
                pressed_ = true;
                moved_ = false;
                press_pos_ = last_pos_ = e.pos;
                break;
            case PointerEvent::Move:
                if (!pressed_) break;
                if (!moved_ && geo::length(e.pos - press_pos_) >= kClickSlopPx) moved_ = true;
                if (moved_) out.push_back({Gesture::Drag, e.pos, e.pos - last_pos_, 0.0});
                last_pos_ = e.pos;
                break;
            case PointerEvent::Scroll:
                if (!captured) out.push_back({Gesture::Scroll, e.pos, {}, e.dy});
                break;
            case PointerEvent::Release:
                if (!pressed_) break;
                pressed_ = false;
                if (moved_) break;
                if (last_click_time_ >= 0 && e.time - last_click_time_ < kDoubleClickSeconds &&
                    geo::length(e.pos - last_click_pos_) < kClickSlopPx) {
                    out.push_back({Gesture::DoubleClick, e.pos, {}, 0.0});
                    last_click_time_ = -1.0;
                    break;
                }
                last_click_time_ = e.time;
                last_click_pos_ = e.pos;
                out.push_back({Gesture::Click, e.pos, {}, 0.0});
                break;
        }
    }
    return out;
}

void append_utf8(std::string& s, unsigned cp) { i18n::append_utf8(s, char32_t(cp)); }

}  // namespace app
