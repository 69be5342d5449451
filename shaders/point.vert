#version 330 core
#include "common.glsl"

// One instance per point: a screen-space quad around it, sized in pixels.
layout(location = 0) in vec2 a_position;
layout(location = 1) in uint a_feature;

flat out vec4 v_fill;
flat out vec4 v_stroke;
flat out float v_radius;
flat out int v_shape;
out vec2 v_offset;   // pixels from the point

void main() {
    vec4 params = style_params(a_feature);
    v_radius = params.a * 0.5 * u_pixel_ratio;
    v_fill = style_texel(a_feature, 0);
    v_stroke = style_texel(a_feature, 1);
    v_fill.a *= u_opacity;
    v_stroke.a *= u_opacity;
    v_shape = int(params.b + 0.5);
    vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1)) * 2.0 - 1.0;
    v_offset = corner * (v_radius + 2.0);
    gl_Position = pixels_to_clip(to_pixels(a_position) + v_offset);
}
