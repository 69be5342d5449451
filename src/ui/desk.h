// The explore mode's desk: every docked panel drawn where the layout puts it, from the state,
// each handing back what the user asked for. Nothing here changes the state; the mode applies
// the actions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "state/app_state.h"
#include "ui/fonts.h"
#include "ui/layout.h"
#include "ui/panels/attribute_table.h"
#include "ui/panels/compare_panel.h"
#include "ui/panels/details_panel.h"
#include "ui/panels/gauge_panel.h"
#include "ui/panels/layers_panel.h"
#include "ui/panels/park_list.h"
#include "ui/panels/park_table.h"
#include "ui/panels/site_finder_panel.h"
#include "ui/panels/top_bar.h"
#include "ui/panels/tour_panel.h"

namespace ui {

// What the panels keep between frames: text fields, the table's filter and sort.
struct DeskWidgets {
    ParkListState parks;
    LayersTabState layers;
    AttributeTableState table;
    TourTabState tour;
    ExportMenuState exports;
    state::SiteFinderQuery finder;
};

// What the desk shows that is derived from the state (the mode keeps it up to date).
struct DeskView {
    const std::vector<TableRow>* table_rows = nullptr;
    DataNotes data_notes;
    std::string position;   // the status bar: where the cursor is
    ExportMenuContext exports;  // the top bar's Export menu (its widgets are DeskWidgets::exports)
    const analysis::SiteFinderResult* finder = nullptr;  // the site finder's answer to DeskWidgets::finder
};

struct DeskActions {
    TopBarAction top;
    ParkListAction parks;
    LayersAction layers;
    DetailsAction details;
    AttributeTableAction table;
    CompareAction compare;
    GaugeAction gauge;
    SiteFinderAction finder;
    TourAction tour;
    std::optional<bool> left_open;             // expand / collapse the left sidebar
    std::optional<state::SideTab> left_tab;    // a tab chosen (it expands the sidebar)
    geo::Box tour_tab;                         // where the Tour tab is (the state dump's)
    std::optional<bool> right_open;            // expand / collapse the details sidebar
    bool close_details = false;                // clear the selection
    std::optional<state::BottomTab> bottom_tab;
    bool close_bottom = false;
};

DeskActions draw_desk(const state::AppState& app, DeskWidgets& widgets, const DeskView& view, const DeskLayout& layout,
                      const MapFonts& fonts);

}  // namespace ui
