// The design system: one theme for every panel, derived from the map's own palette (the warm
// land, the teal of the occupancy ramp, the map's ink), one type scale and one set of spacings,
// all driven by the UI scale. Panel code takes colours and sizes from here, never its own.
//
// Docked panels have square outer corners: they sit flush against the window's edges, and the
// panel cache copies an opaque panel as a rectangle. Widgets inside are rounded.
#pragma once

#include <imgui.h>

#include "render/feature_style.h"

namespace ui {

// Colours by the role they play. Text roles keep a WCAG contrast of 4.5:1 or more on every
// panel background (tests/ui/test_theme.cpp).
namespace colours {
inline constexpr render::Rgba kInk = render::rgb(0x1b1f24);         // text; the map labels' ink
inline constexpr render::Rgba kInkMuted = render::rgb(0x59636d);    // secondary text, notes, sources
inline constexpr render::Rgba kPanel = render::rgb(0xfbfaf7);       // panel background, a whiter land
inline constexpr render::Rgba kPanelAlt = render::rgb(0xf2eee6);    // table stripes, headers, the top bar
inline constexpr render::Rgba kFrame = render::rgb(0xe9e4d9);       // inputs, buttons
inline constexpr render::Rgba kFrameHover = render::rgb(0xded7c8);
inline constexpr render::Rgba kFrameActive = render::rgb(0xd2c9b6);
inline constexpr render::Rgba kLine = render::rgb(0xd6cfc0);        // borders, separators
inline constexpr render::Rgba kAccent = render::rgb(0x01665e);      // the occupancy ramp's deepest teal
inline constexpr render::Rgba kAccentHover = render::rgb(0x0b7e73);
inline constexpr render::Rgba kAccentSoft = render::rgb(0xd5ebe7);  // selected rows, open headers
inline constexpr render::Rgba kAccentSoftHover = render::rgb(0xc2e2dc);
inline constexpr render::Rgba kOnAccent = render::rgb(0xffffff);    // text on an accent fill
inline constexpr render::Rgba kWarning = render::rgb(0x8f5200);     // a problem the user should act on
inline constexpr render::Rgba kError = render::rgb(0xb3261e);
inline constexpr render::Rgba kWhatIf = render::rgb(0xa4480a);      // values the user set in the what-if
inline constexpr render::Rgba kBelow = render::rgb(0xb3261e);       // a park below the 60% line
inline constexpr render::Rgba kBelowFill = render::rgb(0xb34700);   // the gauge's bar under 60% (the ramp's orange, darker)
inline constexpr render::Rgba kNavy = render::rgb(0x1a237e);        // the landmarks' navy: a second marker colour
}  // namespace colours

ImVec4 to_vec4(render::Rgba c);

// Sizes in pixels for one UI scale. The base sizes are those of a 96-dpi desktop at scale 1:
// body text 15 px, readable at 1280x720.
struct Theme {
    float scale = 1.0f;
    // Type scale.
    float caption_px = 13, body_px = 15, heading_px = 17, title_px = 24, map_label_px = 14;
    float room_px = 0;         // a slide's caption for a room (presentation_theme); 0: no room font
    // Spacing.
    float pad = 12;            // inside panels
    float gap = 8;             // between items
    float frame_h = 25;        // a button or input: body text plus its padding
    float top_bar_h = 44;      // the toolbar along the top
    float status_h = 26;       // the status bar along the bottom
    float sidebar_w = 300;     // the left sidebar (parks, layers)
    float details_w = 360;     // the right sidebar (details)
    float slim_w = 40;         // a collapsed sidebar
    float icon_px = 16;        // icons inside buttons
    float rounding = 5;
};

Theme make_theme(float scale);

// Sets ImGui's style (colours, paddings, roundings) from the theme.
void apply_theme(const Theme& theme, ImGuiStyle& style);

// WCAG 2 contrast ratio of two opaque colours (1 to 21).
double contrast_ratio(render::Rgba a, render::Rgba b);

}  // namespace ui
