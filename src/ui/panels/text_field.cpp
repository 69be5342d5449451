#include "ui/panels/text_field.h"

#include <imgui.h>

#include <cstring>

namespace ui {

void TextField::type(char* buffer, size_t size, const std::string& text) {
    const size_t used = std::strlen(buffer);
    if (used + 1 < size) std::strncat(buffer, text.c_str(), size - used - 1);
    focus();
}

bool TextField::draw(const char* id, const char* hint, char* buffer, size_t size) {
    if (pending_) {
        ImGui::SetKeyboardFocusHere();
        cursor_to_end_ = true;
    }
    const auto place_cursor = [](ImGuiInputTextCallbackData* data) {
        bool& to_end = *static_cast<bool*>(data->UserData);
        if (to_end) {
            data->CursorPos = data->SelectionStart = data->SelectionEnd = data->BufTextLen;
            to_end = false;
        }
        return 0;
    };
    const bool enter = ImGui::InputTextWithHint(id, hint, buffer, size,
                                                ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackAlways,
                                                place_cursor, &cursor_to_end_);
    if (ImGui::IsItemActive()) pending_ = false;
    return enter;
}

}  // namespace ui
