// A fast approximate CRS transform, like GDAL's approximate transformer (gdalwarp -et): the
// exact transform is sampled on an adaptive grid over the source extent and interpolated
// bilinearly inside each cell. Every cell is checked against the exact transform at its centre
// and edge midpoints (where bilinear interpolation errs most for a smooth map); a cell that errs
// by more than half the tolerance there is split in four, and one still too far off at the
// deepest level, or one where the exact transform fails, uses the exact transform. Points
// outside the grid use the exact transform too, so a wrong extent costs speed, never accuracy.
#pragma once

#include <memory>
#include <optional>
#include <span>

#include "geo/crs.h"
#include "geo/geometry.h"

namespace geo {

struct ApproxOptions {
    // Largest interpolation error accepted, in target CRS units: 0.01 = 1 cm in EPSG:3857
    // (Web Mercator metres). 0 disables the grid (every point exact).
    double tolerance = 0.01;
    int max_depth = 10;          // splits below a top-level cell; deeper cells go exact
    size_t max_cells = 1 << 16;  // cap on grid cells, so a world-wide extent cannot blow up
};

// Like Transformer, one per thread: the grid is immutable and shared between clones, the exact
// fallback owns a PROJ context. clone() is cheap (no grid rebuild).
class ApproxTransformer {
public:
    // Builds the grid over `source_extent` with `exact` (which it then owns). An empty,
    // degenerate or non-finite extent gives an exact-only transformer.
    static ApproxTransformer build(Transformer exact, const Box& source_extent, const ApproxOptions& options = {});

    ApproxTransformer(ApproxTransformer&&) noexcept;
    ApproxTransformer& operator=(ApproxTransformer&&) noexcept;
    ~ApproxTransformer();

    std::optional<ApproxTransformer> clone() const;

    // Transforms in place. Points that cannot be transformed become NaN; returns how many
    // (same contract as Transformer::transform).
    size_t transform(std::span<Vec2> points) const;
    std::optional<Vec2> transform(Vec2 p) const;

    const Transformer& exact() const { return exact_; }
    double tolerance() const;  // 0 when exact only
    // Grid statistics, for tests and reports.
    size_t interpolated_cells() const;
    size_t exact_cells() const;

    struct Grid;  // defined in the .cpp

private:
    ApproxTransformer(Transformer exact, std::shared_ptr<const Grid> grid);

    Transformer exact_;
    std::shared_ptr<const Grid> grid_;  // null: exact only
};

}  // namespace geo
