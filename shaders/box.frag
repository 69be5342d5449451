#version 330 core

flat in vec4 v_colour;
out vec4 frag_colour;

void main() {
    if (v_colour.a <= 0.0) discard;
    frag_colour = v_colour;
}
