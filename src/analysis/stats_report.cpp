#include "analysis/stats_report.h"

#include <cstdio>
#include <map>
#include <vector>

#include "analysis/availability.h"
#include "analysis/distances.h"
#include "data/catalog.h"

namespace analysis {

namespace {

constexpr const char* kUnknown = "unknown";
constexpr const char* kDistanceNote =
    "geodesic (WGS 84) distances from the label point of the park's approximate outline (placed within 1-3 km) "
    "to the landmark point; approximate";

std::string num(std::optional<double> v, int decimals = 2) {
    if (!v) return kUnknown;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, *v);
    return buf;
}

std::string or_unknown(const std::string& s) { return s.empty() ? kUnknown : s; }

// A number in a CSV cell: empty when unknown, so that a spreadsheet reads the column as numbers.
std::string csv_num(std::optional<double> v, int decimals = 2) { return v ? num(v, decimals) : std::string(); }

std::string md_cell(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '|') out += "\\|";
        else if (c == '\n' || c == '\r') out += ' ';
        else out += c;
    }
    return out;
}

std::string join(const std::vector<std::string>& v, const char* sep = ", ") {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
    return s;
}

std::string gauge_note(const Decree35Gauge& g, const std::string& id) {
    for (const auto& p : g.included)
        if (p.id == id) return "in the Decree 35 gauge";
    for (const auto& e : g.excluded)
        if (e.id == id) return "left out of the Decree 35 gauge: " + e.reason;
    return "";
}

void write_csv_row(std::ostream& out, const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) out << (i ? "," : "") << csv_field(cells[i]);
    out << "\r\n";
}

}  // namespace

std::optional<Format> parse_format(std::string_view t) {
    if (t == "csv") return Format::Csv;
    if (t == "md") return Format::Md;
    return std::nullopt;
}

std::string csv_field(std::string_view t) {
    const bool quote = t.find_first_of(",\"\r\n") != std::string_view::npos ||
                       (!t.empty() && (t.front() == ' ' || t.back() == ' '));
    if (!quote) return std::string(t);
    std::string s = "\"";
    for (char c : t) {
        if (c == '"') s += '"';
        s += c;
    }
    return s + "\"";
}

