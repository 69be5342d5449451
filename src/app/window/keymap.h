// What a key press means on the desk. Letters and digits are text: typed over the map they
// start a park search, never a command, so stray typing cannot open panels or change values.
// Commands take Ctrl, or are keys that type nothing (arrows, Page Up/Down, Home, Esc).
#pragma once

namespace app {

enum class Command {
    None,
    Quit,              // Ctrl+Q
    ExportTable,       // Ctrl+E (with the table open)
    ToggleTable,       // Ctrl+T
    ToggleCompare,     // Ctrl+K
    ToggleGauge,       // Ctrl+G
    ToggleFinder,      // Ctrl+I: the investor's site finder
    ToggleMeasure,     // Ctrl+M
    FindPark,          // Ctrl+F: the cursor in the park search
    ShowLayers,        // Ctrl+L
    AddFile,           // Ctrl+O: the cursor in the Layers tab's "add a file" field
    ToggleSidebar,     // Ctrl+B: the left sidebar slim or expanded
    UiBigger,          // Ctrl+= (or Ctrl++)
    UiSmaller,         // Ctrl+-
    UiReset,           // Ctrl+0
    Escape,            // ends measuring, clears it, or clears the selection
    UndoMeasurePoint,  // Backspace while measuring
    PanLeft,
    PanRight,
    PanUp,
    PanDown,
    ZoomIn,            // Page Up
    ZoomOut,           // Page Down
    Home,              // fit the whole map
    Present,           // F5: present the tour (in a talk: back to its first slide)
    ToggleFullscreen,  // F11

    // Presenting (presentation_command_for_key): what slide software and clickers send.
    SlideNext,         // Right, Page Down, Space, Down, N, Enter (with no number typed)
    SlidePrevious,     // Left, Page Up, Up, Backspace, P
    SlideFirst,        // Home
    SlideLast,         // End
    BlackScreen,       // B or '.'
    WhiteScreen,       // W or ','
    NextLanguage,      // L
    JumpToTyped,       // Enter after a number
    Digit0, Digit1, Digit2, Digit3, Digit4, Digit5, Digit6, Digit7, Digit8, Digit9,
};

// `key`, `mods`: GLFW's key code and modifier bits. `text_input`: a text field has the
// keyboard, so only Ctrl shortcuts (and Esc) act; the field takes the rest.
Command command_for_key(int key, int mods, bool text_input);

// What a key press means while presenting: slides, screens and languages. Keys are read by
// their position (GLFW's key codes), so a Korean or Japanese input method does not change them.
// `number_typed`: digits are waiting for Enter, which then jumps instead of going on.
Command presentation_command_for_key(int key, int mods, bool number_typed);

// 0..9 for Digit0..Digit9, else -1.
int digit_of(Command c);

}  // namespace app
