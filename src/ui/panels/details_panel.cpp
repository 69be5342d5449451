#include "ui/panels/details_panel.h"

#include <imgui.h>

#include <string>

#include "ui/panel_cache.h"
#include "ui/panels/feature_text.h"

namespace ui {

DetailsAction draw_details_panel(const data::Catalog& catalog, const std::vector<FeatureRef>& hits, size_t current,
                                 i18n::Language lang, const ImVec2& pos, const ImVec2& size, const DetailsExtras* extras) {
    DetailsAction action;
    if (hits.empty() || current >= hits.size()) return action;
    const auto [li, fi] = hits[current];
    if (li >= catalog.layers.size()) return action;
    const data::MapLayer& ml = catalog.layers[li];

    ImGui::SetNextWindowPos(pos, ImGuiCond_Always);
    ImGui::SetNextWindowSize(size, ImGuiCond_Always);
    bool open = true;
    if (begin_opaque_panel("Details", &open, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse)) {
        ImGui::TextDisabled("%s", layer_title(ml).c_str());
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(feature_title(ml, fi, lang).c_str());
        ImGui::PopTextWrapPos();
        if (hits.size() > 1) {
            if (ImGui::ArrowButton("##prev", ImGuiDir_Left)) action.step = -1;
            ImGui::SameLine();
            ImGui::Text("%zu of %zu under the click", current + 1, hits.size());
            ImGui::SameLine();
            if (ImGui::ArrowButton("##next", ImGuiDir_Right)) action.step = +1;
            if (current + 1 < hits.size()) {
                const auto [nl, nf] = hits[current + 1];
                ImGui::TextDisabled("beneath: %s", feature_title(catalog.layers[nl], nf, lang).c_str());
            }
        }
        if (ImGui::Button("Zoom to")) action.zoom_to = true;
        if (extras) {
            ImGui::SameLine();
            if (ImGui::Button(i18n::tr(extras->in_compare ? i18n::Text::RemoveCompare : i18n::Text::AddCompare, lang))) action.toggle_compare = true;
        }
        ImGui::SameLine();
        ImGui::TextDisabled("Esc clears the selection");
        ImGui::Separator();
        auto draw_rows = [&](const std::vector<DetailRow>& rows) {
            for (const DetailRow& row : rows) {
                ImGui::PushTextWrapPos(0.0f);
                ImGui::TextColored(ImVec4(0.55f, 0.75f, 1.0f, 1.0f), "%s", row.label.c_str());
                if (row.value == i18n::tr(i18n::Text::Unknown, lang) || row.value == "unknown")
                    ImGui::TextDisabled("%s", row.value.c_str());
                else
                    ImGui::TextUnformatted(row.value.c_str());
                if (!row.note.empty()) ImGui::TextDisabled("%s", row.note.c_str());
                ImGui::PopTextWrapPos();
                ImGui::Spacing();
            }
        };
        if (ImGui::BeginChild("rows")) {
            if (extras && extras->rows) {
                ImGui::TextColored(ImVec4(1.0f, 0.85f, 0.45f, 1.0f), "%s", extras->heading.c_str());
                draw_rows(*extras->rows);
                ImGui::Separator();
                ImGui::TextColored(ImVec4(1.0f, 0.85f, 0.45f, 1.0f), "%s", i18n::tr(i18n::Text::LayerAttributes, lang));
            }
            draw_rows(describe_feature(catalog, ml, fi, lang));
        }
        ImGui::EndChild();
    }
    ImGui::End();
    if (!open) action.close = true;
    return action;
}

void draw_hover_tooltip(const data::Catalog& catalog, FeatureRef ref, i18n::Language lang,
                        const analysis::ParkAvailability* dated) {
    if (ref.first >= catalog.layers.size()) return;
    const auto lines = tooltip_lines(catalog.layers[ref.first], ref.second, lang, dated);
    if (lines.empty()) return;
    ImGui::BeginTooltip();
    for (size_t i = 0; i < lines.size(); ++i) {
        if (i == 0)
            ImGui::TextColored(ImVec4(1, 1, 1, 1), "%s", lines[i].c_str());
        else
            ImGui::TextUnformatted(lines[i].c_str());
    }
    ImGui::EndTooltip();
}

}  // namespace ui
