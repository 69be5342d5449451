// The marks the explore mode draws over the pins: investment pins closer than a badge's width
// become one badge with their count, and the investment view shows one bubble per park sized
// by its projects' known capital. The pins a mark stands for are hidden.
#pragma once

#include <optional>
#include <set>
#include <vector>

#include "render/camera.h"
#include "state/app_state.h"
#include "ui/map_overlay.h"

namespace app {

struct PinMarks {
    std::vector<ui::MapMark> marks;                        // to draw
    std::vector<std::vector<state::FeatureRef>> members;   // per mark: the pins it stands for
    std::vector<bool> bubble;                              // per mark: a park's bubble (else a cluster's badge)
    std::set<state::FeatureRef> hidden;                    // pins not drawn on their own
};

// `scale`: the UI scale (a badge's size).
PinMarks make_pin_marks(const state::AppState& app, const render::Camera& camera, float scale);

// The mark under a window point, if any (a badge, or a bubble of the investment view).
std::optional<size_t> mark_at(const PinMarks& marks, geo::Vec2 screen);

// A badge's radius at UI scale `scale`.
inline float badge_radius(float scale) { return 11.0f * scale; }

}  // namespace app
