// The table picker's question to a database ("which tables have geometry?") asked on a thread
// of its own: connecting can take seconds (or a timeout), and the window keeps drawing.
#pragma once

#include <atomic>
#include <optional>
#include <string>
#include <thread>

#include "data/database_source.h"

namespace app {

class TableListing {
public:
    explicit TableListing(std::string connection);
    ~TableListing();  // waits for the thread: a listing cannot be interrupted, but ends with its connect timeout
    TableListing(const TableListing&) = delete;
    TableListing& operator=(const TableListing&) = delete;

    const std::string& connection() const { return connection_; }
    bool finished() const { return finished_; }
    // The answer once finished (then empty).
    std::optional<data::TableListing> take();

private:
    std::string connection_;
    std::atomic<bool> finished_{false};
    data::TableListing result_;
    bool taken_ = false;
    std::thread thread_;
};

}  // namespace app
