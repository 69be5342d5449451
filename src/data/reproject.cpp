#include "data/reproject.h"

#include <algorithm>
#include <thread>
#include <vector>

#include "data/feature_transform.h"
#include "geo/approx_transform.h"

namespace data {

bool reproject_layer(Layer& layer, const std::string& target_crs, unsigned threads, double approx_tolerance) {
    if (layer.crs == target_crs) return true;
    std::string why;
    auto exact = geo::Transformer::create(layer.crs, target_crs, &why);
    if (!exact) {
        layer.diagnostics.push_back(cannot_transform(layer, target_crs, why));
        return false;
    }
    if (layer.source_crs_label.empty()) layer.source_crs_label = exact->source_name();

    const geo::Box extent = approx_tolerance > 0.0 ? layer.bounds() : geo::Box{};
    geo::ApproxOptions approx;
    approx.tolerance = approx_tolerance;
    // Each thread needs its own PROJ context, hence a clone per extra thread.
    threads = std::max(1u, std::min<unsigned>(threads, layer.features.size() / 256 + 1));
    std::vector<geo::ApproxTransformer> workers;
    workers.push_back(geo::ApproxTransformer::build(std::move(*exact), extent, approx));
    for (unsigned i = 1; i < threads; ++i)
        if (auto c = workers.front().clone()) workers.push_back(std::move(*c));

    const size_t n = layer.features.size();
    std::span<Feature> all(layer.features);
    auto range = [&](size_t w) { return all.subspan(n * w / workers.size(), n * (w + 1) / workers.size() - n * w / workers.size()); };
    std::vector<DroppedFeatures> dropped(workers.size());
    std::vector<std::thread> pool;
    for (size_t w = 1; w < workers.size(); ++w)
        pool.emplace_back([&, w] { dropped[w] = transform_features(workers[w], range(w)); });
    dropped[0] = transform_features(workers[0], range(0));
    for (auto& t : pool) t.join();

    for (size_t w = 1; w < dropped.size(); ++w) dropped[0].merge(dropped[w]);
    report_dropped(layer, dropped[0]);
    layer.crs = target_crs;
    return true;
}

}  // namespace data
