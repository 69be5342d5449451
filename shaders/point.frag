#version 330 core

flat in vec4 v_fill;
flat in vec4 v_stroke;
flat in float v_radius;
flat in int v_shape;
in vec2 v_offset;
out vec4 frag_colour;

const int kShapeDiamond = 1;

void main() {
    // Distance to the shape's edge in pixels (negative inside): a circle, or a diamond.
    float r = v_shape == kShapeDiamond ? (abs(v_offset.x) + abs(v_offset.y)) * 0.7071 : length(v_offset);
    float edge = r - v_radius;
    float outer = clamp(0.5 - edge, 0.0, 1.0);                 // antialiased outline of the pin
    float ring = 1.6;                                          // white ring so pins read on any fill
    float inner = clamp(0.5 - (edge + ring), 0.0, 1.0);
    vec4 c = mix(v_stroke, v_fill, inner);
    c.a *= outer;
    if (c.a <= 0.0) discard;
    frag_colour = c;
}
