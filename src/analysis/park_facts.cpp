#include "analysis/park_facts.h"

#include <algorithm>
#include <array>

#include "analysis/csv_text.h"
#include "i18n/catalogue.h"

namespace analysis {

namespace {

constexpr std::array<const char*, 8> kColumns = {"subject", "fact", "value", "value_high", "unit", "as_of", "source", "note"};
constexpr const char* kHeaderLine = "subject,fact,value,value_high,unit,as_of,source,note";

enum class Kind { Number, Text, Sectors, Date, Status };

struct KeySpec {
    std::string_view key;
    Kind kind;
};

// City figures are numbers too; their keys are listed so that a typo is caught.
constexpr std::array<KeySpec, 21> kKeys = {{
    {fact::kTotalHa, Kind::Number},       {fact::kLeasableHa, Kind::Number},    {fact::kAvailableHa, Kind::Number},
    {fact::kLeaseUsdM2, Kind::Number},    {fact::kPowerKv, Kind::Number},       {fact::kPowerMva, Kind::Number},
    {fact::kWaterM3d, Kind::Number},      {fact::kWastewaterM3d, Kind::Number}, {fact::kMinPlotHa, Kind::Number},
    {fact::kSectors, Kind::Sectors},      {fact::kContact, Kind::Text},         {fact::kEstablished, Kind::Date},
    {fact::kReady, Kind::Date},           {fact::kStatus, Kind::Status},        {fact::kCapitalMusd, Kind::Number},
    {"fdi_musd_year", Kind::Number},      {"fdi_cumulative_musd", Kind::Number}, {"fdi_projects_cumulative", Kind::Number},
    {"ddi_bvnd_year", Kind::Number},      {"ddi_cumulative_bvnd", Kind::Number}, {"workforce_parks", Kind::Number},
}};

std::optional<Kind> kind_of(std::string_view key) {
    for (const auto& k : kKeys)
        if (k.key == key) return k.kind;
    return std::nullopt;
}

bool all_sector_keys(std::string_view list) {
    const auto keys = sector_list(list);
    return !keys.empty() && std::all_of(keys.begin(), keys.end(), [](const std::string& k) { return is_sector_key(k); });
}

}  // namespace

std::vector<std::string> sector_list(std::string_view value) {
    std::vector<std::string> out;
    while (!value.empty()) {
        const size_t semi = value.find(';');
        const auto item = csv::trim(value.substr(0, semi));
        if (!item.empty()) out.emplace_back(item);
        if (semi == std::string_view::npos) break;
        value.remove_prefix(semi + 1);
    }
    return out;
}

std::string sector_words(std::string_view key, i18n::Language lang) {
    for (const auto& s : kSectorKeys)
        if (s.key == key) return i18n::tr(s.words, lang);
    return std::string(key);
}

bool is_sector_key(std::string_view key) {
    return std::any_of(std::begin(kSectorKeys), std::end(kSectorKeys), [&](const SectorKey& s) { return key == s.key; });
}

std::optional<LooseDate> parse_loose_date(std::string_view text) {
    text = csv::trim(text);
    if (text.size() == 4) {
        if (auto d = parse_date(std::string(text) + "-12")) return LooseDate{*d, true, std::string(text)};
        return std::nullopt;
    }
    if (auto d = parse_date(text)) return LooseDate{*d, false, std::string(text)};
    return std::nullopt;
}

const Fact* ParkFacts::latest(std::string_view subject, std::string_view key, const std::optional<Date>& asof) const {
    const Fact* best = nullptr;     // dated, known as of `asof`
    const Fact* undated = nullptr;  // the page gives no date: used only when no dated row is known
    for (const auto& f : facts) {
        if (f.subject != subject || f.key != key || !f.found()) continue;
        if (!f.asof) {
            undated = &f;
            continue;
        }
        if (asof && !known_as_of(f.asof->date, *asof)) continue;
        if (!best || !earlier(f.asof->date, best->asof->date)) best = &f;
    }
    return best ? best : undated;
}

const Fact* ParkFacts::not_found(std::string_view subject, std::string_view key) const {
    for (const auto& f : facts)
        if (f.subject == subject && f.key == key && !f.found()) return &f;
    return nullptr;
}

std::vector<const Fact*> ParkFacts::history(std::string_view subject, std::string_view key) const {
    std::vector<const Fact*> out;
    for (const auto& f : facts)
        if (f.subject == subject && f.key == key && f.found()) out.push_back(&f);
    // Undated rows first: they cannot be placed after anything.
    std::stable_sort(out.begin(), out.end(),
                     [](const Fact* a, const Fact* b) { return b->asof && (!a->asof || earlier(a->asof->date, b->asof->date)); });
    return out;
}

std::optional<Date> ParkFacts::latest_date() const {
    std::optional<Date> d;
    for (const auto& f : facts)
        if (f.found() && f.asof && (!d || earlier(*d, f.asof->date))) d = f.asof->date;
    return d;
}

ParkFacts parse_park_facts(std::string_view text, const std::string& path) {
    ParkFacts out;
    out.path = path;
    out.read_ok = true;
    auto warn = [&](int line, const char* what, std::vector<std::string> args = {}) {
        out.warnings.push_back(data::diagnostic(data::Severity::Warning, path + ":" + std::to_string(line), what, std::move(args)));
    };
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::string error;
    int error_line = 0;
    const auto rows = csv::split(text, &error, &error_line);
    if (!error.empty()) warn(error_line, i18n::N_("a quoted field opened here is never closed; the rest of the file is read as one field"));
    if (rows.empty() || rows.front().cells.size() != kColumns.size() ||
        !std::equal(kColumns.begin(), kColumns.end(), rows.front().cells.begin(),
                    [](const char* want, const std::string& got) { return csv::trim(got) == want; })) {
        warn(rows.empty() ? 1 : rows.front().line, i18n::N_("the header must name the columns {0}; no row read"), {kHeaderLine});
        return out;
    }
    for (size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        if (row.cells.size() != kColumns.size()) {
            warn(row.line, i18n::N_("expected {0} columns, found {1}; row skipped"),
                 {std::to_string(kColumns.size()), std::to_string(row.cells.size())});
            continue;
        }
        if (!std::all_of(row.cells.begin(), row.cells.end(), [](const std::string& c) { return csv::valid_utf8(c); })) {
            warn(row.line, i18n::N_("text is not valid UTF-8; row skipped"));
            continue;
        }
        auto cell = [&](size_t k) { return std::string(csv::trim(row.cells[k])); };
        Fact f;
        f.line = row.line;
        f.subject = cell(0);
        f.key = cell(1);
        f.unit = cell(4);
        f.source = cell(6);
        f.note = cell(7);
        const std::string value = cell(2), high = cell(3), asof = cell(5);
        const auto kind = kind_of(f.key);
        if (f.subject.empty() || !kind) {
            warn(row.line, i18n::N_("unknown fact '{0}' or empty subject; row skipped"), {f.key});
            continue;
        }
        if (value.empty()) {
            // Where we looked: no value, no source, and a note that says where.
            if (!f.source.empty() || f.note.empty())
                warn(row.line, i18n::N_("a row without a value must have no source and a note saying where it was looked for; row skipped"));
            else
                out.facts.push_back(std::move(f));
            continue;
        }
        if (f.source.empty()) {
            warn(row.line, i18n::N_("no source; row skipped (every figure must name its source)"));
            continue;
        }
        f.asof = parse_loose_date(asof);
        if (!f.asof && !asof.empty()) {
            warn(row.line, i18n::N_("bad as_of '{0}' (expected YYYY, YYYY-MM or YYYY-MM-DD); row skipped"), {asof});
            continue;
        }
        bool ok = true;
        switch (*kind) {
        case Kind::Number:
            f.value = csv::parse_number(value);
            if (!high.empty()) f.value_high = csv::parse_number(high);
            ok = f.value && *f.value >= 0.0 && (high.empty() || (f.value_high && *f.value_high >= *f.value));
            break;
        case Kind::Sectors: ok = all_sector_keys(value); break;
        case Kind::Date: ok = parse_loose_date(value).has_value(); break;
        case Kind::Status: ok = value == "operating" || value == "building" || value == "planned"; break;
        case Kind::Text: break;
        }
        if (!ok) {
            warn(row.line, i18n::N_("bad value '{0}' for {1}; row skipped"), {value + (high.empty() ? "" : "–" + high), f.key});
            continue;
        }
        if (*kind != Kind::Number) f.text = value;
        out.facts.push_back(std::move(f));
    }
    return out;
}

ParkFacts load_park_facts(const std::string& path) {
    const char* why = nullptr;
    auto text = csv::read_file(path, &why);
    if (!text) {
        ParkFacts f;
        f.path = path;
        f.warnings.push_back(data::diagnostic(data::Severity::Warning, path,
                                              i18n::N_("cannot open the file ({0}); the park facts are unknown"), {why}));
        f.warnings.back().translate_args = true;
        return f;
    }
    return parse_park_facts(*text, path);
}

StatusAsOf park_status_as_of(const ParkFacts& facts, std::string_view park_id, std::string_view layer_status,
                             const Date& asof) {
    const auto all = facts.history(park_id, fact::kStatus);
    if (all.empty()) return {std::string(layer_status), nullptr};
    if (const Fact* f = facts.latest(park_id, fact::kStatus, asof)) return {f->text, f};
    return {kNotEstablished, all.front()};
}

}  // namespace analysis
