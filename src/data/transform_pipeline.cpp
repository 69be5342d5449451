#include "data/transform_pipeline.h"

namespace data {

namespace {
// More batches than this in flight and the reader transforms the next one itself.
constexpr size_t kMaxPending = 8;
}  // namespace

TransformPipeline::TransformPipeline(const geo::ApproxTransformer* transformer, unsigned workers, Sink sink)
    : transformer_(transformer), sink_(std::move(sink)) {
    if (!transformer_) return;
    for (unsigned i = 0; i < workers; ++i)
        if (auto c = transformer_->clone()) clones_.push_back(std::move(*c));
    for (auto& c : clones_) threads_.emplace_back([this, &c] { work(c); });
}

TransformPipeline::~TransformPipeline() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    work_ready_.notify_all();
    for (auto& t : threads_) t.join();
}

void TransformPipeline::transform(const geo::ApproxTransformer& t, FeatureBatch& batch) {
    for (size_t k = 0; k < 3; ++k) batch.dropped[k] = transform_features(t, batch.by_kind[k]);
    transformed_.fetch_add(batch.size(), std::memory_order_relaxed);
}

TransformPipeline::Slot* TransformPipeline::take_queued() {
    for (auto& s : slots_)
        if (s->state == State::Queued) {
            s->state = State::Working;
            return s.get();
        }
    return nullptr;
}

void TransformPipeline::work(const geo::ApproxTransformer& t) {
    std::unique_lock lock(mutex_);
    for (;;) {
        Slot* slot = nullptr;
        work_ready_.wait(lock, [&] { return stopping_ || (slot = take_queued()) != nullptr; });
        if (!slot) return;  // stopping
        lock.unlock();
        transform(t, slot->batch);
        lock.lock();
        slot->state = State::Done;
        --pending_;
        work_done_.notify_all();
    }
}

void TransformPipeline::drain() {
    for (;;) {
        std::unique_ptr<Slot> head;
        {
            std::lock_guard lock(mutex_);
            if (slots_.empty() || slots_.front()->state != State::Done) return;
            head = std::move(slots_.front());
            slots_.pop_front();
        }
        sink_(head->batch);
    }
}

void TransformPipeline::submit(FeatureBatch batch) {
    if (!transformer_ || threads_.empty()) {  // nothing to overlap with: do it here, in order
        if (transformer_) transform(*transformer_, batch);
        else transformed_.fetch_add(batch.size(), std::memory_order_relaxed);
        sink_(batch);
        return;
    }
    auto slot = std::make_unique<Slot>();
    slot->batch = std::move(batch);
    Slot* inline_slot = nullptr;
    {
        std::lock_guard lock(mutex_);
        if (pending_ >= kMaxPending) {
            slot->state = State::Working;
            inline_slot = slot.get();
        }
        ++pending_;
        slots_.push_back(std::move(slot));
    }
    if (inline_slot) {
        transform(*transformer_, inline_slot->batch);
        std::lock_guard lock(mutex_);
        inline_slot->state = State::Done;
        --pending_;
    } else {
        work_ready_.notify_one();
    }
    drain();
}

void TransformPipeline::finish() {
    if (transformer_ && !threads_.empty()) {
        std::unique_lock lock(mutex_);
        // Help with what is still queued, then wait for the batches in the workers' hands.
        while (Slot* slot = take_queued()) {
            lock.unlock();
            transform(*transformer_, slot->batch);
            lock.lock();
            slot->state = State::Done;
            --pending_;
        }
        work_done_.wait(lock, [&] { return pending_ == 0; });
    }
    drain();
}

}  // namespace data
