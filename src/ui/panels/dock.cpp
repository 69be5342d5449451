#include "ui/panels/dock.h"

#include "ui/panel_cache.h"
#include "ui/theme.h"

namespace ui {

bool begin_dock(const char* id, const geo::Box& rect, ImGuiWindowFlags extra) {
    ImGui::SetNextWindowPos(ImVec2(float(rect.min.x), float(rect.min.y)), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(float(rect.width()), float(rect.height())), ImGuiCond_Always);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | extra;
    const bool shown = begin_opaque_panel(id, nullptr, flags);
    return shown && !rect.empty() && rect.width() >= 1.0 && rect.height() >= 1.0;
}

void end_dock() { ImGui::End(); }

std::optional<size_t> dock_header(const char* title, std::initializer_list<HeaderButton> buttons, ImFont* heading_font) {
    std::optional<size_t> pressed;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float side = ImGui::GetFrameHeight();
    const float start_x = ImGui::GetCursorPosX();
    const float right = ImGui::GetWindowContentRegionMax().x;
    if (heading_font) ImGui::PushFont(heading_font);
    ImGui::AlignTextToFramePadding();
    const float room = right - start_x - float(buttons.size()) * (side + style.ItemSpacing.x);
    ImGui::PushClipRect(ImGui::GetCursorScreenPos(),
                        ImVec2(ImGui::GetCursorScreenPos().x + std::max(0.0f, room), ImGui::GetCursorScreenPos().y + side), true);
    ImGui::TextUnformatted(title);
    ImGui::PopClipRect();
    if (heading_font) ImGui::PopFont();
    size_t i = 0;
    float x = right - float(buttons.size()) * side - float(buttons.size() - 1) * style.ItemSpacing.x;
    for (const HeaderButton& b : buttons) {
        ImGui::SameLine(x);
        if (icon_button(b.id, b.icon, b.tooltip)) pressed = i;
        x += side + style.ItemSpacing.x;
        ++i;
    }
    return pressed;
}

std::optional<size_t> slim_strip(std::initializer_list<HeaderButton> buttons) {
    std::optional<size_t> pressed;
    size_t i = 0;
    const float x = (ImGui::GetWindowWidth() - ImGui::GetFrameHeight()) * 0.5f;
    for (const HeaderButton& b : buttons) {
        ImGui::SetCursorPosX(x);
        if (icon_button(b.id, b.icon, b.tooltip)) pressed = i;
        ++i;
    }
    return pressed;
}

void note_text(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(colours::kInkMuted));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

}  // namespace ui
