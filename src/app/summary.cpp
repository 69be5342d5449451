#include "app/summary.h"

#include <cstdio>
#include <iomanip>

#include "geo/web_mercator.h"
#include "i18n/catalogue.h"
#include "i18n/utf8.h"

namespace app {

void print_layers(std::ostream& out, const data::Catalog& catalog, i18n::Language lang) {
    using i18n::N_;
    out << i18n::tr("Layers, bottom to top (display CRS EPSG:3857):", lang) << "\n";
    for (const auto& l : catalog.layers) {
        const data::Layer& layer = l.layer;
        const size_t total = layer.feature_count();
        const size_t drawn = layer.count_with_geometry();
        // Padded by display columns, not bytes: a Chinese role name is two columns a character.
        out << "  " << i18n::pad_columns(layer.name, 16) << i18n::pad_columns(i18n::tr(data::to_string(l.role), lang), 20)
            << std::right << std::setw(5) << total << " " << i18n::tr("features", lang);
        if (drawn != total) out << " " << i18n::trf(N_("({0} with geometry)"), lang, {std::to_string(drawn)});
        out << ", " << i18n::tr(data::to_string(layer.kind), lang) << ", " << i18n::trf(N_("from {0}"), lang, {layer.source_crs_label}) << "\n";
    }
    // Images, drawn over the land and sea fills: their size, format and overview levels.
    for (const auto& r : catalog.rasters) {
        const data::RasterSource& s = *r.source;
        out << "  " << i18n::pad_columns(s.name(), 16)
            << i18n::trf(N_("image, {0} x {1} pixels, {2}, {3} overview levels"), lang,
                         {std::to_string(s.width()), std::to_string(s.height()), s.driver(), std::to_string(s.overviews().size())})
            << "\n";
    }
}

void print_diagnostics(std::ostream& err, const data::Catalog& catalog, i18n::Language lang) {
    for (const auto& d : catalog.diagnostics) err << d.to_string(lang) << "\n";
}

void print_render_stats(std::ostream& out, const RenderStats& stats, const RenderRequest& request, i18n::Language lang) {
    using i18n::N_;
    const geo::Vec2 sw = geo::mercator_to_lonlat(request.view.min);
    const geo::Vec2 ne = geo::mercator_to_lonlat(request.view.max);
    char lon[64], lat[64], mpp[32];
    std::snprintf(lon, sizeof lon, "%.4f..%.4f", sw.x, ne.x);
    std::snprintf(lat, sizeof lat, "%.4f..%.4f", sw.y, ne.y);
    std::snprintf(mpp, sizeof mpp, "%.1f", stats.metres_per_pixel);
    out << i18n::trf(N_("View: lon {0}, lat {1}; {2} m per pixel (Web Mercator)"), lang, {lon, lat, mpp}) << "\n";
    out << i18n::trf(N_("Drew {0} triangles, {1} outline segments, {2} pins; labels placed {3} of {4}"), lang,
                     {std::to_string(stats.triangles), std::to_string(stats.segments), std::to_string(stats.points),
                      std::to_string(stats.labels_placed), std::to_string(stats.labels_wanted)})
        << "\n";
    out << i18n::trf(N_("Renderer: {0} (EGL, no X server)"), lang, {stats.renderer}) << "\n";
    if (!stats.font.empty()) out << i18n::trf(N_("Font: {0}"), lang, {stats.font}) << "\n";
    if (stats.cjk_glyphs) out << i18n::trf(N_("CJK characters in the atlas: {0}"), lang, {std::to_string(stats.cjk_glyphs)}) << "\n";
    if (!stats.font_warning.empty()) out << "parkatlas: " << i18n::tr("warning", lang) << ": " << stats.font_warning << "\n";
}

}  // namespace app
