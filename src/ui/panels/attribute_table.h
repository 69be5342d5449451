// The attribute table window: one row per park with its availability as of the chosen date,
// sortable by any column, filtered by text, status, minimum free land and tenant/developer
// words; a row click selects the park on the map; "Export CSV" writes the rows shown.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "i18n/language.h"
#include "ui/panels/park_table.h"

namespace ui {

struct AttributeTableState {
    char text[128] = {};
    int status = 0;                      // 0 any, 1 operating, 2 building, 3 planned
    float min_free_ha = 0.0f;
    char sector[128] = {};
    TableSort sort;
    char export_path[1024] = {};
    std::optional<size_t> scrolled_to;   // the selected feature the table last scrolled to
    bool focus_filter = true;            // put the cursor in the search field when the tab opens
    TableFilter filter() const;
};

struct AttributeTableAction {
    std::optional<size_t> select;              // park feature index chosen in the table
    std::optional<std::string> toggle_compare; // park id ticked / unticked
    bool export_csv = false;
    std::vector<TableRow> shown;               // the filtered, sorted rows, as drawn
};

// Draws into the current window (the dock's table tab).
AttributeTableAction draw_attribute_table(const std::vector<TableRow>& rows, AttributeTableState& state,
                                          const std::set<std::string>& compare_ids, std::optional<size_t> selected,
                                          const analysis::Date& asof, i18n::Language lang);

}  // namespace ui
