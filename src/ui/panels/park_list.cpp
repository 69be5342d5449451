#include "ui/panels/park_list.h"
#include "i18n/catalogue.h"

#include <imgui.h>


#include "ui/panels/dock.h"
#include "ui/map_overlay.h"
#include "ui/panels/feature_text.h"
#include "ui/panels/text_fold.h"

namespace ui {

std::vector<state::FeatureRef> search_parks(const data::Catalog& catalog, const std::string& query) {
    std::vector<state::FeatureRef> out;
    for (data::LayerRole role : {data::LayerRole::Parks, data::LayerRole::EconomicZones}) {
        for (size_t li = 0; li < catalog.layers.size(); ++li) {
            const data::MapLayer& ml = catalog.layers[li];
            if (ml.role != role) continue;
            for (size_t fi = 0; fi < ml.layer.features.size(); ++fi) {
                const data::Feature& f = ml.layer.features[fi];
                std::string hay;
                for (const char* field : {"id", "name_vi", "name_en", "label_vi", "label_en", "district", "developer"})
                    hay += ml.layer.text(f, field).value_or("") + " | ";
                if (search_matches(hay, query)) out.push_back({li, fi});
            }
        }
    }
    return out;
}

ParkListAction draw_park_list(const state::AppState& app, ParkListState& widget) {
    ParkListAction action;
    const i18n::Language lang = app.language;
    const data::Catalog& catalog = app.catalog;
    ImGui::SetNextItemWidth(-1.0f);
    const bool enter = widget.search.draw("##search", i18n::tr("Search parks: VSIP, Đình Vũ, dinh vu…", lang), widget.query, sizeof widget.query);
    const auto matches = search_parks(catalog, widget.query);
    if (enter && !matches.empty()) action.chosen = matches.front();
    bool investment = app.investment_view;
    if (ImGui::Checkbox(i18n::tr("Investment view (projects per park)", lang), &investment)) action.investment_view = investment;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::tr("One bubble per park, sized by its projects' known capital", lang));
    ImGui::Spacing();
    const std::optional<state::FeatureRef> selected = app.selection.current();
    if (ImGui::BeginChild("list")) {
        for (const state::FeatureRef& ref : matches) {
            const data::MapLayer& ml = catalog.layers[ref.first];
            const data::Feature& f = ml.layer.features[ref.second];
            // The short name the map shows (the sidebar is narrow); the full one on hover.
            std::string line = map_label(ml.layer, f, lang);
            if (ml.role == data::LayerRole::EconomicZones) line += "  · " + std::string(i18n::tr("economic zone", lang));
            if (f.geometry.empty()) line += "  · " + std::string(i18n::tr("no outline", lang));
            ImGui::PushID(int(ref.first * 100000 + ref.second));
            if (ImGui::Selectable(line.c_str(), selected && *selected == ref)) action.chosen = ref;
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", feature_title(ml, ref.second, lang).c_str());
            ImGui::PopID();
        }
        if (matches.empty()) note_text(i18n::tr("No park matches the search.", lang));
    }
    ImGui::EndChild();
    return action;
}

}  // namespace ui
