#include "ui/panels/park_table.h"

#include <algorithm>
#include <cstdio>

#include "analysis/stats_report.h"
#include "ui/map_overlay.h"
#include "ui/panels/feature_text.h"
#include "ui/panels/text_fold.h"

namespace ui {

namespace {

// A number in a CSV cell: empty when unknown, so that a spreadsheet reads the column as numbers.
std::string num(std::optional<double> v, int decimals = 2) {
    if (!v) return "";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, *v);
    return buf;
}

std::optional<double> numeric(const TableRow& r, TableColumn c) {
    switch (c) {
        case TableColumn::Area: return r.area_ha;
        case TableColumn::Leasable: return r.lease_ha;
        case TableColumn::Occupancy: return r.occ_pct;
        case TableColumn::Occupied: return r.occupied_ha;
        case TableColumn::Free: return r.free_ha;
        case TableColumn::DistPort: return r.dist_port_km;
        default: return std::nullopt;
    }
}

std::string textual(const TableRow& r, TableColumn c) {
    switch (c) {
        case TableColumn::Status: return r.status;
        case TableColumn::Developer: return fold_for_search(r.developer + " " + r.tenants);
        default: return fold_for_search(r.label);
    }
}

bool is_numeric(TableColumn c) { return c != TableColumn::Name && c != TableColumn::Status && c != TableColumn::Developer; }

}  // namespace

std::vector<TableRow> build_table_rows(const data::Catalog& catalog, const state::ParkFigures& figures, i18n::Language lang) {
    std::vector<TableRow> rows;
    if (!figures.ok()) return rows;
    const data::MapLayer& ml = catalog.layers[figures.parks_layer];
    const data::Layer& l = ml.layer;
    const data::MapLayer* projects = catalog.find(data::LayerRole::Projects);
    for (size_t i = 0; i < figures.parks.size() && i < l.features.size(); ++i) {
        const analysis::ParkAvailability& a = figures.parks[i];
        const data::Feature& f = l.features[i];
        TableRow r;
        r.feature = i;
        r.id = a.id;
        r.name = feature_title(ml, i, lang);
        r.label = map_label(l, f, lang);
        r.status = a.status;
        r.area_ha = a.area_ha.value;
        r.lease_ha = a.lease_ha.value;
        r.occ_pct = a.occ_pct.value;
        r.occ_asof = a.occ_pct.known() ? a.occ_pct.asof : "";
        r.occupied_ha = a.occupied_ha.value;
        r.free_ha = a.free_ha.value;
        r.basis = a.basis_ha.known() && a.occ_pct.known() ? a.basis : "";
        if (i < figures.distances.size() && !figures.distances[i].km.empty()) r.dist_port_km = figures.distances[i].km[0].second;
        r.developer = l.text(f, "developer").value_or("");
        r.tenants = l.text(f, "tenants").value_or("");
        auto add_source = [&](const char* what, const analysis::Figure& fig) {
            if (fig.known())
                r.sources += (r.sources.empty() ? "" : "; ") + std::string(what) + ": " +
                             data::cite(fig.source, catalog.sources, lang);
        };
        add_source("area", a.area_ha);
        add_source("leasable", a.lease_ha);
        add_source("occupancy", a.occ_pct);
        r.search_text = a.id + " | " + a.name + " | " + a.name_vi + " | " + r.name + " | " +
                        l.text(f, "label_vi").value_or("") + " | " + l.text(f, "label_en").value_or("");
        r.sector_text = r.developer + " | " + r.tenants + " | " + l.text(f, "notes").value_or("");
        // The sectors a public source says the park welcomes, as keys and in the table's language.
        if (const analysis::Fact* sectors = figures.facts.latest(a.id, analysis::fact::kSectors))
            for (const auto& key : analysis::sector_list(sectors->text))
                r.sector_text += " | " + key + " " + analysis::sector_words(key, lang);
        if (projects)
            for (const auto& pf : projects->layer.features)
                if (projects->layer.text(pf, "park_id") == a.id)
                    r.sector_text += " | " + projects->layer.text(pf, "sector").value_or("") + " " +
                                     projects->layer.text(pf, "investor").value_or("");
        rows.push_back(std::move(r));
    }
    return rows;
}

bool row_passes(const TableRow& row, const TableFilter& filter) {
    if (!filter.text.empty() && !search_matches(row.search_text, filter.text)) return false;
    if (!filter.statuses.empty() && !filter.statuses.count(row.status)) return false;
    // A park whose free land is unknown stays in (shown "unknown", sorted last): an unknown is
    // not a no, and the new parks are exactly the ones without a figure.
    if (filter.min_free_ha > 0.0 && row.free_ha && *row.free_ha < filter.min_free_ha) return false;
    if (!filter.sector.empty() && !search_matches(row.sector_text, filter.sector)) return false;
    return true;
}

std::vector<TableRow> filter_and_sort(const std::vector<TableRow>& rows, const TableFilter& filter, const TableSort& sort) {
    std::vector<TableRow> out;
    for (const auto& r : rows)
        if (row_passes(r, filter)) out.push_back(r);
    const TableColumn c = sort.column;
    std::stable_sort(out.begin(), out.end(), [&](const TableRow& a, const TableRow& b) {
        if (is_numeric(c)) {
            const auto va = numeric(a, c), vb = numeric(b, c);
            if (va.has_value() != vb.has_value()) return va.has_value();  // unknown last
            if (va && *va != *vb) return sort.ascending ? *va < *vb : *va > *vb;
        } else {
            const std::string ta = textual(a, c), tb = textual(b, c);
            if (ta.empty() != tb.empty()) return !ta.empty();
            if (ta != tb) return sort.ascending ? ta < tb : ta > tb;
        }
        return fold_for_search(a.label) < fold_for_search(b.label);
    });
    return out;
}

std::string table_csv(const std::vector<TableRow>& rows, const analysis::Date& asof) {
    std::string out;
    auto line = [&](const std::vector<std::string>& cells) {
        for (size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + analysis::csv_field(cells[i]);
        out += "\r\n";
    };
    line(std::vector<std::string>(std::begin(kTableCsvColumns), std::end(kTableCsvColumns)));
    auto or_unknown = [](const std::string& s) { return s.empty() ? std::string("unknown") : s; };
    for (const auto& r : rows)
        line({r.id, r.name, or_unknown(r.status), num(r.area_ha), num(r.lease_ha), num(r.occ_pct), or_unknown(r.occ_asof),
              num(r.occupied_ha, 0), num(r.free_ha, 0), or_unknown(r.basis), num(r.dist_port_km), or_unknown(r.developer),
              or_unknown(r.tenants), asof.to_string(), or_unknown(r.sources)});
    return out;
}

std::string default_export_name(const analysis::Date& asof) { return "parkatlas-parks-" + asof.to_string() + ".csv"; }

}  // namespace ui
