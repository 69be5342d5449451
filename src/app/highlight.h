// The selected and hovered features drawn highlighted: their styles rewritten (wider, brighter
// outline; bigger pin) from the layer's base styles. Pure: the window uploads the result.
#pragma once

#include <optional>
#include <vector>

#include "render/feature_style.h"

namespace app {

enum class Emphasis { Hover, Selected };

render::FeatureStyle emphasise(render::FeatureStyle s, Emphasis e);

// Base styles with `selected` / `hovered` (feature indices of this layer) emphasised.
std::vector<render::FeatureStyle> highlighted_styles(const std::vector<render::FeatureStyle>& base,
                                                     std::optional<size_t> selected, std::optional<size_t> hovered);

}  // namespace app
