#include "analysis/park_metrics_csv.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include "analysis/csv_text.h"
#include "i18n/catalogue.h"
#include "i18n/number_format.h"
#include "data/layer.h"

namespace analysis {

namespace {

using csv::parse_number;
using csv::trim;
using csv::valid_utf8;

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int to_int(std::string_view s) {
    int v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : kDays[static_cast<size_t>(m - 1)];
}

constexpr std::array<const char*, 7> kColumns = {"park_id", "date", "occ_pct", "occ_basis", "leased_ha", "source", "date_basis"};
constexpr size_t kRequiredColumns = 6;  // date_basis may be left out
constexpr const char* kHeaderLine = "park_id,date,occ_pct,occ_basis,leased_ha,source";

}  // namespace

std::string Date::to_string() const {
    char buf[32];
    if (day)
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    else
        std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    return buf;
}

std::optional<Date> parse_date(std::string_view t) {
    t = trim(t);
    if (t.size() != 7 && t.size() != 10) return std::nullopt;
    if (t[4] != '-' || !all_digits(t.substr(0, 4)) || !all_digits(t.substr(5, 2))) return std::nullopt;
    Date d{to_int(t.substr(0, 4)), to_int(t.substr(5, 2)), 0};
    if (d.year < 1900 || d.year > 2200 || d.month < 1 || d.month > 12) return std::nullopt;
    if (t.size() == 10) {
        if (t[7] != '-' || !all_digits(t.substr(8, 2))) return std::nullopt;
        d.day = to_int(t.substr(8, 2));
        if (d.day < 1 || d.day > days_in_month(d.year, d.month)) return std::nullopt;
    }
    return d;
}

bool known_as_of(const Date& figure, const Date& asof) {
    const int f = figure.year * 10000 + figure.month * 100 + figure.day;  // month-only: day 0
    const int a = asof.year * 10000 + asof.month * 100 + (asof.day ? asof.day : 99);
    return f <= a;
}

bool earlier(const Date& a, const Date& b) {
    return std::tie(a.year, a.month, a.day) < std::tie(b.year, b.month, b.day);
}

std::string date_words(const Date& d, DateBasis basis, i18n::Language lang) {
    const std::string month = i18n::format_month(d.year, d.month, d.day, lang);
    switch (basis) {
    case DateBasis::Placed: return i18n::trf(i18n::N_("{0}, undated in the source"), lang, {month});
    case DateBasis::Approximate: return "≈ " + month;
    case DateBasis::Stated: break;
    }
    return month;
}

const char* to_string(OccBasis b) { return b == OccBasis::HandedOver ? "handed_over" : "all_land"; }

const MetricRecord* Metrics::latest(std::string_view park_id, const Date& asof, OccBasis basis) const {
    const MetricRecord* best = nullptr;
    for (const auto& r : records) {
        if (r.park_id != park_id || r.basis != basis || !r.occ_pct || !known_as_of(r.date, asof)) continue;
        if (!best || !earlier(r.date, best->date)) best = &r;
    }
    return best;
}

std::optional<Date> Metrics::latest_date() const {
    std::optional<Date> d;
    for (const auto& r : records)
        if (!d || earlier(*d, r.date)) d = r.date;
    return d;
}

Metrics parse_park_metrics(std::string_view text, const std::string& path) {
    Metrics m;
    m.path = path;
    m.read_ok = true;
    auto warn = [&](int line, const char* text, std::vector<std::string> args = {}) {
        m.warnings.push_back(data::diagnostic(data::Severity::Warning, path + ":" + std::to_string(line), text, std::move(args)));
    };
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);

    std::string error;
    int error_line = 0;
    std::vector<csv::Row> rows = csv::split(text, &error, &error_line);
    if (!error.empty()) warn(error_line, i18n::N_("a quoted field opened here is never closed; the rest of the file is read as one field"));
    if (rows.empty()) {
        warn(1, i18n::N_("no header line; expected {0}"), {kHeaderLine});
        return m;
    }

    // Header: the six columns and the optional date_basis, in any order; another column is an
    // error of the whole file.
    std::array<int, kColumns.size()> col{};
    col.fill(-1);
    const csv::Row& header = rows.front();
    bool header_ok = header.cells.size() == kColumns.size() || header.cells.size() == kRequiredColumns;
    for (size_t c = 0; c < header.cells.size() && header_ok; ++c) {
        const std::string_view name = trim(header.cells[c]);
        bool found = false;
        for (size_t k = 0; k < kColumns.size(); ++k)
            if (name == kColumns[k] && col[k] < 0) {
                col[k] = static_cast<int>(c);
                found = true;
            }
        header_ok = found;
    }
    for (size_t k = 0; k < kRequiredColumns; ++k) header_ok &= col[k] >= 0;
    const size_t ncol = header.cells.size();
    if (!header_ok) {
        warn(header.line, i18n::N_("the header must name the columns {0}; no row read"), {kHeaderLine});
        return m;
    }

