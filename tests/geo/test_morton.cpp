// The z-order range search the triangulator relies on to skip reflex corners far from an ear:
// checked against brute force on every box of a 16 x 16 grid.
#include <catch2/catch.hpp>

#include "geo/morton.h"

namespace {
uint32_t z(uint32_t x, uint32_t y) { return geo::spread_bits(x) | (geo::spread_bits(y) << 1); }
}  // namespace

TEST_CASE("z-codes in a box, and the next one after a code outside it, match brute force", "[geo][morton]") {
    for (uint32_t x0 = 0; x0 < 16; ++x0)
        for (uint32_t x1 = x0; x1 < 16; ++x1)
            for (uint32_t y0 = 0; y0 < 16; y0 += 3)
                for (uint32_t y1 = y0; y1 < 16; y1 += 2) {
                    const uint32_t lo = z(x0, y0), hi = z(x1, y1);
                    for (uint32_t code = lo; code <= hi; ++code) {
                        // Brute force membership, from the decoded cell.
                        uint32_t cx = 0, cy = 0;
                        for (int b = 0; b < 16; ++b) {
                            cx |= ((code >> (2 * b)) & 1u) << b;
                            cy |= ((code >> (2 * b + 1)) & 1u) << b;
                        }
                        const bool inside = cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1;
                        REQUIRE(geo::z_in_box(code, lo, hi) == inside);
                        if (inside) continue;
                        uint32_t expected = hi + 1;
                        for (uint32_t c = code + 1; c <= hi; ++c)
                            if (geo::z_in_box(c, lo, hi)) {
                                expected = c;
                                break;
                            }
                        REQUIRE(geo::z_next_in_box(code, lo, hi) == expected);
                    }
                }
}
