// A one-line text field that code can give the keyboard to (Ctrl+F, Ctrl+O, typing over the
// map, the next path after Enter), which keeps text typed in the frames before it has it, and
// then puts the cursor after that text, or selects all of it for a new search to replace.
#pragma once

#include <cstddef>
#include <string>

namespace ui {

class TextField {
public:
    // The field takes the keyboard in a coming frame, its text selected (`select_all`: Ctrl+F,
    // so that typing replaces the last search) or the cursor after it.
    void focus(bool select_all = false) {
        pending_ = true;
        select_all_ = select_all;
    }
    // Focus is asked for and not taken yet: typing meanwhile belongs here (type()).
    bool pending() const { return pending_; }
    // Appends `text` to `buffer` (of `size` bytes) and asks for the keyboard.
    void type(char* buffer, size_t size, const std::string& text);

    // Draws the field over `buffer`, filling the line; true when Enter was pressed in it.
    bool draw(const char* id, const char* hint, char* buffer, size_t size);

private:
    enum class Caret { Leave, ToEnd, SelectAll };
    bool pending_ = false;
    bool select_all_ = false;
    Caret caret_ = Caret::Leave;  // what to do with the cursor once the field has the keyboard
};

}  // namespace ui
