#include "ui/panels/status_bar.h"
#include "i18n/catalogue.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ui {

std::string status_text(std::optional<geo::Vec2> lonlat, std::optional<geo::Vec2> vn2000, double ground_mpp,
                        i18n::Language lang) {
    char buf[256];
    std::string s;
    if (lonlat && std::isfinite(lonlat->x) && std::isfinite(lonlat->y)) {
        std::snprintf(buf, sizeof buf, "%.5f° %c, %.5f° %c", std::abs(lonlat->x), lonlat->x >= 0 ? 'E' : 'W',
                      std::abs(lonlat->y), lonlat->y >= 0 ? 'N' : 'S');
        s += buf;
    } else {
        s += i18n::tr("cursor outside the map", lang);
    }
    if (vn2000 && std::isfinite(vn2000->x) && std::isfinite(vn2000->y)) {
        std::snprintf(buf, sizeof buf, "   VN-2000 / TM-3 105°45' (EPSG:9210): E %.1f m, N %.1f m", vn2000->x, vn2000->y);
        s += buf;
    }
    if (ground_mpp > 0) {
        std::snprintf(buf, sizeof buf, "%.2f", ground_mpp);
        s += "   " + i18n::trf(i18n::N_("{0} m/pixel"), lang, {buf});
    }
    return s;
}

void draw_status_bar(const std::string& position, const std::string& message) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(position.c_str());
    if (message.empty()) return;
    const float w = ImGui::CalcTextSize(message.c_str()).x;
    const float right = ImGui::GetWindowContentRegionMax().x;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX() + 24.0f, right - w));
    ImGui::TextUnformatted(message.c_str());
}

}  // namespace ui
