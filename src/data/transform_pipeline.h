// Reprojects batches of features on worker threads while the loading thread keeps reading, and
// hands them back in the order they were read. No GDAL here.
#pragma once

#include <array>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "data/feature_transform.h"
#include "data/layer.h"
#include "geo/approx_transform.h"

namespace data {

// Features read in a row, sorted by geometry kind (points, lines, polygons).
struct FeatureBatch {
    std::array<std::vector<Feature>, 3> by_kind;
    std::array<DroppedFeatures, 3> dropped;  // filled by the transform

    size_t size() const { return by_kind[0].size() + by_kind[1].size() + by_kind[2].size(); }
};

class TransformPipeline {
public:
    using Sink = std::function<void(FeatureBatch&)>;

    // `transformer` null: batches pass through untransformed. workers = 0: submit() transforms
    // inline. `sink` is called on the submitting thread, in submission order.
    TransformPipeline(const geo::ApproxTransformer* transformer, unsigned workers, Sink sink);
    ~TransformPipeline();  // stops the workers; batches not yet handed to the sink are dropped
    TransformPipeline(const TransformPipeline&) = delete;
    TransformPipeline& operator=(const TransformPipeline&) = delete;

    // Queues a batch. When the workers are behind, the caller transforms it itself rather than
    // let batches pile up. Hands every finished batch at the head of the queue to the sink.
    void submit(FeatureBatch batch);
    // Transforms what is left (the caller helps), then hands everything to the sink.
    void finish();
    // Features transformed so far (any thread may read it).
    size_t transformed() const { return transformed_.load(std::memory_order_relaxed); }

private:
    enum class State { Queued, Working, Done };
    struct Slot {
        FeatureBatch batch;
        State state = State::Queued;
    };

    void work(const geo::ApproxTransformer& t);
    void transform(const geo::ApproxTransformer& t, FeatureBatch& batch);
    Slot* take_queued();  // with mutex_ held
    void drain();         // hands finished batches at the head to the sink

    const geo::ApproxTransformer* transformer_;
    Sink sink_;
    std::vector<geo::ApproxTransformer> clones_;  // one per worker (own PROJ context)
    std::vector<std::thread> threads_;
    std::mutex mutex_;
    std::condition_variable work_ready_, work_done_;
    std::deque<std::unique_ptr<Slot>> slots_;  // submission order
    size_t pending_ = 0;                       // queued or working
    bool stopping_ = false;
    std::atomic<size_t> transformed_{0};
};

}  // namespace data
