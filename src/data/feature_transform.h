// Reprojects features in place, shared by reproject_layer and the pipelined loader so that
// both drop the same geometries and say so in the same words.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "data/layer.h"
#include "geo/approx_transform.h"

namespace data {

// Features whose geometry could not be transformed: how many, and the first few FIDs.
struct DroppedFeatures {
    size_t count = 0;
    std::vector<int64_t> examples;  // at most 3, in feature order

    void add(int64_t fid) {
        if (count++ < 3) examples.push_back(fid);
    }
    void merge(const DroppedFeatures& later) {
        for (auto id : later.examples)
            if (examples.size() < 3) examples.push_back(id);
        count += later.count;
    }
};

// Transforms every ring, line and point in place (no scratch copy). A feature with a point
// that cannot be transformed loses its geometry (its kind is kept) and is counted.
DroppedFeatures transform_features(const geo::ApproxTransformer& t, std::span<Feature> features);

// The warning for dropped features, or nothing when none were.
void report_dropped(Layer& layer, const DroppedFeatures& dropped);

// The error when no transformation to `target_crs` exists.
Diagnostic cannot_transform(const Layer& layer, const std::string& target_crs, const std::string& why);

}  // namespace data
