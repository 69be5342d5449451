#version 330 core

flat in vec4 v_fill;
flat in int v_pattern;
out vec4 frag_colour;

const int kPatternHatch = 1;

void main() {
    vec4 c = v_fill;
    if (v_pattern == kPatternHatch) {
        // Diagonal stripes fixed to the screen: reads as "under construction" at any zoom.
        float d = mod(gl_FragCoord.x + gl_FragCoord.y, 9.0);
        float stripe = smoothstep(0.0, 1.0, d) * (1.0 - smoothstep(3.5, 4.5, d));
        c.rgb = mix(c.rgb, vec3(1.0), 0.55 * stripe);
    }
    if (c.a <= 0.0) discard;
    frag_colour = c;
}
