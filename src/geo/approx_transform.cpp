#include "geo/approx_transform.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

namespace geo {

namespace {

// A grid cell in source coordinates with the exact target coordinates of its corners.
struct Cell {
    Vec2 min, max;
    std::array<Vec2, 4> corner;  // targets of (min.x,min.y), (max.x,min.y), (min.x,max.y), (max.x,max.y)
    int32_t first_child = -1;    // four children from here, or -1 for a leaf
    bool exact = false;          // a leaf that uses the exact transform
    Vec2 inv_size{};             // 1 / (max - min): multiplications, not divisions, per point

    // Half-open, like the descent in Grid::find, so a point on a shared edge always gets the
    // same cell (and the same result) whichever way it is looked up.
    bool contains(Vec2 p) const { return p.x >= min.x && p.x < max.x && p.y >= min.y && p.y < max.y; }
    Vec2 interpolate(Vec2 p) const {
        const double u = (p.x - min.x) * inv_size.x;
        const double v = (p.y - min.y) * inv_size.y;
        const Vec2 bottom = corner[0] + (corner[1] - corner[0]) * u;
        const Vec2 top = corner[2] + (corner[3] - corner[2]) * u;
        return bottom + (top - bottom) * v;
    }
};

bool is_finite(Vec2 p) { return std::isfinite(p.x) && std::isfinite(p.y); }

}  // namespace

struct ApproxTransformer::Grid {
    Box extent;
    int nx = 0, ny = 0;  // top-level cells, stored first in `cells`, row by row
    double cell_w = 0.0, cell_h = 0.0;
    std::vector<Cell> cells;
    double tolerance = 0.0;
    size_t interpolated = 0, exact = 0;

    // The leaf holding p, or null when p is outside the grid (or NaN).
    const Cell* find(Vec2 p) const {
        if (!extent.contains(p)) return nullptr;
        int ix = std::min(nx - 1, static_cast<int>((p.x - extent.min.x) / cell_w));
        int iy = std::min(ny - 1, static_cast<int>((p.y - extent.min.y) / cell_h));
        // The division may be an ulp off at a cell edge: settle it by comparison, as contains() does.
        if (ix > 0 && p.x < cells[ix].min.x) --ix;
        else if (ix < nx - 1 && p.x >= cells[ix].max.x) ++ix;
        if (iy > 0 && p.y < cells[static_cast<size_t>(iy) * nx].min.y) --iy;
        else if (iy < ny - 1 && p.y >= cells[static_cast<size_t>(iy) * nx].max.y) ++iy;
        const Cell* c = &cells[static_cast<size_t>(iy) * nx + ix];
        while (c->first_child >= 0) {
            const Vec2 mid = (c->min + c->max) * 0.5;
            c = &cells[c->first_child + (p.x >= mid.x) + 2 * (p.y >= mid.y)];
        }
        return c;
    }
};

namespace {

class GridBuilder {
public:
    GridBuilder(const Transformer& exact, ApproxTransformer::Grid& grid, const ApproxOptions& options)
        : exact_(exact), grid_(grid), options_(options) {}

