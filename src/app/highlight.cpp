#include "app/highlight.h"

#include <algorithm>

namespace app {

render::FeatureStyle emphasise(render::FeatureStyle s, Emphasis e) {
    const bool sel = e == Emphasis::Selected;
    s.stroke = sel ? render::rgb(0xffb300) : render::rgb(0x00e5ff);
    s.stroke_px = std::min(15.0f, std::max(s.stroke_px + (sel ? 3.0f : 1.5f), sel ? 4.0f : 3.0f));
    s.dash_px = 0.0f;
    if (s.point_px > 0.0f) s.point_px = std::min(255.0f, s.point_px + (sel ? 8.0f : 4.0f));
    return s;
}

std::vector<render::FeatureStyle> highlighted_styles(const std::vector<render::FeatureStyle>& base,
                                                     std::optional<size_t> selected, std::optional<size_t> hovered) {
    std::vector<render::FeatureStyle> out = base;
    if (hovered && *hovered < out.size() && hovered != selected) out[*hovered] = emphasise(out[*hovered], Emphasis::Hover);
    if (selected && *selected < out.size()) out[*selected] = emphasise(out[*selected], Emphasis::Selected);
    return out;
}

}  // namespace app
