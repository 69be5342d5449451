// `parkatlas --brochure OUT.pdf (--park ID[,ID...] | --all)`: a park's brochure, or one document
// for several parks or every park with a cover, the city overview and an index (like a QGIS
// Atlas), in one language, with the figures as of a date.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "analysis/park_metrics_csv.h"
#include "data/catalog.h"
#include "i18n/language.h"

namespace print {

struct BrochureRequest {
    std::string path;                       // .pdf
    std::vector<std::string> park_ids;      // one park: its sheet alone; several: those, with the front
                                            // pages; none: every park
    i18n::Language language = i18n::Language::En;
    std::optional<analysis::Date> asof;     // nullopt: the newest figures
    std::string metrics_path;               // park_metrics.csv
    geo::Box city_view;                     // display CRS: the whole city (app::default_view)
    std::string generated_on;               // today, "2026-12-03"
    // Called after each page is drawn with (pages done, pages in all); may be empty.
    std::function<void(int, int)> progress;
};

struct BrochureReport {
    int pages = 0;
    int parks = 0;
};

// false and *error (in the request's language) for an unknown park id, no parks layer, or a
// file that cannot be written; the file is then left as it was.
bool write_brochure(const data::Catalog& catalog, const BrochureRequest& request, BrochureReport* report, std::string* error);

}  // namespace print
