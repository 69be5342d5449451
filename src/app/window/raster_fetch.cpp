#include "app/window/raster_fetch.h"

#include <utility>

namespace app {

RasterFetch::RasterFetch() : thread_([this] { run(); }) {}

RasterFetch::~RasterFetch() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
        pending_.clear();
    }
    wake_.notify_all();
    thread_.join();
}

void RasterFetch::request(size_t key, std::shared_ptr<const data::RasterSource> source, const geo::Box& box, int width,
                          int height) {
    {
        std::lock_guard lock(mutex_);
        pending_[key] = Job{std::move(source), box, width, height, generation_};
    }
    wake_.notify_one();
}

std::vector<RasterFetch::Done> RasterFetch::take() {
    std::lock_guard lock(mutex_);
    return std::exchange(done_, {});
}

void RasterFetch::forget() {
    std::lock_guard lock(mutex_);
    pending_.clear();
    done_.clear();
    ++generation_;
}

bool RasterFetch::busy() const {
    std::lock_guard lock(mutex_);
    return reading_ || !pending_.empty() || !done_.empty();
}

void RasterFetch::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [&] { return stop_ || !pending_.empty(); });
        if (stop_) return;
        auto it = pending_.begin();
        const size_t key = it->first;
        Job job = std::move(it->second);
        pending_.erase(it);
        reading_ = true;
        lock.unlock();
        const data::RasterImage image = job.source->read(job.box, job.width, job.height);
        job.source.reset();  // the source may go with the scene: not kept alive here longer than needed
        Done done{key, render::prepare_texels(image), image.error};
        lock.lock();
        reading_ = false;
        if (job.generation == generation_) done_.push_back(std::move(done));
    }
}

}  // namespace app
