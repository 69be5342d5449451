// Turns counts into LoadProgress calls: one place that keeps the fraction monotone and knows
// how reading and reprojection share it.
#pragma once

#include <string>

#include "data/load_options.h"

namespace data {

class ProgressReporter {
public:
    ProgressReporter(const LoadOptions& options, std::string file) : options_(options), file_(std::move(file)) {}

    void set_total(size_t total) { total_ = total; }
    // Whether reprojection runs behind the reader: then it fills half the bar.
    void set_reprojecting(bool on) { reprojecting_ = on; }
    // Counts are for the whole file, across its layers.
    void report(LoadStage stage, size_t read, size_t reprojected);
    void done() { report(LoadStage::Done, read_, reprojected_); }
    void done(size_t read, size_t reprojected) { report(LoadStage::Done, read, reprojected); }
    void cancelled() { report(LoadStage::Cancelled, read_, reprojected_); }

private:
    const LoadOptions& options_;
    std::string file_;
    size_t total_ = 0;
    size_t read_ = 0, reprojected_ = 0;
    bool reprojecting_ = false;
    double fraction_ = 0.0;
};

}  // namespace data
