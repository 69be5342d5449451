#include "app/summary.h"

#include <cstdio>
#include <iomanip>

#include "geo/web_mercator.h"

namespace app {

void print_layers(std::ostream& out, const data::Catalog& catalog) {
    out << "Layers, bottom to top (display CRS EPSG:3857):\n";
    for (const auto& l : catalog.layers) {
        const data::Layer& layer = l.layer;
        const size_t total = layer.features.size();
        const size_t drawn = layer.count_with_geometry();
        out << "  " << std::left << std::setw(16) << layer.name << std::setw(20) << data::to_string(l.role)
            << std::right << std::setw(5) << total << " features";
        if (drawn != total) out << " (" << drawn << " with geometry)";
        out << ", " << data::to_string(layer.kind) << ", from " << layer.source_crs_label << "\n";
    }
}

void print_diagnostics(std::ostream& err, const data::Catalog& catalog) {
    for (const auto& d : catalog.diagnostics) err << d.to_string() << "\n";
}

void print_render_stats(std::ostream& out, const RenderStats& stats, const RenderRequest& request) {
    const geo::Vec2 sw = geo::mercator_to_lonlat(request.view.min);
    const geo::Vec2 ne = geo::mercator_to_lonlat(request.view.max);
    char line[256];
    std::snprintf(line, sizeof line, "View: lon %.4f..%.4f, lat %.4f..%.4f; %.1f m per pixel (Web Mercator)\n", sw.x,
                  ne.x, sw.y, ne.y, stats.metres_per_pixel);
    out << line;
    out << "Drew " << stats.triangles << " triangles, " << stats.segments << " outline segments, " << stats.points
        << " pins; labels placed " << stats.labels_placed << " of " << stats.labels_wanted << "\n";
    out << "Renderer: " << stats.renderer << " (EGL, no X server)\n";
    if (!stats.font.empty()) out << "Font: " << stats.font << "\n";
}

}  // namespace app
