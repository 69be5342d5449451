#version 330 core

flat in vec4 v_colour;
flat in float v_half_width;
flat in float v_dash;
in float v_across;
in float v_along;
out vec4 frag_colour;

void main() {
    if (v_dash > 0.0 && mod(v_along, 2.0 * v_dash) > v_dash) discard;
    float coverage = clamp(v_half_width + 0.5 - abs(v_across), 0.0, 1.0);
    if (coverage <= 0.0) discard;
    frag_colour = vec4(v_colour.rgb, v_colour.a * coverage);
}
