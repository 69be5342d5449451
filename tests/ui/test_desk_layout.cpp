// The desk's layout and design system, as numbers: how much of the window the map keeps with
// the panels open at 1280x720 and 1920x1080, that text is large enough there, and that every
// text colour reads on every panel colour.
#include <catch2/catch.hpp>

#include "state/desk.h"
#include "ui/layout.h"
#include "ui/theme.h"

namespace {

bool inside(const geo::Box& a, const geo::Box& b) {
    return a.min.x >= b.min.x && a.min.y >= b.min.y && a.max.x <= b.max.x && a.max.y <= b.max.y;
}

bool overlap(const geo::Box& a, const geo::Box& b) {
    return !a.empty() && !b.empty() && a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

}  // namespace

TEST_CASE("the map keeps most of the window with panels open, at 720p and 1080p", "[ui][layout]") {
    const ui::Theme theme = ui::make_theme(1.0f);
    for (auto [w, h] : {std::pair{1280.0f, 720.0f}, std::pair{1920.0f, 1080.0f}}) {
        INFO(w << "x" << h);
        state::Desk desk;
        // At start: the parks sidebar and nothing else.
        const ui::DeskLayout start = ui::layout_desk(w, h, theme, desk, false);
        CHECK(ui::map_share(start, w, h) > 0.68);
        // The table and compare (one dock, two tabs): the 90% hidden of old is now under 60%.
        desk.bottom = state::BottomTab::Compare;
        const ui::DeskLayout table = ui::layout_desk(w, h, theme, desk, false);
        CHECK(ui::map_share(table, w, h) > 0.42);
        // Everything open at once still leaves a quarter, and folding the sidebars gives back most.
        const ui::DeskLayout all = ui::layout_desk(w, h, theme, desk, true);
        CHECK(ui::map_share(all, w, h) > 0.25);
        desk.left_open = desk.right_open = false;
        const ui::DeskLayout slim = ui::layout_desk(w, h, theme, desk, true);
        CHECK(ui::map_share(slim, w, h) > 0.50);
        CHECK(slim.left.width() <= theme.slim_w);
        CHECK(slim.left_slim);
        // Panels tile the window around the map: none overlaps another or the map.
        for (const ui::DeskLayout& l : {start, table, all, slim}) {
            const std::vector<geo::Box> parts = {l.top_bar, l.status, l.left, l.right, l.bottom, l.map};
            for (size_t i = 0; i < parts.size(); ++i) {
                if (!parts[i].empty()) CHECK(inside(parts[i], {{0, 0}, {w, h}}));
                for (size_t j = i + 1; j < parts.size(); ++j) CHECK_FALSE(overlap(parts[i], parts[j]));
            }
            double area = 0;
            for (const auto& p : parts)
                if (!p.empty()) area += p.width() * p.height();
            CHECK(area == Approx(double(w) * h));
        }
    }
}

TEST_CASE("the type scale is readable at 720p and follows the UI scale", "[ui][theme]") {
    const ui::Theme t = ui::make_theme(1.0f);
    CHECK(t.body_px >= 15);   // the old window drew ~10-12 px at 720p
    CHECK(t.caption_px >= 13);
    CHECK(t.frame_h >= 24);   // a button is big enough to hit
    const ui::Theme big = ui::make_theme(1.5f);
    CHECK(big.body_px == Approx(t.body_px * 1.5f).margin(1));
    CHECK(big.sidebar_w == Approx(t.sidebar_w * 1.5f).margin(1));
    CHECK(big.top_bar_h > t.top_bar_h);
}

TEST_CASE("every text colour reads on every panel colour (WCAG 4.5:1)", "[ui][theme]") {
    using namespace ui::colours;
    CHECK(ui::contrast_ratio(render::rgb(0x000000), render::rgb(0xffffff)) == Approx(21.0));
    for (render::Rgba background : {kPanel, kPanelAlt, kFrame, kAccentSoft, render::rgb(0xffffff)})
        for (render::Rgba text : {kInk, kInkMuted, kAccent, kWarning, kError, kWhatIf, kBelow}) {
            INFO(int(text.r) << "," << int(text.g) << "," << int(text.b) << " on " << int(background.r) << ","
                             << int(background.g) << "," << int(background.b));
            CHECK(ui::contrast_ratio(text, background) >= 4.5);
        }
    CHECK(ui::contrast_ratio(kOnAccent, kAccent) >= 4.5);
}
