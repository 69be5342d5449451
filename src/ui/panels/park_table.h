// The attribute table's rows and what the user does to them: filter (text, status, minimum
// free land, tenant/developer words), sort by any column, export the shown rows as CSV.
// No ImGui here, so all of it is unit-tested.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "data/catalog.h"
#include "i18n/language.h"
#include "state/park_figures.h"

namespace ui {

enum class TableColumn { Name, Status, Area, Leasable, Occupancy, Occupied, Free, DistPort, Developer, Count };

struct TableRow {
    size_t feature = 0;                 // index in the parks layer (= in ParkFigures::parks)
    std::string id;
    std::string name;                   // full name in the UI language (CSV, tooltip)
    std::string label;                  // short name as on the map (the table's column)
    std::string status;                 // as in the layer: operating / building / planned
    std::optional<double> area_ha, lease_ha, occ_pct, occupied_ha, free_ha, dist_port_km;
    std::string occ_asof;               // date of occ_pct; empty when unknown
    std::string basis;                  // what occupied/free are computed on; empty when unknown
    std::string developer, tenants;
    std::string sources;                // "area: …; leasable: …; occupancy: …"
    std::string search_text;            // names and id, for the text filter
    std::string sector_text;            // developer, tenants, notes, pins' sectors and investors
};

struct TableFilter {
    std::string text;                   // accent-insensitive, every word must occur
    std::set<std::string> statuses;     // empty: any status
    double min_free_ha = 0.0;           // > 0: rows with free land unknown or smaller are hidden
    std::string sector;                 // accent-insensitive words in sector_text
};

struct TableSort {
    TableColumn column = TableColumn::Name;
    bool ascending = true;
};

// One row per park of `figures`, in layer order.
std::vector<TableRow> build_table_rows(const data::Catalog& catalog, const state::ParkFigures& figures, i18n::Language lang);

bool row_passes(const TableRow& row, const TableFilter& filter);

// The rows that pass, sorted. Unknown values sort last whatever the direction; ties by name.
std::vector<TableRow> filter_and_sort(const std::vector<TableRow>& rows, const TableFilter& filter, const TableSort& sort);

// The CSV columns of table_csv, in order.
inline constexpr const char* kTableCsvColumns[] = {
    "id", "name", "status", "area_ha", "leasable_ha", "occupancy_pct", "occupancy_asof", "occupied_ha", "free_ha",
    "basis", "straight_line_km_lach_huyen", "developer", "tenants", "table_asof", "sources"};

// RFC 4180 CSV of `rows` in their order (CRLF lines, UTF-8; an unknown number is an empty
// cell, an unknown text "unknown"), with the
// table's as-of date and each row's sources.
std::string table_csv(const std::vector<TableRow>& rows, const analysis::Date& asof);

// "parkatlas-parks-2024-11.csv"
std::string default_export_name(const analysis::Date& asof);

}  // namespace ui
