#include "ui/icons.h"

#include <cmath>
#include <numbers>
#include <string>

#include "ui/theme.h"

namespace ui {

namespace {

constexpr float kPi = std::numbers::pi_v<float>;

ImVec2 at(ImVec2 c, float s, float x, float y) { return ImVec2(c.x + x * s, c.y + y * s); }

void chevron(ImDrawList& dl, ImVec2 c, float s, float dx, float dy, ImU32 col, float w) {
    // A "<" turned to point along (dx, dy).
    const ImVec2 tip = at(c, s, dx * 0.18f, dy * 0.18f);
    const ImVec2 a = at(c, s, -dx * 0.18f - dy * 0.32f, -dy * 0.18f - dx * 0.32f);
    const ImVec2 b = at(c, s, -dx * 0.18f + dy * 0.32f, -dy * 0.18f + dx * 0.32f);
    const ImVec2 pts[3] = {a, tip, b};
    dl.AddPolyline(pts, 3, col, 0, w);
}

}  // namespace

void draw_icon(ImDrawList& dl, Icon icon, ImVec2 c, float s, ImU32 col) {
    const float w = std::max(1.5f, s * 0.11f);  // stroke width
    switch (icon) {
        case Icon::ChevronLeft: chevron(dl, c, s, -1, 0, col, w); break;
        case Icon::ChevronRight: chevron(dl, c, s, 1, 0, col, w); break;
        case Icon::ChevronUp: chevron(dl, c, s, 0, -1, col, w); break;
        case Icon::ChevronDown: chevron(dl, c, s, 0, 1, col, w); break;
        case Icon::Close:
            dl.AddLine(at(c, s, -0.3f, -0.3f), at(c, s, 0.3f, 0.3f), col, w);
            dl.AddLine(at(c, s, -0.3f, 0.3f), at(c, s, 0.3f, -0.3f), col, w);
            break;
        case Icon::Plus:
            dl.AddLine(at(c, s, -0.32f, 0), at(c, s, 0.32f, 0), col, w);
            dl.AddLine(at(c, s, 0, -0.32f), at(c, s, 0, 0.32f), col, w);
            break;
        case Icon::Minus: dl.AddLine(at(c, s, -0.32f, 0), at(c, s, 0.32f, 0), col, w); break;
        case Icon::Layers:
            // Three stacked sheets seen at an angle.
            for (float y : {0.22f, 0.0f, -0.22f}) {
                const ImVec2 q[4] = {at(c, s, -0.42f, y), at(c, s, 0, y - 0.18f), at(c, s, 0.42f, y), at(c, s, 0, y + 0.18f)};
                if (y < 0) dl.AddConvexPolyFilled(q, 4, col);
                else dl.AddPolyline(q, 4, col, ImDrawFlags_Closed, w);
            }
            break;
        case Icon::Parks:
            for (float y : {-0.3f, -0.05f, 0.2f}) dl.AddLine(at(c, s, -0.42f, y), at(c, s, 0.05f, y), col, w);
            dl.AddCircle(at(c, s, 0.2f, 0.12f), 0.17f * s, col, 16, w);
            dl.AddLine(at(c, s, 0.32f, 0.24f), at(c, s, 0.44f, 0.38f), col, w);
            break;
        case Icon::Present:
            dl.AddRect(at(c, s, -0.44f, -0.34f), at(c, s, 0.44f, 0.26f), col, 1.0f, 0, w);
            dl.AddTriangleFilled(at(c, s, -0.12f, -0.2f), at(c, s, -0.12f, 0.12f), at(c, s, 0.18f, -0.04f), col);
            dl.AddLine(at(c, s, 0, 0.26f), at(c, s, 0, 0.42f), col, w);
            dl.AddLine(at(c, s, -0.22f, 0.42f), at(c, s, 0.22f, 0.42f), col, w);
            break;
        case Icon::ArrowUp:
        case Icon::ArrowDown: {
            const float d = icon == Icon::ArrowUp ? -1.0f : 1.0f;
            dl.AddLine(at(c, s, 0, -0.36f * d), at(c, s, 0, 0.36f * d), col, w);
            dl.AddLine(at(c, s, -0.26f, 0.1f * d), at(c, s, 0, 0.36f * d), col, w);
            dl.AddLine(at(c, s, 0.26f, 0.1f * d), at(c, s, 0, 0.36f * d), col, w);
            break;
        }
        case Icon::Table:
            dl.AddRect(at(c, s, -0.42f, -0.34f), at(c, s, 0.42f, 0.34f), col, 1.0f, 0, w);
            dl.AddLine(at(c, s, -0.42f, -0.1f), at(c, s, 0.42f, -0.1f), col, w);
            dl.AddLine(at(c, s, -0.42f, 0.12f), at(c, s, 0.42f, 0.12f), col, w);
            dl.AddLine(at(c, s, -0.1f, -0.34f), at(c, s, -0.1f, 0.34f), col, w);
            break;
        case Icon::Gauge: {
            // A half dial with its needle past the middle (the 60% line).
            dl.PathArcTo(at(c, s, 0, 0.2f), 0.42f * s, kPi, 2 * kPi, 16);
            dl.PathStroke(col, 0, w);
            const float a = kPi * 1.6f;
            dl.AddLine(at(c, s, 0, 0.2f), ImVec2(c.x + std::cos(a) * 0.34f * s, c.y + 0.2f * s + std::sin(a) * 0.34f * s), col, w);
            dl.AddCircleFilled(at(c, s, 0, 0.2f), w * 1.2f, col, 8);
            break;
        }
        case Icon::Compare:
            dl.AddRect(at(c, s, -0.42f, -0.34f), at(c, s, -0.06f, 0.34f), col, 1.0f, 0, w);
            dl.AddRect(at(c, s, 0.06f, -0.34f), at(c, s, 0.42f, 0.34f), col, 1.0f, 0, w);
            break;
        case Icon::Measure:
            // A ruler on the diagonal with its marks.
            dl.AddLine(at(c, s, -0.4f, 0.3f), at(c, s, 0.3f, -0.4f), col, w * 1.6f);
            for (float t : {-0.2f, 0.0f, 0.2f})
                dl.AddLine(at(c, s, t - 0.05f, -t - 0.05f), at(c, s, t + 0.06f, -t + 0.06f), col, w);
            break;
        case Icon::Warning: {
            dl.AddTriangle(at(c, s, 0, -0.4f), at(c, s, 0.42f, 0.34f), at(c, s, -0.42f, 0.34f), col, w);
            dl.AddLine(at(c, s, 0, -0.12f), at(c, s, 0, 0.1f), col, w);
            dl.AddCircleFilled(at(c, s, 0, 0.22f), w * 0.7f, col, 8);
            break;
        }
        case Icon::Trash:
            dl.AddLine(at(c, s, -0.38f, -0.26f), at(c, s, 0.38f, -0.26f), col, w);
            dl.AddLine(at(c, s, -0.12f, -0.38f), at(c, s, 0.12f, -0.38f), col, w);
            dl.AddRect(at(c, s, -0.28f, -0.26f), at(c, s, 0.28f, 0.4f), col, 1.0f, 0, w);
            break;
        case Icon::Target:
            dl.AddCircle(c, 0.3f * s, col, 20, w);
            for (auto [x, y] : {std::pair{-1.f, 0.f}, {1.f, 0.f}, {0.f, -1.f}, {0.f, 1.f}})
                dl.AddLine(at(c, s, x * 0.44f, y * 0.44f), at(c, s, x * 0.18f, y * 0.18f), col, w);
            break;
    }
}

namespace {

void push_on_colours(bool on) {
    if (!on) return;
    ImGui::PushStyleColor(ImGuiCol_Button, to_vec4(colours::kAccent));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, to_vec4(colours::kAccentHover));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, to_vec4(colours::kAccent));
    ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(colours::kOnAccent));
}

