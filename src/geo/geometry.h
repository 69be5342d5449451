// Plain geometry types shared by every stage of the pipeline. No GDAL, PROJ or GL here:
// the loader fills these, the CRS code transforms them in place, the mesh builder reads them.
#pragma once

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace geo {

struct Vec2 {
    double x = 0.0;
    double y = 0.0;

    friend Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
    friend Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
    friend Vec2 operator*(Vec2 a, double s) { return {a.x * s, a.y * s}; }
    friend bool operator==(Vec2 a, Vec2 b) { return a.x == b.x && a.y == b.y; }
};

inline double cross(Vec2 a, Vec2 b) { return a.x * b.y - a.y * b.x; }
inline double length(Vec2 a) { return std::hypot(a.x, a.y); }

// Axis-aligned box; default-constructed it is empty and grows with expand() and merge().
struct Box {
    Vec2 min{std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity()};
    Vec2 max{-std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};

    bool empty() const { return !(min.x <= max.x && min.y <= max.y); }
    void expand(Vec2 p) {
        min.x = std::min(min.x, p.x);
        min.y = std::min(min.y, p.y);
        max.x = std::max(max.x, p.x);
        max.y = std::max(max.y, p.y);
    }
    void merge(const Box& b) {
        if (b.empty()) return;
        expand(b.min);
        expand(b.max);
    }
    Vec2 centre() const { return {(min.x + max.x) * 0.5, (min.y + max.y) * 0.5}; }
    double width() const { return max.x - min.x; }
    double height() const { return max.y - min.y; }
    bool contains(Vec2 p) const { return p.x >= min.x && p.x <= max.x && p.y >= min.y && p.y <= max.y; }
    bool intersects(const Box& b) const {
        return !(b.min.x > max.x || b.max.x < min.x || b.min.y > max.y || b.max.y < min.y);
    }
};

// A ring is stored open: the closing vertex (equal to the first) is dropped on load.
using Ring = std::vector<Vec2>;
using LineString = std::vector<Vec2>;

struct Polygon {
    Ring outer;
    std::vector<Ring> holes;
};

// Every vector geometry is normalised to one of three "multi" kinds, so a layer holds one
// kind and the renderer has one path per kind. An empty geometry has no parts.
enum class GeometryKind { None = 0, Points, Lines, Polygons };

struct Geometry {
    GeometryKind kind = GeometryKind::None;
    std::vector<Vec2> points;          // kind == Points
    std::vector<LineString> lines;     // kind == Lines
    std::vector<Polygon> polygons;     // kind == Polygons

    bool empty() const { return points.empty() && lines.empty() && polygons.empty(); }

    template <class Fn>
    void for_each_vertex(Fn&& fn) {
        for (auto& p : points) fn(p);
        for (auto& l : lines)
            for (auto& p : l) fn(p);
        for (auto& poly : polygons) {
            for (auto& p : poly.outer) fn(p);
            for (auto& h : poly.holes)
                for (auto& p : h) fn(p);
        }
    }
    template <class Fn>
    void for_each_vertex(Fn&& fn) const {
        const_cast<Geometry*>(this)->for_each_vertex([&](Vec2& p) { fn(static_cast<const Vec2&>(p)); });
    }

    Box bounds() const {
        Box b;
        for_each_vertex([&](const Vec2& p) { b.expand(p); });
        return b;
    }
};

// Shoelace area; positive for counter-clockwise rings.
inline double signed_area(const Ring& ring) {
    double twice = 0.0;
    const size_t n = ring.size();
    for (size_t i = 0, j = n ? n - 1 : 0; i < n; j = i++) twice += cross(ring[j], ring[i]);
    return twice * 0.5;
}

inline double area(const Polygon& poly) {
    double a = std::abs(signed_area(poly.outer));
    for (const auto& h : poly.holes) a -= std::abs(signed_area(h));
    return a;
}

}  // namespace geo
