#include "ui/layout.h"

#include <algorithm>
#include <cmath>

namespace ui {

namespace {

geo::Box rect(double x0, double y0, double x1, double y1) {
    geo::Box b;
    b.min = {x0, y0};
    b.max = {x1, y1};
    return b;
}

}  // namespace

DeskLayout layout_desk(float width, float height, const Theme& t, const state::Desk& desk, bool details) {
    DeskLayout l;
    const double w = std::max(1.0f, width), h = std::max(1.0f, height);
    const double top = std::min(double(t.top_bar_h), h * 0.2), status = std::min(double(t.status_h), h * 0.1);
    l.top_bar = rect(0, 0, w, top);
    l.status = rect(0, h - status, w, h);
    const double body_top = top, body_bottom = h - status, body_h = std::max(0.0, body_bottom - body_top);

    // Sidebars take at most about a third of the width each, so the map keeps the middle.
    double left_w = desk.left_open ? std::min<double>(t.sidebar_w, std::round(w * 0.3)) : t.slim_w;
    l.left_slim = !desk.left_open;
    double right_w = 0.0;
    if (details) {
        right_w = desk.right_open ? std::min<double>(t.details_w, std::round(w * 0.32)) : t.slim_w;
        l.right_slim = !desk.right_open;
    }
    if (left_w + right_w > w * 0.8) {  // a very narrow window: sidebars share what there is
        const double k = w * 0.8 / (left_w + right_w);
        left_w = std::floor(left_w * k);
        right_w = std::floor(right_w * k);
    }
    l.left = rect(0, body_top, left_w, body_bottom);
    if (right_w > 0) l.right = rect(w - right_w, body_top, w, body_bottom);

    // The dock holds a table: a bit over a third of the height, at least a dozen rows' worth
    // where there is room, never more than half.
    double dock_h = 0.0;
    if (desk.bottom) dock_h = std::min(body_h * 0.5, std::max(std::round(body_h * 0.36), double(t.frame_h) * 8.0));
    if (dock_h > 0) l.bottom = rect(left_w, body_bottom - dock_h, w - right_w, body_bottom);
    l.map = rect(left_w, body_top, w - right_w, body_bottom - dock_h);
    return l;
}

double map_share(const DeskLayout& l, float width, float height) {
    if (l.map.empty() || width <= 0 || height <= 0) return 0.0;
    return l.map.width() * l.map.height() / (double(width) * height);
}

}  // namespace ui
