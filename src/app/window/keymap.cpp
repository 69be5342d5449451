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

}  // namespace app
