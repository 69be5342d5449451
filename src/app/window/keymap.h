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
};

// `key`, `mods`: GLFW's key code and modifier bits. `text_input`: a text field has the
// keyboard, so only Ctrl shortcuts (and Esc) act; the field takes the rest.
Command command_for_key(int key, int mods, bool text_input);

}  // namespace app
