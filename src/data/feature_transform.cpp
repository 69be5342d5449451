#include "data/feature_transform.h"

namespace data {

DroppedFeatures transform_features(const geo::ApproxTransformer& t, std::span<Feature> features) {
    DroppedFeatures dropped;
    for (Feature& f : features) {
        geo::Geometry& g = f.geometry;
        size_t failed = t.transform(g.points);
        for (auto& line : g.lines) failed += t.transform(line);
        for (auto& poly : g.polygons) {
            failed += t.transform(poly.outer);
            for (auto& hole : poly.holes) failed += t.transform(hole);
        }
        if (failed == 0) continue;
        const auto kind = g.kind;
        g = geo::Geometry{};
        g.kind = kind;
        dropped.add(f.source_id);
    }
    return dropped;
}

void report_dropped(Layer& layer, const DroppedFeatures& dropped) {
    if (!dropped.count) return;
    std::string examples;
    for (auto id : dropped.examples) examples += (examples.empty() ? "" : ", ") + std::to_string(id);
    layer.diagnostics.push_back(diagnostic(Severity::Warning, layer.source_path,
                                           i18n::N_("layer '{0}': {1} feature(s) lie outside the area their CRS can be "
                                                    "transformed from and are not drawn (e.g. FID {2})"),
                                           {layer.name, std::to_string(dropped.count), examples}));
}

Diagnostic cannot_transform(const Layer& layer, const std::string& target_crs, const std::string& why) {
    return diagnostic(Severity::Error, layer.source_path, i18n::N_("layer '{0}': cannot transform to {1}: {2}"),
                      {layer.name, target_crs, why});
}

}  // namespace data
