// The table picker's question to a database ("which tables have geometry?") asked on a thread
// of its own: connecting can take seconds (or a timeout), and the window keeps drawing.
#pragma once

#include <memory>
#include <string>

#include "app/window/background_answer.h"
#include "data/database_source.h"

namespace app {

using TableListing = BackgroundAnswer<data::TableListing>;

// Starts listing `connection`'s geometry tables; the wait ends with the connect timeout at most.
std::unique_ptr<TableListing> list_tables_in_background(std::string connection);

}  // namespace app
