#include "analysis/stats_report.h"

#include <cstdio>
#include <map>
#include <vector>

#include "analysis/availability.h"
#include "analysis/distances.h"
#include "analysis/site_finder.h"
#include "data/catalog.h"
#include "data/park_model.h"
#include "i18n/number_format.h"

namespace analysis {

namespace {

using i18n::N_;
constexpr const char* kDistanceNote = N_(
    "geodesic (WGS 84) distances from the label point of the park's approximate outline (placed within 1-3 km) "
    "to the landmark point; approximate");

// The report's language: set for the one call of write_stats that is writing.
thread_local i18n::Language t_lang = i18n::Language::En;

const char* T(const char* english) { return i18n::tr(english, t_lang); }
std::string unknown() { return T("unknown"); }

// A number in the Markdown report, as the report's language writes it ("1,566.00", "1.566,00").
std::string num(std::optional<double> v, int decimals = 2) { return v ? i18n::format_fixed(*v, decimals, t_lang) : unknown(); }

// A date in the Markdown report ("Dec 2023", "T12/2023", "2023年12月"); text that is not a date as it is.
std::string date_text(const std::string& iso) {
    const auto d = parse_date(iso);
    return d ? i18n::format_month(d->year, d->month, d->day, t_lang) : iso;
}

std::string or_unknown(const std::string& s) { return s.empty() ? unknown() : s; }

// Land computed from a percentage: "≈ 175", whole hectares (the column says ha).
std::string approx(std::optional<double> v) {
    if (!v) return unknown();
    const std::string s = approx_hectares(*v, t_lang);
    return s.substr(0, s.size() - 3);
}

// A number in a CSV cell: empty when unknown, so that a spreadsheet reads the column as numbers
// (a dot for decimals in every language: the CSV is for programs).
std::string csv_num(std::optional<double> v, int decimals = 2) {
    if (!v) return {};
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, *v);
    return buf;
}


std::string join(const std::vector<std::string>& v, const char* sep = ", ") {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
    return s;
}

std::string join(const std::vector<i18n::Message>& v, const char* sep = ", ") {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : sep) + x.in(t_lang);
    return s;
}

std::string gauge_note(const Decree35Gauge& g, const std::string& id) {
    for (const auto& p : g.included)
        if (p.id == id) return T("in the Decree 35 gauge");
    for (const auto& e : g.excluded)
        if (e.id == id) return i18n::trf(N_("left out of the Decree 35 gauge: {0}"), t_lang, {e.reason.in(t_lang)});
    return "";
}

// A park's name in the report's language: the data's, else the English.
std::string park_name(const data::Layer& parks, const ParkAvailability& a) {
    for (const auto& f : parks.features)
        if (parks.text(f, "id") == a.id)
            if (auto n = parks.text(f, i18n::name_field(t_lang)); n && !n->empty()) return *n;
    return a.name;
}

void write_csv_row(std::ostream& out, const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) out << (i ? "," : "") << csv_field(cells[i]);
    out << "\r\n";
}

// The city's investment figures from park_facts.csv known as of the date, oldest first: FDI and
// domestic investment per year and cumulative, and the parks' workforce.
template <typename Cite>
void write_city_investment(std::ostream& out, const ParkFacts& facts, const Date& asof, const Cite& cited) {
    static constexpr std::pair<const char*, const char*> kFigures[] = {
        {"fdi_musd_year", N_("FDI attracted in the year, million USD")},
        {"fdi_cumulative_musd", N_("FDI, cumulative, million USD")},
        {"fdi_projects_cumulative", N_("FDI projects, cumulative")},
        {"ddi_bvnd_year", N_("Domestic investment in the year, billion VND")},
        {"ddi_cumulative_bvnd", N_("Domestic investment, cumulative, billion VND")},
        {"workforce_parks", N_("Workers in the parks and zones")},
    };
    std::string rows;
    for (const auto& [key, words] : kFigures)
        for (const Fact* f : facts.history(kCityId, key))
            if (f->asof && known_as_of(f->asof->date, asof))
                rows += "| " + std::string(T(words)) + " | " + f->asof->text + " | " + i18n::format_number(*f->value, 2, t_lang) + " | " + md_cell(cited(f->source)) + " |\n";
    if (rows.empty()) return;
    out << "\n## " << T(N_("Investment in the city's parks and zones")) << "\n\n"
        << T(N_("As the sources give them; the Economic Zone Authority counts the parks and zones, the city's reports the whole "
                "city, so two figures of one year may differ (the scope is in each row's note in park_facts.csv)."))
        << "\n\n| " << T("figure") << " | " << T("as of") << " | " << T("value") << " | " << T("source") << " |\n|---|---|---:|---|\n"
        << rows;
}

}  // namespace

std::optional<Format> parse_format(std::string_view t) {
    if (t == "csv") return Format::Csv;
    if (t == "md") return Format::Md;
    return std::nullopt;
}

