// Raster basemaps' pictures read on a thread of their own, so that panning stays fluid while
// GDAL warps the next view: the window asks for a box at the screen's resolution once the
// camera rests, keeps showing the previous picture stretched, and swaps in the new one when
// it comes (uploading it is the drawing thread's job: GL lives there).
#pragma once

#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "data/raster_source.h"
#include "render/raster_picture.h"

namespace app {

class RasterFetch {
public:
    RasterFetch();
    ~RasterFetch();  // waits for the picture being read, drops the rest
    RasterFetch(const RasterFetch&) = delete;
    RasterFetch& operator=(const RasterFetch&) = delete;

    // Asks for a width x height picture of `box` from `source`, for the raster `key`. A request
    // for the same key not yet begun is replaced: only the latest view matters.
    void request(size_t key, std::shared_ptr<const data::RasterSource> source, const geo::Box& box, int width, int height);
    // Pictures read since the last call, ready to upload, with their keys (or GDAL's words
    // when reading failed). Forgets requests made before forget().
    struct Done {
        size_t key = 0;
        render::RasterTexels texels;
        std::string error;
    };
    std::vector<Done> take();
    // Drops every request and every picture not yet taken (the rasters were rebuilt).
    void forget();
    bool busy() const;

private:
    struct Job {
        std::shared_ptr<const data::RasterSource> source;
        geo::Box box;
        int width = 0, height = 0;
        uint64_t generation = 0;
    };
    void run();

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::map<size_t, Job> pending_;
    std::vector<Done> done_;
    bool reading_ = false, stop_ = false;
    uint64_t generation_ = 0;
    std::thread thread_;
};

}  // namespace app
