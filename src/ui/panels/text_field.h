// A one-line text field that code can give the keyboard to (Ctrl+F, Ctrl+O, typing over the
// map, the next path after Enter), which keeps text typed in the frames before it has it, and
// puts the cursor after the text rather than selecting it all (the next letter would replace it).
#pragma once

#include <cstddef>
#include <string>

namespace ui {

class TextField {
public:
    // The field takes the keyboard in a coming frame.
    void focus() { pending_ = true; }
    // Focus is asked for and not taken yet: typing meanwhile belongs here (type()).
    bool pending() const { return pending_; }
    // Appends `text` to `buffer` (of `size` bytes) and asks for the keyboard.
    void type(char* buffer, size_t size, const std::string& text);

    // Draws the field over `buffer`, filling the line; true when Enter was pressed in it.
    bool draw(const char* id, const char* hint, char* buffer, size_t size);

private:
    bool pending_ = false;
    bool cursor_to_end_ = false;
};

}  // namespace ui
