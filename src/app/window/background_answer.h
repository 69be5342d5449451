// One question answered on a thread of its own while the window keeps drawing: a database's
// tables (connecting can take seconds), a spatial index written beside a big file.
#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <thread>
#include <utility>

namespace app {

template <class Answer>
class BackgroundAnswer {
public:
    explicit BackgroundAnswer(std::function<Answer()> ask)
        // answer_ is written before finished_ is set, and read only after it is seen set.
        : thread_([this, ask = std::move(ask)] {
              answer_ = ask();
              finished_ = true;
          }) {}
    ~BackgroundAnswer() {  // waits for the thread: a question cannot be interrupted
        if (thread_.joinable()) thread_.join();
    }
    BackgroundAnswer(const BackgroundAnswer&) = delete;
    BackgroundAnswer& operator=(const BackgroundAnswer&) = delete;

    bool finished() const { return finished_; }
    // The answer once finished, once.
    std::optional<Answer> take() {
        if (!finished_ || taken_) return std::nullopt;
        taken_ = true;
        return std::exchange(answer_, {});
    }

private:
    std::atomic<bool> finished_{false};
    Answer answer_{};
    bool taken_ = false;
    std::thread thread_;  // last: started once the rest is made
};

}  // namespace app
