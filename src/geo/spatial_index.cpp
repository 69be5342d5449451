#include "geo/spatial_index.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace geo {

GridIndex::GridIndex(std::vector<Box> boxes, double items_per_cell) : boxes_(std::move(boxes)) {
    size_t n = 0;
    for (const auto& b : boxes_)
        if (!b.empty()) {
            extent_.merge(b);
            ++n;
        }
    if (n == 0) return;
    const double w = std::max(extent_.width(), 1e-9), h = std::max(extent_.height(), 1e-9);
    const double cells = std::max(1.0, double(n) / std::max(items_per_cell, 0.1));
    const double side = std::sqrt(w * h / cells);
    cols_ = std::clamp(int(std::ceil(w / side)), 1, 512);
    rows_ = std::clamp(int(std::ceil(h / side)), 1, 512);
    cell_w_ = w / cols_;
    cell_h_ = h / rows_;

    std::vector<uint32_t> counts(size_t(cols_) * rows_ + 1, 0);
    auto for_cells = [&](const Box& b, auto&& fn) {
        const int x0 = cell_x(b.min.x), x1 = cell_x(b.max.x), y0 = cell_y(b.min.y), y1 = cell_y(b.max.y);
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x) fn(size_t(y) * cols_ + x);
    };
    for (const auto& b : boxes_)
        if (!b.empty()) for_cells(b, [&](size_t c) { ++counts[c + 1]; });
    for (size_t c = 1; c < counts.size(); ++c) counts[c] += counts[c - 1];
    cell_start_ = counts;
    items_.resize(cell_start_.back());
    std::vector<uint32_t> fill(cell_start_.begin(), cell_start_.end() - 1);
    for (uint32_t i = 0; i < boxes_.size(); ++i)
        if (!boxes_[i].empty()) for_cells(boxes_[i], [&](size_t c) { items_[fill[c]++] = i; });
}

int GridIndex::cell_x(double x) const { return std::clamp(int(std::floor((x - extent_.min.x) / cell_w_)), 0, cols_ - 1); }
int GridIndex::cell_y(double y) const { return std::clamp(int(std::floor((y - extent_.min.y) / cell_h_)), 0, rows_ - 1); }

std::vector<uint32_t> GridIndex::query(const Box& box) const {
    std::vector<uint32_t> out;
    if (cols_ == 0 || box.empty() || !box.intersects(extent_)) return out;
    const int x0 = cell_x(box.min.x), x1 = cell_x(box.max.x), y0 = cell_y(box.min.y), y1 = cell_y(box.max.y);
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x) {
            const size_t c = size_t(y) * cols_ + x;
            for (uint32_t k = cell_start_[c]; k < cell_start_[c + 1]; ++k)
                if (boxes_[items_[k]].intersects(box)) out.push_back(items_[k]);
        }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<uint32_t> GridIndex::query(Vec2 p, double radius) const {
    Box b;
    b.expand({p.x - radius, p.y - radius});
    b.expand({p.x + radius, p.y + radius});
    return query(b);
}

}  // namespace geo
