#include "app/window/table_listing.h"

#include <utility>

namespace app {

TableListing::TableListing(std::string connection) : connection_(std::move(connection)) {
    // libpq waits for an unreachable host without limit unless told: the window would wait
    // for this thread on closing.
    std::string asked = connection_;
    if (asked.find("connect_timeout") == std::string::npos) asked += " connect_timeout=10";
    // result_ is written before finished_ is set, and read only after it is seen set.
    thread_ = std::thread([this, asked] {
        result_ = data::list_database_tables(asked);
        finished_ = true;
    });
}

TableListing::~TableListing() {
    if (thread_.joinable()) thread_.join();
}

std::optional<data::TableListing> TableListing::take() {
    if (!finished_ || taken_) return std::nullopt;
    taken_ = true;
    return std::exchange(result_, {});
}

}  // namespace app
