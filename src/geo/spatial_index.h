// A uniform grid over feature bounding boxes: candidates near a point in about constant time.
// Exact tests are the caller's (see hit_test.h); the grid only narrows the search.
#pragma once

#include <cstdint>
#include <vector>

#include "geo/geometry.h"

namespace geo {

class GridIndex {
public:
    GridIndex() = default;
    // boxes[i] is the box of item i; empty boxes are never returned. About `items_per_cell`
    // items per cell on average, capped at 512 x 512 cells.
    explicit GridIndex(std::vector<Box> boxes, double items_per_cell = 2.0);  // pass by move: 32 MB at 1M items

    // Items whose box, grown by `radius`, contains p. Each item at most once, ascending order.
    std::vector<uint32_t> query(Vec2 p, double radius = 0.0) const;
    // Items whose box intersects `box`. Each item at most once, ascending order.
    std::vector<uint32_t> query(const Box& box) const;

    size_t size() const { return boxes_.size(); }
    int columns() const { return cols_; }
    int rows() const { return rows_; }

private:
    int cell_x(double x) const;
    int cell_y(double y) const;

    std::vector<Box> boxes_;
    Box extent_;
    int cols_ = 0, rows_ = 0;
    double cell_w_ = 1.0, cell_h_ = 1.0;
    std::vector<uint32_t> cell_start_;   // CSR: items of cell c are items_[cell_start_[c] .. cell_start_[c+1])
    std::vector<uint32_t> items_;
};

}  // namespace geo
