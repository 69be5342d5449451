// Morton (z-order) codes of 16-bit grid cells, x in the even bits and y in the odd ones, and
// the range search over them that the triangulator's reflex-corner index uses.
#pragma once

#include <cstdint>

namespace geo {

// Spreads the low 16 bits of v to the even bit positions.
inline uint32_t spread_bits(uint32_t v) {
    v = (v | (v << 8)) & 0x00FF00FFu;
    v = (v | (v << 4)) & 0x0F0F0F0Fu;
    v = (v | (v << 2)) & 0x33333333u;
    v = (v | (v << 1)) & 0x55555555u;
    return v;
}

inline constexpr uint32_t kEvenBits = 0x55555555u, kOddBits = 0xAAAAAAAAu;  // x, y of a z-code

// Whether z-code z lies in the box whose corners have codes lo and hi: per axis, masked codes
// compare as the coordinates do.
inline bool z_in_box(uint32_t z, uint32_t lo, uint32_t hi) {
    return (z & kEvenBits) >= (lo & kEvenBits) && (z & kEvenBits) <= (hi & kEvenBits) &&
           (z & kOddBits) >= (lo & kOddBits) && (z & kOddBits) <= (hi & kOddBits);
}

// The smallest z-code above z that lies in the box [lo, hi], for z outside it (Tropf and
// Herzog's BIGMIN): a z-range can cross the whole curve even for a small box, and this jumps
// over the part of it outside. Returns hi + 1 (or 0 on overflow) when there is none.
inline uint32_t z_next_in_box(uint32_t z, uint32_t lo, uint32_t hi) {
    uint32_t next = hi + 1;
    for (int bit = 31; bit >= 0; --bit) {
        const uint32_t m = 1u << bit;
        const uint32_t below = ((bit & 1) ? kOddBits : kEvenBits) & (m - 1);  // same axis, lower bits
        const int state = ((z & m) ? 4 : 0) | ((lo & m) ? 2 : 0) | ((hi & m) ? 1 : 0);
        switch (state) {
            case 0b001:
                next = (lo | m) & ~below;
                hi = (hi & ~m) | below;
                break;
            case 0b011: return lo;
            case 0b100: return next;
            case 0b101: lo = (lo | m) & ~below; break;
            case 0b010:
            case 0b110: return next;  // lo above hi on this axis: cannot happen for a box
            default: break;           // 000, 111: same bit everywhere
        }
    }
    return next;
}

}  // namespace geo
