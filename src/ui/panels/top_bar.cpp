#include "ui/panels/top_bar.h"
#include "ui/draw_helpers.h"
#include "i18n/catalogue.h"

#include <imgui.h>

#include <cmath>
#include <string>

#include "ui/icons.h"
#include "ui/panels/date_slider.h"

namespace ui {

namespace {

float language_button_width(i18n::Language lang) {
    return ImGui::CalcTextSize(i18n::native_name(lang)).x + ImGui::GetFrameHeight() + 2 * ImGui::GetStyle().FramePadding.x;
}

// The language menu: each language under its own name (a reader finds theirs whatever is
// shown now), and the switch that adds the Vietnamese name under each map label.
void draw_language_menu(const state::AppState& app, TopBarAction& action) {
    const i18n::Language lang = app.language;
    const std::string button = std::string(i18n::native_name(lang)) + "###language";
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));  // the name left, the chevron right
    if (ImGui::Button(button.c_str(), ImVec2(language_button_width(lang), 0.0f))) ImGui::OpenPopup("##languages");
    ImGui::PopStyleVar();
    action.language_button = last_item_box();
    const float side = ImGui::GetFrameHeight();
    draw_icon(*ImGui::GetWindowDrawList(), Icon::ChevronDown,
              ImVec2(float(action.language_button.max.x) - side * 0.5f, float(action.language_button.centre().y)), side * 0.45f,
              ImGui::GetColorU32(ImGuiCol_Text));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::tr("Language of the map, the panels and the reports", lang));
    if (!ImGui::BeginPopup("##languages")) return;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();  // as any menu
    for (const i18n::Language l : i18n::kLanguages) {
        if (ImGui::Selectable(i18n::native_name(l), l == lang)) action.language = l;
        action.language_menu.push_back(last_item_box());
    }
    ImGui::Separator();
    bool beneath = app.vietnamese_beneath;
    ImGui::BeginDisabled(lang == i18n::Language::Vi);
    if (ImGui::Checkbox(i18n::tr("Vietnamese names beneath the map labels", lang), &beneath)) action.vietnamese_beneath = beneath;
    ImGui::EndDisabled();
    action.language_menu.push_back(last_item_box());
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", i18n::tr("For a visiting delegation: the names as road signs and documents write them", lang));
    ImGui::EndPopup();
}

}  // namespace

TopBarAction draw_top_bar(const state::AppState& app, const MapFonts& fonts, const ExportMenuContext& exports) {
    TopBarAction action;
    const i18n::Language lang = app.language;
    const float gap = ImGui::GetStyle().ItemSpacing.x;

    ImGui::PushFont(fonts.heading);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(i18n::tr("Hai Phong industrial parks", lang));
    ImGui::PopFont();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::tr("Occupancy from Hai Phong People's Committee and HEZA reports, 2023–2024", lang));

    const auto dock = app.desk.bottom;
    ImGui::SameLine(0.0f, gap * 3);
    auto tip = [&](const char* t) {
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::tr(t, lang));
    };
    if (icon_text_button("table", Icon::Table, i18n::tr("Table", lang), dock == state::BottomTab::Table))
        action.toggle_bottom = state::BottomTab::Table;
    tip(i18n::N_("Every park in a table: sort, filter, export (Ctrl+T)"));
    ImGui::SameLine();
    const std::string compare = std::string(i18n::tr("Compare", lang)) + " (" + std::to_string(app.compare.size()) + ")";
    if (icon_text_button("compare", Icon::Compare, compare.c_str(), dock == state::BottomTab::Compare))
        action.toggle_bottom = state::BottomTab::Compare;
    tip(i18n::N_("Two to four parks side by side (Ctrl+K)"));
    ImGui::SameLine();
    if (icon_text_button("gauge", Icon::Gauge, i18n::tr("Decree 35 gauge", lang), dock == state::BottomTab::Gauge))
        action.toggle_bottom = state::BottomTab::Gauge;
    tip(i18n::N_("May a new park be founded? The 60% rule of Decree 35/2022 (Ctrl+G)"));
    ImGui::SameLine();
    if (icon_text_button("finder", Icon::Target, i18n::tr("Site finder", lang), dock == state::BottomTab::Finder))
        action.toggle_bottom = state::BottomTab::Finder;
    tip(i18n::N_("Which parks fit a plant: free land, sector, ready date, distance (Ctrl+I)"));
    ImGui::SameLine();
    if (icon_text_button("measure", Icon::Measure, i18n::tr("Measure", lang), app.measure.adding()))
        action.toggle_measure = true;
    tip(i18n::N_("Measure distances and areas on the map (Ctrl+M)"));
    if (exports.widgets) {
        ImGui::SameLine();
        action.export_menu =
            draw_export_menu(app, *exports.widgets, exports.park_title, exports.park_id, exports.busy, exports.folder);
    }

    // The date on the right, then the language and the UI scale at the far end.
    const float side = ImGui::GetFrameHeight();
    const float right = ImGui::GetWindowContentRegionMax().x;
    const float scale_w = 2 * side + ImGui::CalcTextSize("250%").x + 2 * gap;
    const float language_w = language_button_width(lang) + 2 * gap;
    const float label_w = ImGui::CalcTextSize(i18n::tr("As of", lang)).x;
    const float slider_w =
        std::min(260.0f * side / 25.0f, right - ImGui::GetCursorPosX() - scale_w - language_w - label_w - 8 * gap);
    if (slider_w > side * 3) {
        ImGui::SameLine(right - scale_w - language_w - slider_w - label_w - 3 * gap);
        ImGui::TextUnformatted(i18n::tr("As of", lang));
        ImGui::SameLine();
        action.asof = draw_date_slider(app.figures.dates, app.figures.asof, lang, slider_w);
    }
    ImGui::SameLine(right - scale_w - language_w + gap);
    draw_language_menu(app, action);
    ImGui::SameLine(right - scale_w);
    if (icon_button("smaller", Icon::Minus, i18n::tr("Smaller text and panels (Ctrl+-)", lang))) action.ui_scale_step = -1;
    ImGui::SameLine();
    const std::string percent = std::to_string(int(std::lround(app.ui_scale.value() * 100))) + "%";
    ImGui::TextUnformatted(percent.c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::tr("Size of text and panels (Ctrl+0: 100%)", lang));
    ImGui::SameLine();
    if (icon_button("bigger", Icon::Plus, i18n::tr("Larger text and panels (Ctrl+=)", lang))) action.ui_scale_step = +1;
    return action;
}

}  // namespace ui
