// Chooses which labels to show and where, so that no two overlap: higher priority first,
// each tried at a few positions around its anchor, dropped when none fits. No GL here.
#pragma once

#include <cstddef>
#include <vector>

#include "geo/geometry.h"

namespace render {

enum class LabelAnchor { Centre, RightOf };  // polygons are labelled on, pins beside

struct LabelCandidate {
    size_t id = 0;            // caller's key (e.g. feature index)
    geo::Vec2 anchor;         // screen pixels
    geo::Vec2 size;           // text box in pixels
    double priority = 0.0;    // higher is placed first
    LabelAnchor placement = LabelAnchor::Centre;
    double offset_px = 0.0;   // distance from the anchor for RightOf (pin radius)
};

struct PlacedLabel {
    size_t id = 0;
    geo::Box rect;            // screen pixels, top-left min
};

// `screen`: labels must lie fully inside it. `obstacles`: areas kept free (legend, panels).
std::vector<PlacedLabel> place_labels(std::vector<LabelCandidate> candidates, const geo::Box& screen,
                                      const std::vector<geo::Box>& obstacles = {}, double gap_px = 3.0);

}  // namespace render
