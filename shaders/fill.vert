#version 330 core
#include "common.glsl"

layout(location = 0) in vec2 a_position;
layout(location = 1) in uint a_feature;

flat out vec4 v_fill;
flat out int v_pattern;

void main() {
    gl_Position = pixels_to_clip(to_pixels(a_position));
    v_fill = style_texel(a_feature, 0);
    v_fill.a *= u_opacity;
    v_pattern = int(style_params(a_feature).b + 0.5);
}
