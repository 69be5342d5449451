#version 330 core

// A cached picture of a layer, drawn as one quad: u_rect is where a part of it lies on the
// screen (clip space: x0, y0, x1, y1) and u_uv the same part in the texture.
uniform vec4 u_rect;
uniform vec4 u_uv;

out vec2 v_uv;

void main() {
    vec2 t = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1));
    v_uv = mix(u_uv.xy, u_uv.zw, t);
    gl_Position = vec4(mix(u_rect.xy, u_rect.zw, t), 0.0, 1.0);
}
