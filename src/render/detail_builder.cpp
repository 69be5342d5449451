#include "render/detail_builder.h"

#include <algorithm>
#include <utility>

namespace render {

void DetailBuilder::stop() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
        queue_.clear();
    }
    changed_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void DetailBuilder::replace_queue(std::vector<Request> requests) {
    {
        std::lock_guard lock(mutex_);
        if (stop_) return;
        queue_.clear();
        for (const Request& r : requests)
            if (r.key != building_) queue_.push_back(r);
        if (!thread_.joinable() && !queue_.empty()) thread_ = std::thread([this] { run(); });
    }
    changed_.notify_all();
}

void DetailBuilder::request(const Request& request) {
    {
        std::lock_guard lock(mutex_);
        if (stop_ || request.key == building_) return;
        if (std::any_of(queue_.begin(), queue_.end(), [&](const Request& q) { return q.key == request.key; })) return;
        // Built and waiting to be taken: that answers this request too (a busy machine's worker
        // can finish a chunk between a replace_queue and the request that follows it).
        if (std::any_of(built_.begin(), built_.end(), [&](const Built& b) { return b.key == request.key; })) return;
        queue_.push_back(request);
        if (!thread_.joinable()) thread_ = std::thread([this] { run(); });
    }
    changed_.notify_all();
}

std::vector<DetailBuilder::Built> DetailBuilder::take_built() {
    std::lock_guard lock(mutex_);
    return std::exchange(built_, {});
}

bool DetailBuilder::wait(std::chrono::steady_clock::time_point deadline) {
    std::unique_lock lock(mutex_);
    changed_.wait_until(lock, deadline, [&] { return !built_.empty() || (queue_.empty() && !building_); });
    return !built_.empty();
}

bool DetailBuilder::claim(uint64_t key) {
    std::unique_lock lock(mutex_);
    std::erase_if(queue_, [&](const Request& q) { return q.key == key; });
    if (building_ != key) return false;
    changed_.wait(lock, [&] { return building_ != key; });
    return true;
}

void DetailBuilder::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        changed_.wait(lock, [&] { return stop_ || !queue_.empty(); });
        if (stop_) return;
        const Request r = queue_.front();
        queue_.pop_front();
        building_ = r.key;
        lock.unlock();
        LayerMesh mesh = build_(r.chunk, r.tolerance);
        lock.lock();
        building_.reset();
        if (!stop_) built_.push_back({r.key, std::move(mesh)});
        changed_.notify_all();
    }
}

}  // namespace render
