#include "ui/draw_helpers.h"

#include <vector>

#include <algorithm>
#include <cmath>

namespace ui {

void draw_halo_text(ImDrawList& dl, ImFont* font, float size, ImVec2 pos, ImU32 colour, ImU32 halo,
                    const std::string& text, float halo_px, ImFont* halo_font, bool centre_lines) {
    if (centre_lines && text.find('\n') != std::string::npos) {
        const float width = font->CalcTextSizeA(size, 1e9f, 0.0f, text.c_str()).x;
        size_t start = 0;
        for (float y = pos.y; start <= text.size(); y += size) {
            const size_t end = std::min(text.find('\n', start), text.size());
            const std::string line = text.substr(start, end - start);
            const float w = font->CalcTextSizeA(size, 1e9f, 0.0f, line.c_str()).x;
            draw_halo_text(dl, font, size, ImVec2(pos.x + std::floor((width - w) * 0.5f), y), colour, halo, line, halo_px, halo_font);
            start = end + 1;
        }
        return;
    }
    if (halo_font) {
        dl.AddText(halo_font, size, pos, halo, text.c_str());
    } else {
        static constexpr float kDirections[8][2] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {0.7f, 0.7f}, {-0.7f, 0.7f},
                                                    {0.7f, -0.7f}, {-0.7f, -0.7f}};
        for (const auto& d : kDirections)
            dl.AddText(font, size, ImVec2(pos.x + d[0] * halo_px, pos.y + d[1] * halo_px), halo, text.c_str());
    }
    dl.AddText(font, size, pos, colour, text.c_str());
}

void draw_geometry_outline(ImDrawList& dl, const render::Camera& camera, const geo::Geometry& geometry, ImU32 colour,
                           float thickness) {
    std::vector<ImVec2> screen;
    auto ring = [&](const geo::Ring& r) {
        screen.clear();
        for (const auto& p : r) {
            const geo::Vec2 s = camera.map_to_screen(p);
            screen.push_back(ImVec2(float(s.x), float(s.y)));
        }
        if (screen.size() >= 2) dl.AddPolyline(screen.data(), int(screen.size()), colour, ImDrawFlags_Closed, thickness);
    };
    for (const auto& poly : geometry.polygons) {
        ring(poly.outer);
        for (const auto& h : poly.holes) ring(h);
    }
}

geo::Box last_item_box() {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    return {{a.x, a.y}, {b.x, b.y}};
}

}  // namespace ui
