#version 330 core
#include "common.glsl"

// Coarse level of detail for big layers: one box per feature, drawn when the feature spans
// only a few pixels. Its colour blends fill and outline by how much of such a small polygon
// its outline would cover, so switching to full detail (at 6 px) keeps the tone of the map.
// Six vertices (two triangles) per feature, fetched by gl_VertexID / 6.
uniform samplerBuffer u_boxes;           // min x, min y, max x, max y relative to the layer origin
uniform usamplerBuffer u_ids;            // the feature each box belongs to

const int kCorner[6] = int[6](0, 1, 2, 2, 1, 3);

flat out vec4 v_colour;

void main() {
    int box = gl_VertexID / 6;
    int corner_id = kCorner[gl_VertexID % 6];
    vec4 a_box = texelFetch(u_boxes, box);
    uint a_feature = texelFetch(u_ids, box).r;
    vec4 fill = style_texel(a_feature, 0);
    vec4 stroke = style_texel(a_feature, 1);
    float stroke_px = style_params(a_feature).r / 16.0 * u_pixel_ratio;
    vec2 lo = to_pixels(a_box.xy);
    vec2 hi = to_pixels(a_box.zw);
    // As drawn in full, a polygon's outline reaches half its width outside it: so does the
    // box. At least one pixel, so that no feature vanishes.
    float outline = stroke.a > 0.0 ? stroke_px : 0.0;
    vec2 centre = (lo + hi) * 0.5;
    vec2 half_size = max((hi - lo + outline) * 0.5, vec2(0.5));
    float size = max(2.0 * min(half_size.x, half_size.y), 1.0);
    float inner = max(size - 2.0 * outline, 0.0) / size;
    // Generalisation: outlines of features only a pixel or two across would turn the layer
    // into a dark mass of lines, so they fade out below the size where detail takes over.
    float outline_share = (1.0 - inner * inner) * smoothstep(1.5, 6.0, size);
    v_colour = mix(fill, stroke, outline_share);
    v_colour.a *= u_opacity;

    vec2 corner = vec2(float(corner_id & 1), float(corner_id >> 1)) * 2.0 - 1.0;
    gl_Position = pixels_to_clip(centre + corner * half_size);
}
