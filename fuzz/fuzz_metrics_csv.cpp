// libFuzzer target: the two CSV tables, park_metrics.csv (analysis::parse_park_metrics) and
// park_facts.csv (analysis::parse_park_facts), read from the same bytes, then every question the
// program asks of them.
//
// Input: the file's text (either table; each parser rejects the other's header, which is
// exercised too).
// Checks, beyond what ASan and UBSan catch, the promises of the headers: each kept metrics row
// has a park id, a real calendar date, an occ_pct from 0 to 100 and a leased_ha of 0 or more
// (finite), at least one of the two, a source and a line; each kept fact row is found (a value
// with a source) or a not-found record (no value, no source, a note); numbers finite and not
// negative, a range's top not below its bottom; warnings name the file. Every warning and every
// date is put into words in each language.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "analysis/park_facts.h"
#include "analysis/park_metrics_csv.h"
#include "data/layer.h"
#include "i18n/language.h"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail = {}) {
    std::fprintf(stderr, "fuzz_metrics_csv: %s%s%s\n", what, detail.empty() ? "" : ": ", detail.c_str());
    std::abort();
}

bool real_date(const analysis::Date& d) {
    return analysis::parse_date(d.to_string()) == std::optional<analysis::Date>(d);
}

bool finite_non_negative(const std::optional<double>& v) { return !v || (std::isfinite(*v) && *v >= 0); }

const std::string kPath = "fuzz.csv";

void check_warnings(const data::Diagnostics& warnings) {
    for (const auto& w : warnings) {
        if (w.file.rfind(kPath, 0) != 0) fail("a warning does not name the file", w.file);
        for (const auto lang : i18n::kLanguages) (void)w.to_string(lang);
    }
}

void metrics(std::string_view text) {
    analysis::Metrics m = analysis::parse_park_metrics(text, kPath);
    check_warnings(m.warnings);
    data::Layer parks;  // a parks layer holding every other id the file names
    parks.fields.push_back({"id", data::FieldType::String});
    for (size_t i = 0; i < m.records.size(); ++i) {
        const analysis::MetricRecord& r = m.records[i];
        if (r.park_id.empty()) fail("a row with no park id", std::to_string(r.line));
        if (!real_date(r.date)) fail("a row with an impossible date", r.date.to_string());
        if (r.occ_pct && !(*r.occ_pct >= 0 && *r.occ_pct <= 100)) fail("occ_pct out of 0..100", std::to_string(r.line));
        if (!finite_non_negative(r.leased_ha)) fail("leased_ha not a finite, non-negative number", std::to_string(r.line));
        if (!r.occ_pct && !r.leased_ha) fail("a row with neither figure", std::to_string(r.line));
        if (r.source.empty()) fail("a row with no source", std::to_string(r.line));
        if (r.line < 2) fail("a row on the header's line", std::to_string(r.line));
        for (const auto lang : i18n::kLanguages)
            for (const auto basis : {analysis::DateBasis::Stated, analysis::DateBasis::Placed, analysis::DateBasis::Approximate})
                (void)analysis::date_words(r.date, basis, lang);
        for (const auto basis : {analysis::OccBasis::AllLand, analysis::OccBasis::HandedOver})
            if (const analysis::MetricRecord* latest = m.latest(r.park_id, r.date, basis)) {
                if (latest->park_id != r.park_id || latest->basis != basis || !latest->occ_pct ||
                    !analysis::known_as_of(latest->date, r.date))
                    fail("latest() gave a row that does not answer the question", std::to_string(latest->line));
            }
        if (i % 2 == 0) {
            data::Feature f;
            f.values = data::FieldValues{std::optional<std::string>(r.park_id)};
            parks.features.push_back(std::move(f));
        }
    }
    if (const auto d = m.latest_date(); d && !real_date(*d)) fail("latest_date() is not a date", d->to_string());
    analysis::join_parks(m, parks);
    check_warnings(m.warnings);
}

void facts(std::string_view text) {
    const analysis::ParkFacts pf = analysis::parse_park_facts(text, kPath);
    check_warnings(pf.warnings);
    for (const analysis::Fact& f : pf.facts) {
        if (f.subject.empty() || f.key.empty()) fail("a fact with no subject or key", std::to_string(f.line));
        if (f.found() ? f.source.empty() : (!f.source.empty() || f.note.empty()))
            fail("a fact neither found with a source nor a not-found record", std::to_string(f.line));
        if (!finite_non_negative(f.value) || !finite_non_negative(f.value_high))
            fail("a fact's number is not finite and non-negative", std::to_string(f.line));
        if (f.value && f.value_high && *f.value_high < *f.value) fail("a range's top below its bottom", std::to_string(f.line));
        if (f.asof && !real_date(f.asof->date)) fail("an as_of that is not a date", f.asof->text);
        const std::optional<analysis::Date> asof = f.asof ? std::optional(f.asof->date) : std::nullopt;
        if (const analysis::Fact* latest = pf.latest(f.subject, f.key, asof))
            if (latest->subject != f.subject || latest->key != f.key || !latest->found())
                fail("latest() gave a fact that does not answer the question", std::to_string(latest->line));
        (void)pf.not_found(f.subject, f.key);
        const auto history = pf.history(f.subject, f.key);
        for (size_t i = 1; i < history.size(); ++i)
            if (history[i - 1]->asof && (!history[i]->asof || analysis::earlier(history[i]->asof->date, history[i - 1]->asof->date)))
                fail("history() is not oldest first", std::to_string(history[i]->line));
        if (asof) (void)analysis::park_status_as_of(pf, f.subject, "operating", *asof);
        if (f.key == analysis::fact::kSectors)
            for (const auto& key : analysis::sector_list(f.text))
                for (const auto lang : i18n::kLanguages) (void)analysis::sector_words(key, lang);
    }
    (void)pf.latest_date();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    metrics(text);
    facts(text);
    return 0;
}