std::string md_cell(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '|') out += "\\|";
        else if (c == '\n' || c == '\r') out += ' ';
        else out += c;
    }
    return out;
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
                 Format format, const WhatIf& what_if, i18n::Language lang, const ParkFacts* facts) {
    t_lang = lang;
    const data::MapLayer* parks = catalog.find(data::LayerRole::Parks);
    if (!parks) return false;
    Metrics metrics = metrics_in;
    join_parks(metrics, parks->layer);
    const auto avail = compute_availability(parks->layer, metrics, asof, facts);
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
            if (!a.handover.empty()) note += (note.empty() ? "" : "; ") + i18n::trf(N_("hand-over: {0}"), lang, {a.handover});
            if (km(a.id, 0)) note += (note.empty() ? "" : "; ") + i18n::trf(N_("distances: {0}"), lang, {T(kDistanceNote)});
            const std::string occ_src = a.occ_pct.known() ? a.occ_pct.source : "";
            write_csv_row(out, {"park", a.id, park_name(parks->layer, a), or_unknown(a.status), a.established ? "yes" : "no",
                                csv_num(a.area_ha.value), or_unknown(a.area_ha.source), csv_num(a.lease_ha.value),
                                or_unknown(a.lease_ha.source), csv_num(a.occ_pct.value), or_unknown(a.occ_pct.asof),
                                or_unknown(occ_src), csv_num(a.occupied_ha.value, 0), csv_num(a.free_ha.value, 0),
                                a.basis.empty() ? unknown() : T(a.basis.c_str()),
                                csv_num(km(a.id, 0)), csv_num(km(a.id, 1)), csv_num(km(a.id, 2)), note});
        }
        std::string note = i18n::trf(N_("verdict: {0}"), lang, {gauge.verdict(lang)});
        note += i18n::trf(N_("; below the average: {0}"), lang, {or_unknown(join(gauge.below_average, " "))});
        note += i18n::trf(N_("; below 60%: {0}"), lang,
                          {gauge.below_threshold.empty() ? std::string(T("none")) : join(gauge.below_threshold, " ")});
        if (gauge.mixed_bases) note += T("; weights mix leasable land and total area");
        if (!gauge.what_if_notes.empty()) note += i18n::trf(N_("; what-if: {0}"), lang, {join(gauge.what_if_notes, ", ")});
        write_csv_row(out, {"gauge", "_established", T("established parks, area-weighted (Decree 35/2022 art. 9(6))"), "",
                            "yes", "", "", "", "", csv_num(gauge.average_pct), asof.to_string(),
                            T("computed from the park rows marked 'in the Decree 35 gauge'"), csv_num(gauge.occupied_ha),
                            gauge.average_pct ? csv_num(gauge.weight_ha - gauge.occupied_ha) : std::string(),
                            T("weights: leasable land, else total area"), "", "", "", note});
        for (const auto& r : {gauge.reported_all_land, gauge.reported_handed_over})
            if (r)
                write_csv_row(out, {"reported_city", kCityId, T("city-wide average reported by the authorities"), "", "yes", "",
                                    "", "", "", csv_num(r->occ_pct), r->date, r->source, "", "", to_string(r->basis), "", "",
                                    "", r->date_basis == DateBasis::Stated ? "" : r->when(lang)});
        return true;
    }

    // Markdown, for people: in their language, sources cited as documents and sites.
    auto cited = [&](const std::string& raw) { return data::cite(raw, catalog.sources, lang); };
    auto yes_no = [&](bool b) { return std::string(T(b ? "yes" : "no")); };
    auto status = [&](const std::string& st) { return std::string(data::status_words(st, lang)); };
    out << i18n::trf(N_("# Land availability of Hai Phong's industrial parks as of {0}"), lang, {date_text(asof.to_string())}) << "\n\n";
    out << i18n::trf(N_("Each figure is given with its as-of date and source; \"unknown\" means no source gives it. Occupancy is "
                        "the latest dated figure on or before {0} ({1}, else the parks layer). Occupied = occupancy × "
                        "leasable land, or × total area when leasable land is unknown; free = that area − occupied."),
                     lang, {date_text(asof.to_string()), metrics.path})
        << " " << T(N_("Occupied and free land are computed from a percentage, not measured: they are rounded to whole "
                       "hectares and marked ≈. Statuses are those of the date."))
        << "\n\n";
    if (auto merged = merger_note(asof, lang); !merged.empty()) out << "**" << merged << "**\n\n";
    out << "| id | " << T("name") << " | " << T("status") << " | " << T("est.") << " | " << T("area ha") << " | "
        << T("leasable ha") << " | " << T("occupancy %") << " | " << T("as of") << " | " << T("occupied ha") << " | "
        << T("free ha") << " | " << T("basis") << " | " << T("to Lạch Huyện km") << " | " << T("sources") << " |\n";
    out << "|---|---|---|---|---:|---:|---:|---|---:|---:|---|---:|---|\n";
    for (const auto& a : avail) {
        std::string src;
        if (a.area_ha.known()) src += i18n::trf(N_("area: {0}"), lang, {cited(a.area_ha.source)});
        if (a.lease_ha.known()) src += (src.empty() ? "" : "; ") + i18n::trf(N_("leasable: {0}"), lang, {cited(a.lease_ha.source)});
        if (a.occ_pct.known()) src += (src.empty() ? "" : "; ") + i18n::trf(N_("occupancy: {0}"), lang, {cited(a.occ_pct.source)});
        out << "| " << a.id << " | " << md_cell(park_name(parks->layer, a)) << " | " << status(a.status) << " | "
            << yes_no(a.established) << " | " << num(a.area_ha.value) << " | " << num(a.lease_ha.value) << " | "
            << num(a.occ_pct.value) << " | " << (a.occ_pct.asof.empty() ? unknown() : date_text(a.occ_pct.asof)) << " | " << approx(a.occupied_ha.value) << " | "
            << approx(a.free_ha.value) << " | " << (a.basis.empty() ? unknown() : T(a.basis.c_str())) << " | "
            << num(km(a.id, 0), 1) << " | " << md_cell(or_unknown(src)) << " |\n";
    }
    out << "\n" << i18n::trf(N_("Distances: {0}."), lang, {T(kDistanceNote)}) << "\n\n";
    // How much of the city the areas cover: what the computed average can speak for.
    int established = 0, with_area = 0;
    std::vector<std::string> no_area;
    for (const auto& a : avail) {
        if (!a.established) continue;
        ++established;
        if (a.area_ha.known()) ++with_area;
        else no_area.push_back(park_name(parks->layer, a));
    }
    out << i18n::trf(N_("Established parks with a sourced total area: {0} of {1}; unknown: {2}."), lang,
                     {std::to_string(with_area), std::to_string(established), no_area.empty() ? T("none") : join(no_area)})
        << "\n\n";

    out << i18n::trf(N_("## Decree 35/2022/NĐ-CP art. 9(6) gauge as of {0}"), lang, {date_text(asof.to_string())}) << "\n\n";
    out << i18n::trf(N_("**Verdict:** {0}."), lang, {md_cell(gauge.verdict(lang))}) << "\n\n";
    out << i18n::trf(N_("Area-weighted occupancy of the established parks with both figures known: Σ occupancy × area / Σ "
                        "area = {0} ha / {1} ha = {2}."),
                     lang,
                     {num(gauge.occupied_ha), num(gauge.weight_ha), gauge.average_pct ? num(gauge.average_pct) + "%" : unknown()})
        << "\n";
    if (gauge.mixed_bases) out << T("The weights mix leasable land (where sourced) and total area (elsewhere), as in the table.") << "\n";
    out << "\n| " << T("included park") << " | " << T("occupancy %") << " | " << T("as of") << " | " << T("weight ha") << " | "
        << T("basis") << " | " << T("occupancy source") << " |\n|---|---:|---|---:|---|---|\n";
    for (const auto& p : gauge.included)
        out << "| " << p.id << " | " << num(p.occ_pct) << " | " << (p.overridden ? std::string(T("what-if")) : date_text(p.occ_asof)) << " | "
            << num(p.weight_ha) << " | " << T(p.basis.c_str()) << " | "
            << md_cell(p.overridden ? T("what-if") : cited(p.occ_source)) << " |\n";
    out << "\n" << T("Left out:") << "\n\n";
    if (gauge.excluded.empty()) out << "- " << T("none") << "\n";
    for (const auto& e : gauge.excluded) out << "- " << e.id << ": " << md_cell(e.reason.in(lang)) << "\n";
    out << "\n" << i18n::trf(N_("Below the computed average: {0}."), lang,
                            {gauge.below_average.empty() ? T("none") : join(gauge.below_average)})
        << "  \n";
    out << i18n::trf(N_("Below 60%: {0}."), lang, {gauge.below_threshold.empty() ? T("none") : join(gauge.below_threshold)})
        << "\n\n";
    if (!gauge.what_if_notes.empty())
        out << i18n::trf(N_("What-if: {0}."), lang, {md_cell(join(gauge.what_if_notes))}) << "\n\n";
    out << T("Reported city-wide figures (all 14 established parks):") << "\n\n";
    out << "| " << T("basis") << " | " << T("occupancy %") << " | " << T("as of") << " | " << T("source") << " |\n|---|---:|---|---|\n";
    for (const auto& [figure, basis] : {std::pair{&gauge.reported_all_land, N_("all land")},
                                        std::pair{&gauge.reported_handed_over, N_("land handed over")}})
        out << "| " << T(basis) << " | " << (*figure ? num((*figure)->occ_pct) : unknown()) << " | "
            << (*figure ? (*figure)->when(lang) : unknown()) << " | " << (*figure ? md_cell(cited((*figure)->source)) : unknown())
            << " |\n";
    if (!metrics.parks_without_rows.empty())
        out << "\n" << i18n::trf(N_("Parks with no row in {0}: {1}."), lang, {metrics.path, join(metrics.parks_without_rows)})
            << "\n";
    if (facts) write_city_investment(out, *facts, asof, cited);
    return true;
}

}  // namespace analysis
