#include "ui/panels/text_field.h"

#include <imgui.h>

#include <cstring>

namespace ui {

void TextField::type(char* buffer, size_t size, const std::string& text) {
    const size_t used = std::strlen(buffer);
    if (used + 1 < size) std::strncat(buffer, text.c_str(), size - used - 1);
    focus(false);  // after what was typed, whatever asked for the focus before
}

bool TextField::draw(const char* id, const char* hint, char* buffer, size_t size) {
    if (pending_) {
        ImGui::SetKeyboardFocusHere();
        caret_ = select_all_ ? Caret::SelectAll : Caret::ToEnd;
    }
    // The caret is placed in the first frame the field has the keyboard.
    const auto place_caret = [](ImGuiInputTextCallbackData* data) {
        Caret& caret = *static_cast<Caret*>(data->UserData);
        if (caret == Caret::ToEnd) data->SelectionStart = data->BufTextLen;
        if (caret == Caret::SelectAll) data->SelectionStart = 0;
        if (caret != Caret::Leave) data->CursorPos = data->SelectionEnd = data->BufTextLen;
        caret = Caret::Leave;
        return 0;
    };
    const bool enter = ImGui::InputTextWithHint(id, hint, buffer, size,
                                                ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackAlways,
                                                place_caret, &caret_);
    if (ImGui::IsItemActive()) pending_ = false;
    return enter;
}

}  // namespace ui
