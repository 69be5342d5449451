#include "ui/panels/status_bar.h"

#include <imgui.h>

#include <cmath>
#include <cstdio>

namespace ui {

std::string status_text(std::optional<geo::Vec2> lonlat, std::optional<geo::Vec2> vn2000, double ground_mpp) {
    char buf[256];
    std::string s;
    if (lonlat && std::isfinite(lonlat->x) && std::isfinite(lonlat->y)) {
        std::snprintf(buf, sizeof buf, "%.5f° %c, %.5f° %c", std::abs(lonlat->x), lonlat->x >= 0 ? 'E' : 'W',
                      std::abs(lonlat->y), lonlat->y >= 0 ? 'N' : 'S');
        s += buf;
    } else {
        s += "cursor outside the map";
    }
    if (vn2000 && std::isfinite(vn2000->x) && std::isfinite(vn2000->y)) {
        std::snprintf(buf, sizeof buf, "   VN-2000 / TM-3 105°45' (EPSG:9210): E %.1f m, N %.1f m", vn2000->x, vn2000->y);
        s += buf;
    }
    if (ground_mpp > 0) {
        std::snprintf(buf, sizeof buf, "   %.2f m/pixel", ground_mpp);
        s += buf;
    }
    return s;
}

void draw_status_bar(const std::string& text, float width, float height, float y) {
    ImGui::SetNextWindowPos(ImVec2(0, y), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(width, height), ImGuiCond_Always);
    ImGui::SetNextWindowBgAlpha(0.85f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8, 3));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::Begin("##status", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::TextUnformatted(text.c_str());
    ImGui::End();
    ImGui::PopStyleVar(2);
}

}  // namespace ui
