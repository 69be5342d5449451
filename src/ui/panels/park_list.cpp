#include "ui/panels/park_list.h"

#include <imgui.h>

#include "ui/panel_cache.h"
#include "ui/panels/feature_text.h"
#include "ui/panels/text_fold.h"

namespace ui {

std::vector<FeatureRef> search_parks(const data::Catalog& catalog, const std::string& query) {
    std::vector<FeatureRef> out;
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

std::optional<FeatureRef> draw_park_list(const data::Catalog& catalog, ParkListState& state, i18n::Language lang,
                                         std::optional<FeatureRef> selected, const ImVec2& pos, const ImVec2& size) {
    std::optional<FeatureRef> chosen;
    ImGui::SetNextWindowPos(pos, ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(size, ImGuiCond_FirstUseEver);
    if (begin_opaque_panel("Parks")) {
        ImGui::Checkbox("Investment view (projects per park)", &state.investment_view);
        ImGui::SetNextItemWidth(-1.0f);
        ImGui::InputTextWithHint("##search", "search: VSIP, Đình Vũ, dinh vu…", state.query, sizeof state.query);
        const auto matches = search_parks(catalog, state.query);
        if (ImGui::BeginChild("list")) {
            for (const FeatureRef& ref : matches) {
                const data::MapLayer& ml = catalog.layers[ref.first];
                const data::Feature& f = ml.layer.features[ref.second];
                std::string line = feature_title(ml, ref.second, lang);
                if (ml.role == data::LayerRole::EconomicZones) line += "  (economic zone)";
                if (f.geometry.empty()) line += "  (no outline)";
                ImGui::PushID(int(ref.first * 100000 + ref.second));
                if (ImGui::Selectable(line.c_str(), selected && *selected == ref)) chosen = ref;
                ImGui::PopID();
            }
            if (matches.empty()) ImGui::TextDisabled("no park matches");
        }
        ImGui::EndChild();
    }
    ImGui::End();
    return chosen;
}

}  // namespace ui
