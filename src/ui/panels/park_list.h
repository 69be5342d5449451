// The searchable list of parks (and zones): typing "VSIP", "Đình Vũ" or "dinh vu" filters it,
// choosing one returns it so the window can fly there and select it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "data/catalog.h"
#include "i18n/language.h"
#include "ui/panels/details_panel.h"

struct ImVec2;

namespace ui {

struct ParkListState {
    char query[256] = {};
    bool investment_view = false;   // per-park totals of the projects instead of single pins
};

// The features listed, in list order, whose names or id match `query` (all when empty).
std::vector<FeatureRef> search_parks(const data::Catalog& catalog, const std::string& query);

std::optional<FeatureRef> draw_park_list(const data::Catalog& catalog, ParkListState& state, i18n::Language lang,
                                         std::optional<FeatureRef> selected, const ImVec2& pos, const ImVec2& size);

}  // namespace ui