    // Decides whether cell `index` (corners already set) is interpolated, split or exact.
    void refine(size_t index, int depth) {
        Cell cell = grid_.cells[index];  // a copy: cells grows below
        cell.inv_size = {1.0 / (cell.max.x - cell.min.x), 1.0 / (cell.max.y - cell.min.y)};
        const Vec2 lo = cell.min, hi = cell.max, mid = (lo + hi) * 0.5;
        // Check points: centre, then the midpoints of the bottom, top, left and right edges.
        const std::array<Vec2, 5> src = {mid, Vec2{mid.x, lo.y}, Vec2{mid.x, hi.y}, Vec2{lo.x, mid.y},
                                         Vec2{hi.x, mid.y}};
        std::array<Vec2, 5> dst = src;
        exact_.transform(dst);

        size_t finite = 0;
        for (const auto& c : cell.corner) finite += is_finite(c);
        for (const auto& d : dst) finite += is_finite(d);
        double error = 0.0;
        if (finite == 9)
            for (size_t i = 0; i < src.size(); ++i) error = std::max(error, length(cell.interpolate(src[i]) - dst[i]));

        // Half the tolerance at the check points: they are where bilinear interpolation errs
        // most for a smooth map; the margin covers the higher-order terms between them.
        if (finite == 9 && error <= 0.5 * options_.tolerance) {
            ++grid_.interpolated;
            return;
        }
        if (finite == 0 || depth >= options_.max_depth || grid_.cells.size() + 4 > options_.max_cells) {
            grid_.cells[index].exact = true;
            ++grid_.exact;
            return;
        }
        // The children's corners are the parent's corners and check points: no new PROJ calls.
        const Vec2 c_mid = dst[0], c_bottom = dst[1], c_top = dst[2], c_left = dst[3], c_right = dst[4];
        const auto& k = cell.corner;
        const size_t first = grid_.cells.size();
        grid_.cells[index].first_child = static_cast<int32_t>(first);
        grid_.cells.push_back({lo, mid, {k[0], c_bottom, c_left, c_mid}});
        grid_.cells.push_back({{mid.x, lo.y}, {hi.x, mid.y}, {c_bottom, k[1], c_mid, c_right}});
        grid_.cells.push_back({{lo.x, mid.y}, {mid.x, hi.y}, {c_left, c_mid, k[2], c_top}});
        grid_.cells.push_back({mid, hi, {c_mid, c_right, c_top, k[3]}});
        for (size_t i = 0; i < 4; ++i) refine(first + i, depth + 1);
    }

private:
    const Transformer& exact_;
    ApproxTransformer::Grid& grid_;
    const ApproxOptions& options_;
};

}  // namespace

ApproxTransformer::ApproxTransformer(Transformer exact, std::shared_ptr<const Grid> grid)
    : exact_(std::move(exact)), grid_(std::move(grid)) {}
ApproxTransformer::ApproxTransformer(ApproxTransformer&&) noexcept = default;
ApproxTransformer& ApproxTransformer::operator=(ApproxTransformer&&) noexcept = default;
ApproxTransformer::~ApproxTransformer() = default;

ApproxTransformer ApproxTransformer::build(Transformer exact, const Box& extent, const ApproxOptions& options) {
    const bool usable = options.tolerance > 0.0 && !extent.empty() && is_finite(extent.min) && is_finite(extent.max) &&
                        extent.width() > 0.0 && extent.height() > 0.0;
    if (!usable) return ApproxTransformer(std::move(exact), nullptr);

    auto grid = std::make_shared<Grid>();
    grid->extent = extent;
    grid->tolerance = options.tolerance;
    // About 8 x 8 roughly square top-level cells; refinement does the rest.
    const double aspect = extent.width() / extent.height();
    grid->nx = std::clamp(static_cast<int>(std::lround(8.0 * std::sqrt(aspect))), 1, 64);
    grid->ny = std::clamp(static_cast<int>(std::lround(8.0 / std::sqrt(aspect))), 1, 64);
    grid->cell_w = extent.width() / grid->nx;
    grid->cell_h = extent.height() / grid->ny;

    // Exact targets of the top-level grid nodes, in one PROJ call.
    const size_t stride = static_cast<size_t>(grid->nx) + 1;
    std::vector<Vec2> node_src;
    for (int j = 0; j <= grid->ny; ++j)
        for (int i = 0; i <= grid->nx; ++i)
            node_src.push_back({i == grid->nx ? extent.max.x : extent.min.x + i * grid->cell_w,
                                j == grid->ny ? extent.max.y : extent.min.y + j * grid->cell_h});
    std::vector<Vec2> node_dst = node_src;
    exact.transform(node_dst);

    grid->cells.reserve(static_cast<size_t>(grid->nx) * grid->ny * 4);
    for (int j = 0; j < grid->ny; ++j) {
        for (int i = 0; i < grid->nx; ++i) {
            const size_t a = j * stride + i, b = a + 1, c = a + stride, d = c + 1;
            grid->cells.push_back({node_src[a], node_src[d], {node_dst[a], node_dst[b], node_dst[c], node_dst[d]}});
        }
    }
    GridBuilder builder(exact, *grid, options);
    const size_t top = grid->cells.size();
    for (size_t i = 0; i < top; ++i) builder.refine(i, 0);
    for (auto& c : grid->cells) c.inv_size = {1.0 / (c.max.x - c.min.x), 1.0 / (c.max.y - c.min.y)};
    grid->cells.shrink_to_fit();
    return ApproxTransformer(std::move(exact), std::move(grid));
}

std::optional<ApproxTransformer> ApproxTransformer::clone() const {
    auto exact = exact_.clone();
    if (!exact) return std::nullopt;
    return ApproxTransformer(std::move(*exact), grid_);
}

size_t ApproxTransformer::transform(std::span<Vec2> points) const {
    if (!grid_) return exact_.transform(points);
    // Points the grid cannot serve go to PROJ in place, in runs, without a copy.
    size_t failed = 0;
    const size_t none = points.size();
    size_t run = none;        // start of the current run of exact points
    const Cell* last = nullptr;  // neighbouring vertices mostly share a cell: try it first
    for (size_t i = 0; i < points.size(); ++i) {
        const Cell* cell = last && last->contains(points[i]) ? last : (last = grid_->find(points[i]));
        if (!cell || cell->exact) {
            if (run == none) run = i;
            continue;
        }
        if (run != none) {
            failed += exact_.transform(points.subspan(run, i - run));
            run = none;
        }
        points[i] = cell->interpolate(points[i]);
    }
    if (run != none) failed += exact_.transform(points.subspan(run));
    return failed;
}

std::optional<Vec2> ApproxTransformer::transform(Vec2 p) const {
    if (transform(std::span<Vec2>(&p, 1)) != 0) return std::nullopt;
    return p;
}

double ApproxTransformer::tolerance() const { return grid_ ? grid_->tolerance : 0.0; }
size_t ApproxTransformer::interpolated_cells() const { return grid_ ? grid_->interpolated : 0; }
size_t ApproxTransformer::exact_cells() const { return grid_ ? grid_->exact : 0; }

}  // namespace geo
