// A cadastre-like test layer: an n x n grid of 200 m squares 300 m apart in display CRS
// metres near Hai Phong; optionally every third has a hole and every seventh is a two-part
// multipolygon.
#pragma once

#include "data/layer.h"

namespace test_support {

inline data::Layer grid_layer(int n, bool holes_and_parts) {
    data::Layer layer;
    layer.name = "parcels";
    layer.kind = geo::GeometryKind::Polygons;
    layer.crs = "EPSG:3857";
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            const double x = 11870000.0 + i * 300.0, y = 2360000.0 + j * 300.0;
            const int k = i * n + j;
            data::Feature f;
            f.source_id = k;
            f.geometry.kind = geo::GeometryKind::Polygons;
            geo::Polygon p;
            p.outer = {{x, y}, {x + 200, y}, {x + 200, y + 200}, {x, y + 200}};
            if (holes_and_parts && k % 3 == 0)
                p.holes.push_back({{x + 60, y + 60}, {x + 60, y + 140}, {x + 140, y + 140}, {x + 140, y + 60}});
            f.geometry.polygons.push_back(p);
            if (holes_and_parts && k % 7 == 0) {
                geo::Polygon q;
                q.outer = {{x + 210, y}, {x + 260, y}, {x + 260, y + 50}, {x + 210, y + 50}};
                f.geometry.polygons.push_back(q);
            }
            layer.features.push_back(std::move(f));
        }
    return layer;
}

}  // namespace test_support
