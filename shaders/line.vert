#version 330 core
#include "common.glsl"

// Six vertices (two triangles) per segment, fetched by gl_VertexID from a buffer of three
// RG32UI texels each: (x0, y0), (x1, y1) relative to the layer origin, (distance along the
// line to (x0, y0) in metres, feature).
uniform usamplerBuffer u_segments;

uniform float u_width_scale;              // 1 normally; more for halos/highlights

flat out vec4 v_colour;
flat out float v_half_width;
flat out float v_dash;
out float v_across;                       // pixels from the centre line
out float v_along;                        // pixels along the line, for dashes

const int kCorner[6] = int[6](0, 1, 2, 2, 1, 3);  // the quad's strip corners, as two triangles

void main() {
    int segment = gl_VertexID / 6;
    int corner = kCorner[gl_VertexID % 6];
    uvec2 t0 = texelFetch(u_segments, segment * 3).xy;
    uvec2 t1 = texelFetch(u_segments, segment * 3 + 1).xy;
    uvec2 t2 = texelFetch(u_segments, segment * 3 + 2).xy;
    vec4 a_segment = vec4(uintBitsToFloat(t0), uintBitsToFloat(t1));
    float a_distance = uintBitsToFloat(t2.x);
    uint a_feature = t2.y;

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

    float end = float(corner >> 1);                      // 0 at p0, 1 at p1
    float side = (corner & 1) == 0 ? -1.0 : 1.0;
    v_half_width = width * 0.5;
    float reach = v_half_width + 1.0;                    // one pixel more for the antialiased edge
    float cap = v_half_width * (end * 2.0 - 1.0);        // square caps close the joints
    vec2 p = mix(p0, p1, end) + normal * side * reach + dir * cap;
    v_across = side * reach;
    v_along = a_distance * u_pixels_per_metre + end * len + cap;
    gl_Position = pixels_to_clip(p);
}
