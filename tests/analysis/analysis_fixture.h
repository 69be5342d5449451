// Shared by the analysis tests: the bundled catalog (loaded once) and its parks layer.
#pragma once

#include "data/catalog.h"
#include "geo/crs.h"
#include "support/test_files.h"

namespace analysis_test {

inline const data::Catalog& bundled_catalog() {
    static const data::Catalog c = data::load_catalog(test_support::bundled_data().string(), {}, geo::kDisplayCrs);
    return c;
}

inline const data::Layer& bundled_parks() {
    const data::MapLayer* m = bundled_catalog().find(data::LayerRole::Parks);
    if (!m) throw std::runtime_error("no parks layer in the bundled catalog");
    return m->layer;
}

inline std::string bundled_metrics_path() { return (test_support::bundled_data() / "park_metrics.csv").string(); }

}  // namespace analysis_test