bool write_stats(std::ostream& out, const data::Catalog& catalog, const Metrics& metrics_in, const Date& asof,
                 Format format, const WhatIf& what_if) {
    const data::MapLayer* parks = catalog.find(data::LayerRole::Parks);
    if (!parks) return false;
    Metrics metrics = metrics_in;
    join_parks(metrics, parks->layer);
    const auto avail = compute_availability(parks->layer, metrics, asof);
    const auto gauge = compute_gauge(avail, metrics, asof, what_if);
    std::map<std::string, ParkDistances> dist;
    for (auto& d : park_landmark_distances(catalog)) dist[d.park_id] = d;
    auto km = [&](const std::string& id, size_t k) -> std::optional<double> {
        auto it = dist.find(id);
        if (it == dist.end() || k >= it->second.km.size()) return std::nullopt;
        return it->second.km[k].second;
    };

    if (format == Format::Csv) {
        write_csv_row(out, std::vector<std::string>(std::begin(kCsvColumns), std::end(kCsvColumns)));
        for (const auto& a : avail) {
            std::string note = gauge_note(gauge, a.id);
            if (!a.handover.empty()) note += (note.empty() ? "" : "; ") + ("hand-over: " + a.handover);
            if (km(a.id, 0)) note += std::string(note.empty() ? "" : "; ") + "distances: " + kDistanceNote;
            const std::string occ_src = a.occ_pct.known() ? a.occ_pct.source : "";
            write_csv_row(out, {"park", a.id, a.name, or_unknown(a.status), a.established ? "yes" : "no",
                                csv_num(a.area_ha.value), or_unknown(a.area_ha.source), csv_num(a.lease_ha.value),
                                or_unknown(a.lease_ha.source), csv_num(a.occ_pct.value), or_unknown(a.occ_pct.asof),
                                or_unknown(occ_src), csv_num(a.occupied_ha.value), csv_num(a.free_ha.value), or_unknown(a.basis),
                                csv_num(km(a.id, 0)), csv_num(km(a.id, 1)), csv_num(km(a.id, 2)), note});
        }
        std::string note = "verdict: " + gauge.verdict();
        note += "; below the average: " + or_unknown(join(gauge.below_average, " "));
        note += "; below 60%: " + (gauge.below_threshold.empty() ? std::string("none") : join(gauge.below_threshold, " "));
        if (gauge.mixed_bases) note += "; weights mix leasable land and total area";
        if (!gauge.what_if_notes.empty()) note += "; what-if: " + join(gauge.what_if_notes, ", ");
        write_csv_row(out, {"gauge", "_established", "established parks, area-weighted (Decree 35/2022 art. 9(6))", "",
                            "yes", "", "", "", "", csv_num(gauge.average_pct), asof.to_string(),
                            "computed from the park rows marked 'in the Decree 35 gauge'", csv_num(gauge.occupied_ha),
                            gauge.average_pct ? csv_num(gauge.weight_ha - gauge.occupied_ha) : std::string(),
                            "weights: leasable land, else total area", "", "", "", note});
        for (const auto& r : {gauge.reported_all_land, gauge.reported_handed_over})
            if (r)
                write_csv_row(out, {"reported_city", kCityId, "city-wide average reported by the authorities", "", "yes", "",
                                    "", "", "", csv_num(r->occ_pct), r->date, r->source, "", "", to_string(r->basis), "", "",
                                    "", ""});
        return true;
    }

    // Markdown, for people: sources cited as documents and sites, not as the data's keys.
    auto cited = [&](const std::string& raw) { return data::cite(raw, catalog.sources, false); };
    out << "# Land availability of Hai Phong's industrial parks as of " << asof.to_string() << "\n\n";
    out << "Each figure is given with its as-of date and source; \"unknown\" means no source gives it. "
           "Occupancy is the latest dated figure on or before "
        << asof.to_string() << " (" << metrics.path << ", else the parks layer). "
        << "Occupied = occupancy × leasable land, or × total area when leasable land is unknown; free = that area − occupied.\n\n";
    out << "| id | name | status | est | area ha | leasable ha | occupancy % | as of | occupied ha | free ha | basis | "
           "to Lạch Huyện km | sources |\n";
    out << "|---|---|---|---|---:|---:|---:|---|---:|---:|---|---:|---|\n";
    for (const auto& a : avail) {
        std::string src;
        if (a.area_ha.known()) src += "area: " + cited(a.area_ha.source);
        if (a.lease_ha.known()) src += (src.empty() ? "" : "; ") + ("leasable: " + cited(a.lease_ha.source));
        if (a.occ_pct.known()) src += (src.empty() ? "" : "; ") + ("occupancy: " + cited(a.occ_pct.source));
        out << "| " << a.id << " | " << md_cell(a.name) << " | " << or_unknown(a.status) << " | "
            << (a.established ? "yes" : "no") << " | " << num(a.area_ha.value) << " | " << num(a.lease_ha.value) << " | "
            << num(a.occ_pct.value) << " | " << or_unknown(a.occ_pct.asof) << " | " << num(a.occupied_ha.value) << " | "
            << num(a.free_ha.value) << " | " << or_unknown(a.basis) << " | " << num(km(a.id, 0), 1) << " | "
            << md_cell(or_unknown(src)) << " |\n";
    }
    out << "\nDistances: " << kDistanceNote << ".\n\n";

    out << "## Decree 35/2022/NĐ-CP art. 9(6) gauge as of " << asof.to_string() << "\n\n";
    out << "**Verdict:** " << md_cell(gauge.verdict()) << ".\n\n";
    out << "Area-weighted occupancy of the established parks with both figures known: Σ occupancy × area / Σ area = "
        << num(gauge.occupied_ha) << " ha / " << num(gauge.weight_ha) << " ha = "
        << (gauge.average_pct ? num(gauge.average_pct) + "%" : std::string(kUnknown)) << ".\n";
    if (gauge.mixed_bases)
        out << "The weights mix leasable land (where sourced) and total area (elsewhere), as in the table.\n";
    out << "\n| included park | occupancy % | as of | weight ha | basis | occupancy source |\n|---|---:|---|---:|---|---|\n";
    for (const auto& p : gauge.included)
        out << "| " << p.id << " | " << num(p.occ_pct) << " | " << p.occ_asof << " | " << num(p.weight_ha) << " | "
            << p.basis << " | " << md_cell(cited(p.occ_source)) << " |\n";
    out << "\nLeft out:\n\n";
    if (gauge.excluded.empty()) out << "- none\n";
    for (const auto& e : gauge.excluded) out << "- " << e.id << ": " << md_cell(e.reason) << "\n";
    out << "\nBelow the computed average: " << (gauge.below_average.empty() ? "none" : join(gauge.below_average)) << ".  \n";
    out << "Below 60%: " << (gauge.below_threshold.empty() ? "none" : join(gauge.below_threshold)) << ".\n\n";
    if (!gauge.what_if_notes.empty()) out << "What-if: " << md_cell(join(gauge.what_if_notes)) << ".\n\n";
    out << "Reported city-wide figures (all 14 established parks):\n\n";
    out << "| basis | occupancy % | as of | source |\n|---|---:|---|---|\n";
    out << "| all land | " << (gauge.reported_all_land ? num(gauge.reported_all_land->occ_pct) : kUnknown) << " | "
        << (gauge.reported_all_land ? gauge.reported_all_land->date : kUnknown) << " | "
        << (gauge.reported_all_land ? md_cell(cited(gauge.reported_all_land->source)) : kUnknown) << " |\n";
    out << "| land handed over | " << (gauge.reported_handed_over ? num(gauge.reported_handed_over->occ_pct) : kUnknown)
        << " | " << (gauge.reported_handed_over ? gauge.reported_handed_over->date : kUnknown) << " | "
        << (gauge.reported_handed_over ? md_cell(cited(gauge.reported_handed_over->source)) : kUnknown) << " |\n";
    if (!metrics.parks_without_rows.empty())
        out << "\nParks with no row in " << metrics.path << ": " << join(metrics.parks_without_rows) << ".\n";
    return true;
}

}  // namespace analysis
