#version 330 core
#include "common.glsl"

// One instance per segment; four vertices (a triangle strip) make its quad.
layout(location = 0) in vec4 a_segment;   // x0, y0, x1, y1 relative to the layer origin
layout(location = 1) in float a_distance; // along the line to (x0, y0), metres
layout(location = 2) in uint a_feature;

uniform float u_width_scale;              // 1 normally; more for halos/highlights

flat out vec4 v_colour;
flat out float v_half_width;
flat out float v_dash;
out float v_across;                       // pixels from the centre line
out float v_along;                        // pixels along the line, for dashes

void main() {
    vec4 params = style_params(a_feature);
    float width = params.r / 16.0 * u_width_scale * u_pixel_ratio;
    v_colour = style_texel(a_feature, 1);
    v_colour.a *= u_opacity;
    v_dash = params.g;
    if (width <= 0.0 || v_colour.a <= 0.0) {
        gl_Position = vec4(2.0, 2.0, 2.0, 1.0);  // outside the clip volume: nothing drawn
        return;
    }
    vec2 p0 = to_pixels(a_segment.xy);
    vec2 p1 = to_pixels(a_segment.zw);
    vec2 d = p1 - p0;
    float len = length(d);
    vec2 dir = len > 1e-6 ? d / len : vec2(1.0, 0.0);
    vec2 normal = vec2(-dir.y, dir.x);

    float end = float(gl_VertexID >> 1);                 // 0 at p0, 1 at p1
    float side = (gl_VertexID & 1) == 0 ? -1.0 : 1.0;
    v_half_width = width * 0.5;
    float reach = v_half_width + 1.0;                    // one pixel more for the antialiased edge
    float cap = v_half_width * (end * 2.0 - 1.0);        // square caps close the joints
    vec2 p = mix(p0, p1, end) + normal * side * reach + dir * cap;
    v_across = side * reach;
    v_along = a_distance * u_pixels_per_metre + end * len + cap;
    gl_Position = pixels_to_clip(p);
}