    for (size_t r = 1; r < rows.size(); ++r) {
        const csv::Row& row = rows[r];
        if (row.cells.size() != ncol) {
            warn(row.line, i18n::N_("expected {0} columns, found {1}; row skipped"),
                 {std::to_string(ncol), std::to_string(row.cells.size())});
            continue;
        }
        auto cell = [&](size_t k) { return std::string(trim(row.cells[static_cast<size_t>(col[k])])); };
        bool bad_text = false;
        for (const auto& c : row.cells) bad_text |= !valid_utf8(c);
        if (bad_text) {
            warn(row.line, i18n::N_("text is not valid UTF-8; row skipped"));
            continue;
        }
        MetricRecord rec;
        rec.line = row.line;
        rec.park_id = cell(0);
        rec.source = cell(5);
        if (rec.park_id.empty()) {
            warn(row.line, i18n::N_("empty park_id; row skipped"));
            continue;
        }
        const auto date = parse_date(cell(1));
        if (!date) {
            warn(row.line, i18n::N_("bad date '{0}' (expected YYYY-MM or YYYY-MM-DD); row skipped"), {cell(1)});
            continue;
        }
        rec.date = *date;
        const std::string occ = cell(2);
        if (!occ.empty()) {
            rec.occ_pct = parse_number(occ);
            if (!rec.occ_pct || *rec.occ_pct < 0.0 || *rec.occ_pct > 100.0) {
                warn(row.line, i18n::N_("bad occ_pct '{0}' (expected a number from 0 to 100); row skipped"), {occ});
                continue;
            }
        }
        const std::string basis = cell(3);
        if (basis == "all_land")
            rec.basis = OccBasis::AllLand;
        else if (basis == "handed_over")
            rec.basis = OccBasis::HandedOver;
        else {
            warn(row.line, i18n::N_("bad occ_basis '{0}' (expected all_land or handed_over); row skipped"), {basis});
            continue;
        }
        const std::string leased = cell(4);
        if (!leased.empty()) {
            rec.leased_ha = parse_number(leased);
            if (!rec.leased_ha || *rec.leased_ha < 0.0) {
                warn(row.line, i18n::N_("bad leased_ha '{0}' (expected a number of hectares); row skipped"), {leased});
                continue;
            }
        }
        if (!rec.occ_pct && !rec.leased_ha) {
            warn(row.line, i18n::N_("neither occ_pct nor leased_ha is given; row skipped"));
            continue;
        }
        if (rec.source.empty()) {
            warn(row.line, i18n::N_("no source; row skipped (every figure must name its source)"));
            continue;
        }
        const std::string date_basis = col[6] >= 0 ? cell(6) : "";
        if (date_basis == "placed")
            rec.date_basis = DateBasis::Placed;
        else if (date_basis == "approximate")
            rec.date_basis = DateBasis::Approximate;
        else if (!date_basis.empty() && date_basis != "stated") {
            warn(row.line, i18n::N_("bad date_basis '{0}' (expected stated, placed or approximate); row skipped"), {date_basis});
            continue;
        }
        m.records.push_back(std::move(rec));
    }
    return m;
}

Metrics load_park_metrics(const std::string& path) {
    const char* why = nullptr;
    const auto text = csv::read_file(path, &why);
    if (!text) {
        Metrics m;
        m.path = path;
        m.warnings.push_back(data::diagnostic(data::Severity::Warning, path,
                                              i18n::N_("cannot open the file ({0}); no dated figures used"), {why}));
        m.warnings.back().translate_args = true;
        return m;
    }
    return parse_park_metrics(*text, path);
}

void join_parks(Metrics& metrics, const data::Layer& parks) {
    std::set<std::string> ids;
    std::vector<std::string> ordered;
    for (const auto& f : parks.features)
        if (auto id = parks.text(f, "id"); id && !id->empty() && ids.insert(*id).second) ordered.push_back(*id);
    std::set<std::string> seen;
    std::vector<MetricRecord> kept;
    for (auto& r : metrics.records) {
        if (r.park_id != kCityId && !ids.count(r.park_id)) {
            metrics.warnings.push_back(data::diagnostic(data::Severity::Warning, metrics.path + ":" + std::to_string(r.line),
                                                        i18n::N_("unknown park id '{0}' (not in the parks layer); row ignored"),
                                                        {r.park_id}));
            continue;
        }
        seen.insert(r.park_id);
        kept.push_back(std::move(r));
    }
    metrics.records = std::move(kept);
    metrics.parks_without_rows.clear();
    for (const auto& id : ordered)
        if (!seen.count(id)) metrics.parks_without_rows.push_back(id);
}

}  // namespace analysis
