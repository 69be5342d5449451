// The land-availability report: one row per park (area, leasable land, occupancy, occupied and
// free land, distance to Lạch Huyện port) and the Decree 35 gauge with its verdict. Every figure
// carries its as-of date and source; a figure no source gives is written "unknown".
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "analysis/decree35_gauge.h"
#include "analysis/park_facts.h"
#include "analysis/park_metrics_csv.h"

namespace data {
struct Catalog;
}

namespace analysis {

enum class Format { Csv, Md };

std::optional<Format> parse_format(std::string_view text);  // "csv" or "md"

// The CSV columns, in order. Rows: record = "park" (one per park), "gauge" (one), "reported_city"
// (one per basis the table has a figure for as of the date).
inline constexpr const char* kCsvColumns[] = {
    "record", "id", "name", "status", "established", "area_ha", "area_source", "leasable_ha", "leasable_source",
    "occupancy_pct", "occupancy_asof", "occupancy_source", "occupied_ha", "free_ha", "basis", "dist_lach_huyen_km",
    "dist_cat_bi_km", "dist_city_centre_km", "note"};

// Writes the report for the parks layer of `catalog`, joined with `metrics` (join_parks is applied
// to a copy). Returns false, writing nothing, when the catalog has no parks layer.
// `lang`: the words of the Markdown report and the human columns of the CSV (name, note...);
// the CSV's column names and codes stay the same in every language.
bool write_stats(std::ostream& out, const data::Catalog& catalog, const Metrics& metrics, const Date& asof, Format format,
                 const WhatIf& what_if = {}, i18n::Language lang = i18n::Language::En, const ParkFacts* facts = nullptr);

// One CSV field, quoted when it needs to be (RFC 4180).
std::string csv_field(std::string_view text);

// Text for a Markdown table cell: '|' escaped, line breaks as spaces.
std::string md_cell(std::string_view text);

}  // namespace analysis
