#version 330 core

flat in vec4 v_colour;
out vec4 frag_colour;

// Boxes are drawn into a layer's picture without blending (see MapRenderer::draw_boxes), so the
// colour goes out premultiplied, as the picture holds it.
void main() {
    if (v_colour.a <= 0.0) discard;
    frag_colour = vec4(v_colour.rgb * v_colour.a, v_colour.a);
}
