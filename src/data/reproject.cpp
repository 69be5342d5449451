#include "data/reproject.h"

#include <atomic>
#include <cmath>
#include <thread>
#include <vector>

#include "geo/crs.h"

namespace data {

namespace {

// Transforms features [begin, end); returns ids of features whose geometry had to be dropped.
std::vector<int64_t> transform_range(const geo::Transformer& t, std::vector<Feature>& features, size_t begin,
                                     size_t end) {
    std::vector<int64_t> dropped;
    std::vector<geo::Vec2> scratch;
    for (size_t i = begin; i < end; ++i) {
        geo::Geometry& g = features[i].geometry;
        scratch.clear();
        g.for_each_vertex([&](const geo::Vec2& p) { scratch.push_back(p); });
        if (scratch.empty()) continue;
        if (t.transform(scratch) != 0) {
            const auto kind = g.kind;
            g = geo::Geometry{};
            g.kind = kind;
            dropped.push_back(features[i].source_id);
            continue;
        }
        size_t k = 0;
        g.for_each_vertex([&](geo::Vec2& p) { p = scratch[k++]; });
    }
    return dropped;
}

}  // namespace

bool reproject_layer(Layer& layer, const std::string& target_crs, unsigned threads) {
    if (layer.crs == target_crs) return true;
    std::string why;
    auto transformer = geo::Transformer::create(layer.crs, target_crs, &why);
    if (!transformer) {
        layer.diagnostics.push_back({Severity::Error, layer.source_path,
                                     "layer '" + layer.name + "': cannot transform to " + target_crs + ": " + why});
        return false;
    }
    if (layer.source_crs_label.empty()) layer.source_crs_label = transformer->source_name();

    // Each thread needs its own PROJ context, hence a clone per extra thread.
    threads = std::max(1u, std::min<unsigned>(threads, layer.features.size() / 256 + 1));
    std::vector<geo::Transformer> workers;
    workers.push_back(std::move(*transformer));
    for (unsigned i = 1; i < threads; ++i)
        if (auto c = workers.front().clone()) workers.push_back(std::move(*c));

    const size_t n = layer.features.size();
    std::vector<std::vector<int64_t>> dropped(workers.size());
    std::vector<std::thread> pool;
    for (size_t w = 1; w < workers.size(); ++w) {
        pool.emplace_back([&, w] {
            dropped[w] = transform_range(workers[w], layer.features, n * w / workers.size(), n * (w + 1) / workers.size());
        });
    }
    dropped[0] = transform_range(workers[0], layer.features, 0, n / workers.size());
    for (auto& t : pool) t.join();

    size_t total = 0;
    std::string examples;
    for (const auto& d : dropped)
        for (auto id : d)
            if (total++ < 3) examples += (examples.empty() ? "" : ", ") + std::to_string(id);
    if (total) {
        layer.diagnostics.push_back({Severity::Warning, layer.source_path,
                                     "layer '" + layer.name + "': " + std::to_string(total) +
                                         " feature(s) lie outside the area their CRS can be transformed from and are "
                                         "not drawn (e.g. FID " + examples + ")"});
    }
    layer.crs = target_crs;
    return true;
}

}  // namespace data
