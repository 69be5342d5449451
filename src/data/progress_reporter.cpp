#include "data/progress_reporter.h"

#include <algorithm>

namespace data {

const char* to_string(LoadStage stage) {
    switch (stage) {
        case LoadStage::Opening: return "opening";
        case LoadStage::Reading: return "reading";
        case LoadStage::Reprojecting: return "reprojecting";
        case LoadStage::Done: return "done";
        case LoadStage::Cancelled: return "cancelled";
    }
    return "loading";
}

void ProgressReporter::report(LoadStage stage, size_t read, size_t reprojected) {
    read_ = read;
    reprojected_ = reprojected;
    if (!options_.on_progress) return;
    double f = 0.0;
    if (stage == LoadStage::Done) {
        f = 1.0;
    } else if (total_ > 0) {
        const double r = double(std::min(read, total_)) / double(total_);
        const double p = double(std::min(reprojected, total_)) / double(total_);
        // Below 1 until Done: the last step (building the layers) is not counted.
        f = std::min(0.99, reprojecting_ ? 0.5 * (r + p) : r);
    }
    fraction_ = std::max(fraction_, f);
    LoadProgress p;
    p.stage = stage;
    p.file = file_;
    p.features_read = read;
    p.features_reprojected = reprojected;
    p.features_total = total_;
    p.fraction = fraction_;
    options_.on_progress(p);
}

}  // namespace data
