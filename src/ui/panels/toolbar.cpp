#include "ui/panels/toolbar.h"

#include <imgui.h>

#include "ui/panel_cache.h"
#include "ui/panels/date_slider.h"

namespace ui {

namespace {

// A button that looks pressed while its window or mode is on.
bool toggle_button(const char* label, bool on) {
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    const bool clicked = ImGui::Button(label);
    if (on) ImGui::PopStyleColor();
    return clicked;
}

}  // namespace

ToolbarAction draw_toolbar(ToolbarState& state, const ParkFigures& figures, i18n::Language lang, bool measuring,
                           const std::string& measure_line, size_t compare_count, const ImVec2& pos, float width) {
    ToolbarAction action;
    ImGui::SetNextWindowPos(pos, ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0.0f), ImVec2(width, 1e6f));
    begin_opaque_panel("##toolbar", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_AlwaysAutoResize);
    if (toggle_button(i18n::tr(i18n::Text::ToolTable, lang), state.table)) state.table = !state.table;
    ImGui::SameLine();
    if (toggle_button(i18n::tr(i18n::Text::ToolGauge, lang), state.gauge)) state.gauge = !state.gauge;
    ImGui::SameLine();
    const std::string compare = std::string(i18n::tr(i18n::Text::ToolCompare, lang)) + " (" + std::to_string(compare_count) + ")###compare";
    if (toggle_button(compare.c_str(), state.compare)) state.compare = !state.compare;
    ImGui::SameLine();
    if (toggle_button(i18n::tr(i18n::Text::ToolMeasure, lang), measuring)) action.toggle_measure = true;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(i18n::tr(i18n::Text::AsOf, lang));
    ImGui::SameLine();
    action.asof = draw_date_slider(figures.dates, figures.asof, lang, width * 0.5f);
    if (!measure_line.empty()) {
        ImGui::TextColored(ImVec4(1.0f, 0.85f, 0.45f, 1.0f), "%s", measure_line.c_str());
    }
    action.bottom = ImGui::GetWindowPos().y + ImGui::GetWindowSize().y;
    ImGui::End();
    return action;
}

}  // namespace ui
