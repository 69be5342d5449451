// A tour against the layers loaded: which layer and feature a slide names, the part of the map
// its camera shows, and what in the tour the data cannot give (an unknown feature, a park
// with no known location).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "data/catalog.h"
#include "tour/tour.h"

namespace tour {

struct FeatureAt {
    size_t layer = 0, feature = 0;   // catalog indices
    friend bool operator==(const FeatureAt&, const FeatureAt&) = default;
};

// A layer as a tour names it: the bundled layer's name ("parks", or "bundled:parks"), or a
// user's layer by its key ("file:/abs/path.shp#layer", data::layer_key).
std::optional<size_t> find_layer(const data::Catalog& catalog, const std::string& name);
// "parks/dinh-vu": the feature of that layer whose `id` attribute is "dinh-vu".
std::optional<FeatureAt> find_feature(const data::Catalog& catalog, const std::string& ref);
// How a tour names a feature of the catalog ("parks/dinh-vu"); nullopt if it has no id.
std::optional<std::string> feature_ref(const data::Catalog& catalog, FeatureAt at);

// The map the slide shows (display CRS), to be fitted to the screen; empty when its features
// are missing or have no location (check_tour says so).
geo::Box slide_box(const Slide& slide, const data::Catalog& catalog);

// A camera that shows `box` (display CRS) as a Centre camera: what the tour editor stores for
// "the current view", independent of the screen's shape and size.
Camera camera_for_view(const geo::Box& box);

// What the tour asks of the data that the data cannot give, one problem per slide and name.
// The tour still plays: such a slide shows what it can.
std::vector<TourProblem> check_tour(const Tour& tour, const data::Catalog& catalog);

}  // namespace tour
