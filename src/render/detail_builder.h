// Builds big layers' detailed chunk meshes (simplification, triangulation: CPU work only) on
// a thread of its own, so that the thread drawing frames only uploads them. Triangulating the
// bundled land polygon at a new scale took 40-190 ms, a frozen frame when done in the frame.
// One thread: the other core is the renderer's.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "render/layer_mesh.h"

namespace render {

class DetailBuilder {
public:
    struct Request {
        uint64_t key = 0;  // the caller's name for the mesh
        uint32_t chunk = 0;
        double tolerance = 0.0;
    };
    struct Built {
        uint64_t key = 0;
        LayerMesh mesh;
    };
    using BuildFn = std::function<LayerMesh(uint32_t chunk, double tolerance)>;

    // `build` runs on the builder's thread (started on the first request).
    explicit DetailBuilder(BuildFn build) : build_(std::move(build)) {}
    ~DetailBuilder() { stop(); }
    DetailBuilder(const DetailBuilder&) = delete;
    DetailBuilder& operator=(const DetailBuilder&) = delete;

    // Asks for these meshes, in this order, instead of those asked for earlier and not started.
    void replace_queue(std::vector<Request> requests);
    // Asks for one more mesh, unless it is queued or being built already.
    void request(const Request& request);
    // The meshes built since the last call.
    std::vector<Built> take_built();
    // Waits until a built mesh is ready to take, or nothing is left to build, or `deadline`.
    // True if a mesh is ready.
    bool wait(std::chrono::steady_clock::time_point deadline);
    // For a caller that needs `key` now: drops it from the queue and returns false, or, if it
    // is being built, waits for it and returns true (take it with take_built).
    bool claim(uint64_t key);
    // Finishes (and drops) the mesh being built, drops the queue and ends the thread; later
    // requests are ignored. After it returns, `build` is never called again.
    void stop();

private:
    void run();

    BuildFn build_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Request> queue_;
    std::optional<uint64_t> building_;
    std::vector<Built> built_;
    bool stop_ = false;
    std::thread thread_;  // last: started after, and joined before, the rest is gone
};

}  // namespace render