void pop_on_colours(bool on) {
    if (on) ImGui::PopStyleColor(4);
}

}  // namespace

bool icon_button(const char* id, Icon icon, const char* tooltip, bool on, bool enabled) {
    const float side = ImGui::GetFrameHeight();
    ImGui::BeginDisabled(!enabled);
    push_on_colours(on);
    const bool pressed = ImGui::Button((std::string("##") + id).c_str(), ImVec2(side, side));
    pop_on_colours(on);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const ImU32 col = ImGui::GetColorU32(on ? to_vec4(colours::kOnAccent) : ImGui::GetStyleColorVec4(ImGuiCol_Text));
    draw_icon(*ImGui::GetWindowDrawList(), icon, ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f), side * 0.62f, col);
    ImGui::EndDisabled();
    if (tooltip && *tooltip && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tooltip);
    return pressed && enabled;
}

bool icon_text_button(const char* id, Icon icon, const char* text, bool on) {
    const float side = ImGui::GetFrameHeight();
    const ImVec2 text_size = ImGui::CalcTextSize(text);
    const ImGuiStyle& style = ImGui::GetStyle();
    push_on_colours(on);
    const bool pressed = ImGui::Button((std::string("##") + id).c_str(),
                                       ImVec2(side * 0.8f + text_size.x + style.FramePadding.x * 2.0f, side));
    pop_on_colours(on);
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImU32 col = ImGui::GetColorU32(on ? to_vec4(colours::kOnAccent) : ImGui::GetStyleColorVec4(ImGuiCol_Text));
    ImDrawList& dl = *ImGui::GetWindowDrawList();
    draw_icon(dl, icon, ImVec2(min.x + style.FramePadding.x + side * 0.3f, min.y + side * 0.5f), side * 0.56f, col);
    dl.AddText(ImVec2(min.x + style.FramePadding.x + side * 0.8f, min.y + (side - text_size.y) * 0.5f), col, text);
    return pressed;
}

}  // namespace ui
