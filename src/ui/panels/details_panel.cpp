#include "ui/panels/details_panel.h"
#include "i18n/catalogue.h"

#include <imgui.h>

#include <string>

#include "ui/icons.h"
#include "ui/panels/availability_text.h"
#include "ui/panels/dock.h"
#include "ui/panels/feature_text.h"
#include "ui/theme.h"

namespace ui {

namespace {

void draw_rows(const std::vector<DetailRow>& rows, i18n::Language lang, const MapFonts& fonts) {
    for (const DetailRow& row : rows) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::PushFont(fonts.caption);
        ImGui::TextColored(to_vec4(colours::kInkMuted), "%s", row.label.c_str());
        ImGui::PopFont();
        if (row.value == i18n::tr("unknown", lang))
            ImGui::TextColored(to_vec4(colours::kInkMuted), "%s", row.value.c_str());
        else
            ImGui::TextUnformatted(row.value.c_str());
        if (!row.note.empty()) {
            ImGui::PushFont(fonts.caption);
            ImGui::TextColored(to_vec4(colours::kInkMuted), "%s", row.note.c_str());
            ImGui::PopFont();
            if (!row.source_detail.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", row.source_detail.c_str());
        }
        ImGui::PopTextWrapPos();
        ImGui::Spacing();
    }
}

void section_heading(const char* text, const MapFonts& fonts) {
    ImGui::PushFont(fonts.heading);
    ImGui::TextColored(to_vec4(colours::kAccent), "%s", text);
    ImGui::PopFont();
}

DetailsAction draw_choices(const state::AppState& app, const MapFonts& fonts) {
    DetailsAction action;
    const auto& hits = app.selection.hits();
    section_heading(i18n::trf("{0} projects here", app.language, {std::to_string(hits.size())}).c_str(), fonts);
    note_text(i18n::tr("They stand on one spot: choose one to see its details.", app.language));
    ImGui::Spacing();
    for (size_t i = 0; i < hits.size(); ++i) {
        const data::MapLayer& ml = app.catalog.layers[hits[i].first];
        ImGui::PushID(int(i));
        const std::string line = feature_title(ml, hits[i].second, app.language);
        if (ImGui::Selectable(line.c_str())) action.choose = i;
        ImGui::PopID();
    }
    return action;
}

}  // namespace

DetailsAction draw_details_panel(const state::AppState& app, const MapFonts& fonts) {
    const i18n::Language lang = app.language;
    if (app.selection.is_list()) return draw_choices(app, fonts);
    DetailsAction action;
    const auto current = app.selection.current();
    if (!current || current->first >= app.catalog.layers.size()) return action;
    const auto [li, fi] = *current;
    const data::MapLayer& ml = app.catalog.layers[li];

    ImGui::PushFont(fonts.caption);
    ImGui::TextColored(to_vec4(colours::kInkMuted), "%s", layer_title(ml, lang).c_str());
    ImGui::PopFont();
    ImGui::PushFont(fonts.heading);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(feature_title(ml, fi, lang).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();

    const auto& hits = app.selection.hits();
    if (hits.size() > 1) {
        if (icon_button("prev", Icon::ChevronLeft, i18n::tr("Previous feature under the click", lang))) action.step = -1;
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(
            i18n::trf("{0} / {1} under the click", lang, {std::to_string(app.selection.index() + 1), std::to_string(hits.size())}).c_str());
        ImGui::SameLine();
        if (icon_button("next", Icon::ChevronRight, i18n::tr("Next feature under the click", lang))) action.step = +1;
    }
    if (icon_text_button("zoom", Icon::Target, i18n::tr("Zoom to", lang))) action.zoom_to = true;
    const std::optional<size_t> park = app.selected_park();
    if (park) {
        ImGui::SameLine();
        const bool in = app.compare.contains(app.figures.parks[*park].id);
        if (icon_text_button("compare", Icon::Compare, i18n::tr(in ? "Remove from compare" : "Add to compare", lang), in))
            action.toggle_compare = true;
    }
    ImGui::Separator();
    if (ImGui::BeginChild("rows")) {
        if (park) {
            section_heading(availability_heading(app.figures, lang).c_str(), fonts);
            draw_rows(availability_rows(app.figures, *park, lang), lang, fonts);
            ImGui::Separator();
            section_heading(i18n::tr("For investors", lang), fonts);
            draw_rows(investor_rows(app.figures, *park, lang), lang, fonts);
            ImGui::Separator();
            section_heading(i18n::tr("All attributes of the layer", lang), fonts);
        }
        draw_rows(describe_feature(app.catalog, ml, fi, lang), lang, fonts);
    }
    ImGui::EndChild();
    return action;
}

void draw_hover_tooltip(const data::Catalog& catalog, state::FeatureRef ref, i18n::Language lang,
                        const analysis::ParkAvailability* dated) {
    if (ref.first >= catalog.layers.size()) return;
    const auto lines = tooltip_lines(catalog.layers[ref.first], ref.second, lang, dated);
    if (lines.empty()) return;
    ImGui::BeginTooltip();
    for (size_t i = 0; i < lines.size(); ++i) {
        if (i == 0) ImGui::TextColored(to_vec4(colours::kInk), "%s", lines[i].c_str());
        else ImGui::TextColored(to_vec4(colours::kInkMuted), "%s", lines[i].c_str());
    }
    ImGui::EndTooltip();
}

}  // namespace ui
