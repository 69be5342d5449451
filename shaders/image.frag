#version 330 core

uniform sampler2D u_image;   // premultiplied alpha
uniform float u_opacity;

in vec2 v_uv;
out vec4 frag_colour;

void main() {
    frag_colour = texture(u_image, v_uv) * u_opacity;
}
