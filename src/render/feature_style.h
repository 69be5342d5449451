// How one feature is drawn. Plain data: the map style computes it, the GPU layer packs it into
// a texture (three texels per feature) so restyling never touches the geometry buffers.
#pragma once

#include <cstdint>

namespace render {

struct Rgba {
    uint8_t r = 0, g = 0, b = 0, a = 255;
    friend bool operator==(Rgba, Rgba) = default;
};

inline constexpr Rgba rgb(uint32_t hex, uint8_t alpha = 255) {
    return {uint8_t(hex >> 16), uint8_t(hex >> 8), uint8_t(hex), alpha};
}

enum class FillPattern : uint8_t { Solid = 0, Hatch = 1 };
// Ring: a hollow pin, for an investment whose park or year the source does not give (placed by inference).
enum class PointShape : uint8_t { Circle = 0, Diamond = 1, Ring = 2 };

struct FeatureStyle {
    Rgba fill{0, 0, 0, 0};
    Rgba stroke{0, 0, 0, 0};
    float stroke_px = 0.0f;     // outline width in pixels; 0 = none (max 15.9)
    float dash_px = 0.0f;       // dash length in pixels; 0 = solid line (max 255)
    FillPattern pattern = FillPattern::Solid;
    PointShape shape = PointShape::Circle;
    float point_px = 0.0f;      // pin diameter in pixels (max 255)
};

inline constexpr int kStyleTexelsPerFeature = 3;
inline constexpr int kStyleTextureFeaturesPerRow = 1024;

}  // namespace render
