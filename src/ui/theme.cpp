#include "ui/theme.h"

#include <algorithm>
#include <cmath>

namespace ui {

ImVec4 to_vec4(render::Rgba c) { return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, c.a / 255.0f); }

Theme make_theme(float scale) {
    Theme t;
    t.scale = scale;
    for (float* v : {&t.caption_px, &t.body_px, &t.heading_px, &t.title_px, &t.map_label_px, &t.pad, &t.gap, &t.sidebar_w,
                     &t.details_w, &t.slim_w, &t.icon_px, &t.rounding})
        *v = std::round(*v * scale);
    // A frame is its text and 5 px above and below; the bars hold one frame and their padding.
    t.frame_h = t.body_px + 2 * std::round(5 * scale);
    t.top_bar_h = t.frame_h + 2 * std::round(9 * scale);
    t.status_h = t.body_px + 2 * std::round(5 * scale);
    return t;
}

void apply_theme(const Theme& t, ImGuiStyle& style) {
    using namespace colours;
    const float s = t.scale;
    style = ImGuiStyle();
    style.WindowPadding = ImVec2(t.pad, std::round(10 * s));
    style.FramePadding = ImVec2(std::round(8 * s), (t.frame_h - t.body_px) * 0.5f);
    style.CellPadding = ImVec2(std::round(6 * s), std::round(4 * s));
    style.ItemSpacing = ImVec2(t.gap, std::round(6 * s));
    style.ItemInnerSpacing = ImVec2(std::round(6 * s), std::round(4 * s));
    style.IndentSpacing = std::round(18 * s);
    style.ScrollbarSize = std::round(12 * s);
    style.GrabMinSize = std::round(12 * s);
    style.TabMinWidthForCloseButton = 0.0f;
    style.WindowBorderSize = 1.0f;
    style.ChildBorderSize = 1.0f;
    style.PopupBorderSize = 1.0f;
    style.FrameBorderSize = 0.0f;
    style.TabBorderSize = 0.0f;
    style.WindowRounding = 0.0f;  // docked and copied as rectangles (see the header)
    style.ChildRounding = t.rounding;
    style.FrameRounding = t.rounding;
    style.PopupRounding = t.rounding;
    style.ScrollbarRounding = t.rounding * 2;
    style.GrabRounding = t.rounding;
    style.TabRounding = t.rounding;
    style.WindowTitleAlign = ImVec2(0.0f, 0.5f);
    style.SelectableTextAlign = ImVec2(0.0f, 0.5f);

    ImVec4* c = style.Colors;
    const ImVec4 none(0, 0, 0, 0);
    c[ImGuiCol_Text] = to_vec4(kInk);
    c[ImGuiCol_TextDisabled] = to_vec4(kInkMuted);
    c[ImGuiCol_WindowBg] = to_vec4(kPanel);
    c[ImGuiCol_ChildBg] = none;
    c[ImGuiCol_PopupBg] = to_vec4(render::rgb(0xffffff));
    c[ImGuiCol_Border] = to_vec4(kLine);
    c[ImGuiCol_BorderShadow] = none;
    c[ImGuiCol_FrameBg] = to_vec4(kFrame);
    c[ImGuiCol_FrameBgHovered] = to_vec4(kFrameHover);
    c[ImGuiCol_FrameBgActive] = to_vec4(kFrameActive);
    c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = c[ImGuiCol_TitleBgCollapsed] = to_vec4(kPanelAlt);
    c[ImGuiCol_MenuBarBg] = to_vec4(kPanelAlt);
    c[ImGuiCol_ScrollbarBg] = none;
    c[ImGuiCol_ScrollbarGrab] = to_vec4(render::rgb(0xcfc7b6));
    c[ImGuiCol_ScrollbarGrabHovered] = to_vec4(render::rgb(0xb9b09d));
    c[ImGuiCol_ScrollbarGrabActive] = to_vec4(render::rgb(0xa39986));
    c[ImGuiCol_CheckMark] = to_vec4(kAccent);
    c[ImGuiCol_SliderGrab] = to_vec4(kAccentHover);
    c[ImGuiCol_SliderGrabActive] = to_vec4(kAccent);
    c[ImGuiCol_Button] = to_vec4(kFrame);
    c[ImGuiCol_ButtonHovered] = to_vec4(kFrameHover);
    c[ImGuiCol_ButtonActive] = to_vec4(kFrameActive);
    c[ImGuiCol_Header] = to_vec4(kAccentSoft);
    c[ImGuiCol_HeaderHovered] = to_vec4(kAccentSoftHover);
    c[ImGuiCol_HeaderActive] = to_vec4(kAccentSoftHover);
    c[ImGuiCol_Separator] = c[ImGuiCol_SeparatorHovered] = c[ImGuiCol_SeparatorActive] = to_vec4(kLine);
    c[ImGuiCol_ResizeGrip] = c[ImGuiCol_ResizeGripHovered] = c[ImGuiCol_ResizeGripActive] = none;
    c[ImGuiCol_Tab] = to_vec4(kPanelAlt);
    c[ImGuiCol_TabHovered] = to_vec4(kFrameHover);
    c[ImGuiCol_TabActive] = to_vec4(kPanel);
    c[ImGuiCol_TabUnfocused] = to_vec4(kPanelAlt);
    c[ImGuiCol_TabUnfocusedActive] = to_vec4(kPanel);
    c[ImGuiCol_PlotLines] = c[ImGuiCol_PlotHistogram] = to_vec4(kAccentHover);
    c[ImGuiCol_PlotLinesHovered] = c[ImGuiCol_PlotHistogramHovered] = to_vec4(kAccent);
    c[ImGuiCol_TableHeaderBg] = to_vec4(kPanelAlt);
    c[ImGuiCol_TableBorderStrong] = c[ImGuiCol_TableBorderLight] = to_vec4(kLine);
    c[ImGuiCol_TableRowBg] = none;
    c[ImGuiCol_TableRowBgAlt] = to_vec4(render::rgb(0xf4f1ea, 160));
    c[ImGuiCol_TextSelectedBg] = to_vec4(render::rgb(0x80cdc1, 140));
    c[ImGuiCol_DragDropTarget] = to_vec4(kAccent);
    c[ImGuiCol_NavHighlight] = to_vec4(kAccent);
    c[ImGuiCol_NavWindowingHighlight] = to_vec4(kAccent);
    c[ImGuiCol_NavWindowingDimBg] = c[ImGuiCol_ModalWindowDimBg] = to_vec4(render::rgb(0x1b1f24, 80));
}

namespace {

double channel(uint8_t v) {
    const double c = v / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(render::Rgba c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }

}  // namespace

double contrast_ratio(render::Rgba a, render::Rgba b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace ui
