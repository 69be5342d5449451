#include "analysis/site_report.h"

#include <cstdio>

#include "data/park_model.h"
#include "i18n/catalogue.h"
#include "i18n/number_format.h"

namespace analysis {

namespace {

using i18n::N_;


std::string csv_value(const std::optional<double>& v) {
    if (!v) return {};
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", *v);
    return buf;
}

void csv_row(std::ostream& out, const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) out << (i ? "," : "") << csv_field(cells[i]);
    out << "\r\n";
}

void write_md(std::ostream& out, const SiteFinderResult& res, i18n::Language lang) {
    const auto& q = res.query;
    out << "# " << i18n::trf(N_("Site finder, as of {0}"), lang, {i18n::format_month(q.asof.year, q.asof.month, q.asof.day, lang)})
        << "\n\n";
    out << i18n::trf(N_("Looking for: {0}"), lang, {query_words(q, lang)}) << "\n";
    size_t columns = res.candidates.empty() ? 0 : res.candidates.front().criteria.size();
    for (FitGroup g : {FitGroup::Fits, FitGroup::AskDeveloper, FitGroup::DoesNotFit}) {
        int count = 0;
        for (const auto& c : res.candidates) count += c.group == g;
        out << "\n## " << group_words(g, lang) << " (" << count << ")\n\n";
        if (!count) {
            out << i18n::tr(N_("none"), lang) << "\n";
            continue;
        }
        out << "| # | " << i18n::tr(N_("park"), lang) << " | " << i18n::tr(N_("status"), lang) << " |";
        for (size_t k = 0; k < columns; ++k) out << " " << md_cell(criterion_title(q, k, lang)) << " |";
        if (g == FitGroup::AskDeveloper) out << " " << i18n::tr(N_("developer contact"), lang) << " |";
        out << "\n|---|---|---|";
        for (size_t k = 0; k < columns; ++k) out << "---|";
        out << (g == FitGroup::AskDeveloper ? "---|\n" : "\n");
        for (const auto& c : res.candidates) {
            if (c.group != g) continue;
            out << "| " << c.rank << " | " << md_cell(c.name) << " | " << data::status_words(c.status, lang) << " |";
            for (const auto& r : c.criteria)
                out << " **" << verdict_words(r.verdict, lang) << "**: " << md_cell(r.figure) << " |";
            if (g == FitGroup::AskDeveloper) {
                std::string who = !c.contact.empty() ? c.contact : c.developer;
                if (c.contact.empty()) who += (who.empty() ? "" : "; ") + std::string(i18n::tr(N_("contact not found in public sources"), lang));
                out << " " << md_cell(who) << " |";
            }
            out << "\n";
        }
    }
    out << "\n## " << i18n::tr(N_("Figures and their sources"), lang) << "\n\n";
    for (const auto& c : res.candidates) {
        out << "- **" << md_cell(c.name) << "**";
        for (size_t k = 0; k < c.criteria.size(); ++k) {
            const auto& r = c.criteria[k];
            out << "\n  - " << md_cell(criterion_title(q, k, lang)) << ": " << md_cell(r.figure);
            if (!r.basis.empty()) out << " (" << md_cell(r.basis) << ")";
            if (!r.asof.empty()) out << "; " << i18n::trf(N_("as of {0}"), lang, {r.asof});
            out << "; " << (r.verdict == Verdict::Unknown ? i18n::tr(N_("looked for in"), lang) : i18n::tr(N_("source"), lang))
                << ": " << md_cell(r.source);
        }
        if (!c.contact.empty()) out << "\n  - " << i18n::tr(N_("contact"), lang) << ": " << md_cell(c.contact) << " (" << md_cell(c.contact_source) << ")";
        out << "\n";
    }
    if (!res.notes.empty()) {
        out << "\n## " << i18n::tr(N_("Notes"), lang) << "\n\n";
        for (const auto& n : res.notes) out << "- " << n << "\n";
    }
}

}  // namespace

const char* group_words(FitGroup g, i18n::Language lang) {
    switch (g) {
    case FitGroup::Fits: return i18n::tr(N_("Fits every criterion"), lang);
    case FitGroup::AskDeveloper: return i18n::tr(N_("Ask the developer: no criterion fails, some are unknown"), lang);
    case FitGroup::DoesNotFit: break;
    }
    return i18n::tr(N_("Does not fit"), lang);
}

const char* verdict_words(Verdict v, i18n::Language lang) {
    switch (v) {
    case Verdict::Met: return i18n::tr(N_("met"), lang);
    case Verdict::NotMet: return i18n::tr(N_("not met"), lang);
    case Verdict::Unknown: break;
    }
    return i18n::tr(N_("unknown"), lang);
}

std::string criterion_title(const SiteQuery& q, size_t index, i18n::Language lang) {
    size_t k = 0;
    if (q.min_free_ha && k++ == index) return i18n::trf(N_("≥ {0} ha free"), lang, {i18n::format_number(*q.min_free_ha, 2, lang)});
    if (q.sector && k++ == index) return i18n::trf(N_("sector: {0}"), lang, {sector_words(*q.sector, lang)});
    if (q.ready_by && k++ == index)
        return i18n::trf(N_("ready by {0}"), lang, {i18n::format_month(q.ready_by->year, q.ready_by->month, q.ready_by->day, lang)});
    for (const auto& limit : q.max_km)
        if (k++ == index)
            return i18n::trf(N_("≤ {0} km: {1}"), lang,
                             {i18n::format_number(limit.km, 1, lang), limit.landmark_name.empty() ? limit.landmark_id : limit.landmark_name});
    return {};
}

std::string query_words(const SiteQuery& q, i18n::Language lang) {
    std::string s;
    auto add = [&](const std::string& part) { s += (s.empty() ? "" : " · ") + part; };
    if (q.min_free_ha) add(i18n::trf(N_("at least {0} ha free"), lang, {i18n::format_number(*q.min_free_ha, 2, lang)}));
    if (q.sector) add(i18n::trf(N_("sector: {0}"), lang, {sector_words(*q.sector, lang)}));
    if (q.ready_by)
        add(i18n::trf(N_("ready by {0}"), lang, {i18n::format_month(q.ready_by->year, q.ready_by->month, q.ready_by->day, lang)}));
    for (const auto& limit : q.max_km)
        add(i18n::trf(N_("within {0} km of {1}"), lang,
                      {i18n::format_number(limit.km, 1, lang), limit.landmark_name.empty() ? limit.landmark_id : limit.landmark_name}));
    return s;
}

void write_sites(std::ostream& out, const SiteFinderResult& res, Format format, i18n::Language lang) {
    if (format == Format::Md) return write_md(out, res, lang);
    csv_row(out, std::vector<std::string>(std::begin(kSiteCsvColumns), std::end(kSiteCsvColumns)));
    for (const auto& c : res.candidates)
        for (const auto& r : c.criteria)
            csv_row(out, {group_key(c.group), std::to_string(c.rank), c.park_id, c.name, c.status, r.key,
                          verdict_key(r.verdict), csv_value(r.value), r.figure, r.basis, r.source, r.asof, c.contact});
}

}  // namespace analysis
