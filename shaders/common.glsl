// Shared by every map shader (inserted where a shader says #include "common.glsl").
// Map positions arrive relative to the layer origin; u_offset = origin - camera centre
// (computed in double on the CPU), so float precision holds at Web Mercator magnitudes.
uniform vec2 u_offset;           // metres
uniform float u_pixels_per_metre;
uniform vec2 u_viewport;         // pixels
uniform float u_opacity;         // layer opacity
uniform float u_pixel_ratio;     // device pixels per layout pixel (HiDPI screens: 2)
uniform sampler2D u_style;       // 3 texels per feature: fill, stroke, params

const int kStyleTexels = 3;
const int kFeaturesPerRow = 1024;

vec4 style_texel(uint feature, int k) {
    int i = int(feature);
    return texelFetch(u_style, ivec2((i % kFeaturesPerRow) * kStyleTexels + k, i / kFeaturesPerRow), 0);
}

// params texel, in bytes: r = stroke width * 16, g = dash length px, b = fill pattern, a = point size px
vec4 style_params(uint feature) { return style_texel(feature, 2) * 255.0; }

vec2 to_pixels(vec2 local) { return (local + u_offset) * u_pixels_per_metre; }
vec4 pixels_to_clip(vec2 px) { return vec4(px * 2.0 / u_viewport, 0.0, 1.0); }
