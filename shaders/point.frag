#version 330 core

flat in vec4 v_fill;
flat in vec4 v_stroke;
flat in float v_radius;
flat in int v_shape;
in vec2 v_offset;
out vec4 frag_colour;

const int kShapeDiamond = 1;
const int kShapeRing = 2;

void main() {
    // Distance to the shape's edge in pixels (negative inside): a circle, or a diamond.
    float r = v_shape == kShapeDiamond ? (abs(v_offset.x) + abs(v_offset.y)) * 0.7071 : length(v_offset);
    float edge = r - v_radius;
    float outer = clamp(0.5 - edge, 0.0, 1.0);                 // antialiased outline of the pin
    float ring = 1.6;                                          // white ring so pins read on any fill
    float inner = clamp(0.5 - (edge + ring), 0.0, 1.0);
    vec4 c = mix(v_stroke, v_fill, inner);
    if (v_shape == kShapeRing) {
        // A hollow pin: a band of the fill colour inside the white ring, then a white inner edge
        // and nothing, so the map shows through and the pin reads as "not sure".
        float band = max(2.5, v_radius * 0.3);
        float inner_edge = clamp(0.5 - (edge + ring + band), 0.0, 1.0);
        float hole = clamp(0.5 - (edge + 2.0 * ring + band), 0.0, 1.0);
        c = mix(c, v_stroke, inner_edge);
        c.a *= 1.0 - hole;
    }
    c.a *= outer;
    if (c.a <= 0.0) discard;
    frag_colour = c;
}
