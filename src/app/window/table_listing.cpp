#include "app/window/table_listing.h"

namespace app {

std::unique_ptr<TableListing> list_tables_in_background(std::string connection) {
    // libpq waits for an unreachable host without limit unless told: the window would wait
    // for this thread on closing.
    if (connection.find("connect_timeout") == std::string::npos) connection += " connect_timeout=10";
    return std::make_unique<TableListing>([connection] { return data::list_database_tables(connection); });
}

}  // namespace app
