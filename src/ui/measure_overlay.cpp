#include "ui/measure_overlay.h"
#include "i18n/catalogue.h"

#include <algorithm>
#include <vector>

#include "i18n/number_format.h"
#include "ui/panels/dock.h"

namespace ui {

std::string measure_summary(const state::MeasureTool& tool, i18n::Language lang) {
    if (!tool.shown()) return {};
    std::string s = std::string(i18n::tr("Measure", lang)) + ": ";
    if (tool.points().empty()) return s + i18n::tr("click the map to add points; Esc or right-click ends; Backspace removes the last point", lang);
    const size_t n = tool.points().size();
    s += std::to_string(n) + " " + i18n::tr(n == 1 ? "point" : "points", lang);
    s += " · " + std::string(i18n::tr("distance (geodesic)", lang)) + " " + i18n::format_number(tool.length_m() / 1000.0, 2) +
         " km";
    if (auto a = tool.area_m2())
        s += " · " + std::string(i18n::tr("area (geodesic)", lang)) + " " + i18n::format_number(*a / 1e4, 1) + " ha";
    if (tool.adding()) s += "  (" + std::string(i18n::tr("click the map to add points; Esc or right-click ends; Backspace removes the last point", lang)) + ")";
    return s;
}

void draw_measure(ImDrawList& dl, const state::MeasureTool& tool, const render::Camera& camera, float s) {
    if (!tool.shown() || tool.points().empty()) return;
    std::vector<ImVec2> pts;
    for (const auto& p : tool.points()) {
        const geo::Vec2 sp = camera.map_to_screen(p);
        pts.emplace_back(float(sp.x), float(sp.y));
    }
    const ImU32 ink = IM_COL32(200, 20, 90, 255), halo = IM_COL32(255, 255, 255, 230);
    if (pts.size() >= 2) {
        dl.AddPolyline(pts.data(), int(pts.size()), halo, 0, 5.0f * s);
        dl.AddPolyline(pts.data(), int(pts.size()), ink, 0, 2.5f * s);
        if (pts.size() >= 3) dl.AddLine(pts.back(), pts.front(), ink, 1.0f * s);  // the closing side of the area
    }
    for (const ImVec2& p : pts) {
        dl.AddCircleFilled(p, 5.0f * s, halo, 16);
        dl.AddCircleFilled(p, 3.5f * s, ink, 16);
    }
}

void draw_measure_card(const std::string& summary, const geo::Box& frame) {
    if (summary.empty()) return;
    const float width = std::min(float(frame.width()) - 24.0f, ImGui::CalcTextSize(summary.c_str()).x +
                                                                   2 * ImGui::GetStyle().WindowPadding.x + 2.0f);
    ImGui::SetNextWindowPos(ImVec2(float(frame.centre().x), float(frame.min.y) + 10.0f), ImGuiCond_Always, ImVec2(0.5f, 0.0f));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
    ImGui::Begin("##measure", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoInputs);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(summary.c_str());
    ImGui::PopTextWrapPos();
    ImGui::End();
}

}  // namespace ui
