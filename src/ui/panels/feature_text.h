// Attributes in words for the details panel and tooltip: field names become labels, figures
// carry their unit, source and as-of date, a missing value reads "unknown".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/availability.h"
#include "data/catalog.h"
#include "i18n/language.h"

namespace ui {

struct DetailRow {
    std::string label;     // "Occupancy"
    std::string value;     // "76.6 %" or "unknown"
    std::string note;      // "as of 2023-12 · source: HEZA report 6037/BC-BQL, 15 Dec 2023, footnote 5" (may be empty)
    std::string source_detail;  // the source as the data gives it (addresses, keys), for a tooltip
    std::string field = {};     // the data's field ("occ_pct"; "free_land" for the computed row): what the row is, in any language
};

// A feature's display name in `lang` (falls back like the map labels, then "feature N").
std::string feature_title(const data::MapLayer& layer, size_t feature, i18n::Language lang);
// Human name of a layer ("Industrial parks", or the file's layer name for user layers).
std::string layer_title(const data::MapLayer& layer, i18n::Language lang);

// "operating" / "under construction" / "planned" in `lang`; unknown for anything else.
const char* status_words(const std::string& status, i18n::Language lang);

// A source as a person reads it: the data's keys and addresses turned into citations
// (data::cite with the catalog's sources).
std::string readable_source(const data::Catalog& catalog, const std::string& raw, i18n::Language lang);

// Every attribute of the feature, in words, in a sensible order; source / as-of fields are
// folded into the figures they document. `catalog` resolves park ids of projects to names.
std::vector<DetailRow> describe_feature(const data::Catalog& catalog, const data::MapLayer& layer, size_t feature,
                                        i18n::Language lang);

// Free land in hectares from lease_ha (else area_ha) and occ_pct; nullopt when not computable.
// *basis says which area it came from.
std::optional<double> free_land_ha(const data::Layer& layer, const data::Feature& f, std::string* basis = nullptr);

// Short lines for the hover tooltip: name, status, occupancy, free land. For a park, `dated`
// (its figures as of the window's date) wins over the layer's own occupancy.
std::vector<std::string> tooltip_lines(const data::MapLayer& layer, size_t feature, i18n::Language lang,
                                       const analysis::ParkAvailability* dated = nullptr);

}  // namespace ui
