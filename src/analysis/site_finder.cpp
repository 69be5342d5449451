#include "analysis/site_finder.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "analysis/availability.h"
#include "analysis/distances.h"
#include "data/catalog.h"
#include "i18n/catalogue.h"
#include "i18n/number_format.h"

namespace analysis {

namespace {

using i18n::N_;

std::string csv_number(double v);

CriterionResult criterion(CriterionKind kind, std::string key) {
    CriterionResult r;
    r.kind = kind;
    r.key = std::move(key);
    return r;
}

std::string csv_number(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

// A date as the language writes it: "Dec 2023", "2026" for a bare year.
std::string date_words(const LooseDate& d, i18n::Language lang) {
    if (d.year_only) return std::to_string(d.date.year);
    return i18n::format_month(d.date.year, d.date.month, d.date.day, lang);
}

std::string date_words(const Date& d, i18n::Language lang) { return i18n::format_month(d.year, d.month, d.day, lang); }

// A fact's date as written, or "undated" when its source gives none.
std::string asof_text(const Fact& f, i18n::Language lang) { return f.asof ? f.asof->text : i18n::tr(N_("undated"), lang); }

std::string looked_for(const ParkFacts& facts, const std::string& park, const char* key, i18n::Language lang) {
    if (const Fact* nf = facts.not_found(park, key)) return nf->note;
    return i18n::tr(N_("no figure in the bundled data"), lang);
}

CriterionResult free_land(const ParkAvailability& a, const ParkFacts& facts, double need, const Date& asof,
                          const std::string& status, i18n::Language lang) {
    CriterionResult r = criterion(CriterionKind::FreeLand, "free_ha>=" + csv_number(need));
    // A reported free-land figure wins unless the occupancy it would be computed from is newer.
    const Fact* f = facts.latest(a.id, fact::kAvailableHa, asof);
    const auto computed_date = parse_date(a.free_ha.asof);
    if (f && a.free_ha.known() && computed_date && (!f->asof || earlier(f->asof->date, *computed_date))) f = nullptr;
    if (f) {
        r.value = *f->value;
        r.figure = i18n::trf(N_("{0} ha free"), lang, {i18n::format_number(*f->value, 2, lang)});
        r.source = f->source;
        r.asof = asof_text(*f, lang);
        r.verdict = *f->value >= need ? Verdict::Met : Verdict::NotMet;
        return r;
    }
    if (a.free_ha.known()) {
        const double free = std::max(0.0, *a.free_ha.value);
        r.value = std::round(free);
        r.figure = i18n::trf(N_("{0} free"), lang, {approx_hectares(free, lang)});
        r.basis = i18n::trf(N_("computed: {0} ha of {1} less {2}% occupied"), lang,
                            {i18n::format_number(*a.basis_ha.value, 2, lang), i18n::tr(a.basis.c_str(), lang),
                             i18n::format_number(*a.occ_pct.value, 2, lang)});
        r.source = a.free_ha.source;
        r.asof = a.free_ha.asof;
        r.verdict = free >= need ? Verdict::Met : Verdict::NotMet;
        return r;
    }
    r.figure = i18n::tr(N_("free land unknown"), lang);
    if (status == "planned" || status == kNotEstablished || status == "building")
        r.basis = i18n::tr(N_("not yet leasing, or no occupancy figure"), lang);
    r.source = looked_for(facts, a.id, fact::kAvailableHa, lang);
    return r;
}

CriterionResult sector(const std::string& park, const ParkFacts& facts, const std::string& want, i18n::Language lang) {
    CriterionResult r = criterion(CriterionKind::Sector, "sector=" + want);
    const Fact* f = facts.latest(park, fact::kSectors);
    if (!f) {
        r.figure = i18n::tr(N_("sectors welcomed unknown"), lang);
        r.source = looked_for(facts, park, fact::kSectors, lang);
        return r;
    }
    std::string list;
    bool found = false;
    for (const auto& item : sector_list(f->text)) {
        found |= item == want;
        list += (list.empty() ? "" : ", ") + sector_words(item, lang);
    }
    r.verdict = found ? Verdict::Met : Verdict::NotMet;
    r.figure = found ? i18n::trf(N_("welcomes: {0}"), lang, {list}) : i18n::trf(N_("lists only: {0}"), lang, {list});
    r.source = f->source;
    r.asof = asof_text(*f, lang);
    return r;
}

CriterionResult ready_by(const std::string& park, const ParkFacts& facts, const StatusAsOf& status, const Date& by,
                         const Date& asof, i18n::Language lang) {
    CriterionResult r = criterion(CriterionKind::ReadyBy, "ready_by=" + by.to_string());
    if (status.status == "operating") {
        r.verdict = Verdict::Met;
        r.figure = i18n::trf(N_("operating as of {0}"), lang, {date_words(asof, lang)});
        if (status.since) {
            r.source = status.since->source;
            r.asof = asof_text(*status.since, lang);
        } else {
            r.source = i18n::tr(N_("parks layer, status"), lang);
        }
        return r;
    }
    if (const Fact* f = facts.latest(park, fact::kReady)) {
        // A date that happened settles it; a target settles only a "no": whether a plan holds is
        // the developer's to say, and a target already past for a park not yet operating was missed.
        const auto when = parse_loose_date(f->text);
        const bool target = f->unit == kTargetUnit;
        const bool by_then = !earlier(by, when->date) || (when->date.year == by.year && when->date.month == by.month);
        const bool cannot_tell = when->year_only && when->date.year == by.year && by.month != 12;  // "2026" vs Jun 2026
        r.source = f->source;
        r.asof = asof_text(*f, lang);
        if (target && known_as_of(when->date, asof)) {
            r.figure = i18n::trf(N_("target {0} passed, not yet operating"), lang, {date_words(*when, lang)});
            r.verdict = Verdict::Unknown;
        } else if (target) {
            r.figure = i18n::trf(N_("target: {0}"), lang, {date_words(*when, lang)});
            r.verdict = by_then || cannot_tell ? Verdict::Unknown : Verdict::NotMet;
            if (r.verdict == Verdict::Unknown) r.basis = i18n::tr(N_("a developer's or the city's plan, not a result: ask whether it holds"), lang);
        } else {
            r.figure = i18n::trf(N_("ready since {0}"), lang, {date_words(*when, lang)});
            r.verdict = cannot_tell ? Verdict::Unknown : by_then ? Verdict::Met : Verdict::NotMet;
        }
        return r;
    }
    r.figure = i18n::tr(N_("ready date unknown"), lang);
    r.source = looked_for(facts, park, fact::kReady, lang);
    return r;
}

// `park` and `mark`: where the park and the landmark are ({lon, lat}), found once per query.
CriterionResult distance(const data::Layer& parks, const data::Feature& f, const std::optional<geo::Vec2>& park,
                         const std::optional<geo::Vec2>& mark, const DistanceLimit& limit, i18n::Language lang) {
    CriterionResult r = criterion(CriterionKind::Distance, "km:" + limit.landmark_id + "<=" + csv_number(limit.km));
    if (!park || !mark) {
        r.figure = i18n::tr(N_("distance unknown"), lang);
        r.source = !park ? i18n::tr(N_("the park's location is unknown (no outline)"), lang)
                         : i18n::trf(N_("no landmark '{0}' in the data"), lang, {limit.landmark_id});
        return r;
    }
    if (parks.text(f, "placed") == "district") {
        // Drawn somewhere in its district: a distance from there would be a guess.
        r.figure = i18n::tr(N_("distance unknown"), lang);
        r.source = i18n::trf(N_("no source gives the park's site within {0}; its outline is only placed in the district"), lang,
                             {parks.text(f, "district").value_or("?")});
        return r;
    }
    const double km = geodesic_distance_m(*park, *mark) / 1000.0;
    r.value = std::round(km * 10.0) / 10.0;
    r.figure = i18n::trf(N_("≈ {0} km"), lang, {i18n::format_number(*r.value, 1, lang)});
    r.basis = i18n::tr(N_("straight line from the park's approximate outline (placed within 1-3 km)"), lang);
    r.source = i18n::tr(N_("computed from the bundled outlines and landmark points"), lang);
    r.verdict = km <= limit.km ? Verdict::Met : Verdict::NotMet;
    return r;
}

std::string name_in(const data::Layer& parks, const data::Feature& f, i18n::Language lang) {
    for (const char* field : {i18n::name_field(lang), "name_en", "name_vi"})
        if (auto n = parks.text(f, field); n && !n->empty()) return *n;
    return parks.text(f, "id").value_or("");
}

double free_or(const SiteCandidate& c, double fallback) {
    for (const auto& r : c.criteria)
        if (r.kind == CriterionKind::FreeLand && r.value) return *r.value;
    return fallback;
}

double km_sum(const SiteCandidate& c) {
    double s = 0.0;
    for (const auto& r : c.criteria)
        if (r.kind == CriterionKind::Distance && r.value) s += *r.value;
    return s;
}

}  // namespace

const char* verdict_key(Verdict v) {
    switch (v) {
    case Verdict::Met: return "met";
    case Verdict::NotMet: return "not_met";
    case Verdict::Unknown: break;
    }
    return "unknown";
}

const char* group_key(FitGroup g) {
    switch (g) {
    case FitGroup::Fits: return "fits";
    case FitGroup::AskDeveloper: return "ask_developer";
    case FitGroup::DoesNotFit: break;
    }
    return "does_not_fit";
}

std::string landmark_alias(std::string_view name) {
    if (name == "port") return "lach-huyen-port";
    if (name == "airport") return "cat-bi-airport";
    if (name == "centre" || name == "center") return "city-centre";
    return std::string(name);
}

std::string merger_note(const Date& asof, i18n::Language lang) {
    if (!known_as_of(kMergerDate, asof)) return {};
    return i18n::tr(N_("Hai Phong merged with Hải Dương province on 1 July 2025 (Resolution 202/2025/QH15): the "
                       "bundled parks and figures describe the city before the merger, the 14 established parks "
                       "and the parks then planned; the merged city's parks are not in this data."),
                    lang);
}

SiteFinderResult find_sites(const data::Catalog& catalog, const Metrics& metrics_in, const ParkFacts& facts,
                            const SiteQuery& query, i18n::Language lang) {
    SiteFinderResult out;
    out.query = query;
    if (const data::MapLayer* marks = catalog.find(data::LayerRole::Landmarks))
        for (auto& limit : out.query.max_km) {
            limit.landmark_name = limit.landmark_id;
            for (const auto& f : marks->layer.features)
                if (marks->layer.text(f, "id") == limit.landmark_id) limit.landmark_name = name_in(marks->layer, f, lang);
        }
    const data::MapLayer* parks = catalog.find(data::LayerRole::Parks);
    if (!parks) return out;
    Metrics metrics = metrics_in;
    join_parks(metrics, parks->layer);
    const auto avail = compute_availability(parks->layer, metrics, query.asof, &facts);
    std::vector<std::optional<geo::Vec2>> marks;
    for (const auto& limit : query.max_km) marks.push_back(landmark_lonlat(catalog, limit.landmark_id));

    for (size_t i = 0; i < parks->layer.features.size(); ++i) {
        const auto& f = parks->layer.features[i];
        const ParkAvailability& a = avail[i];
        SiteCandidate c;
        c.park_id = a.id;
        c.name = name_in(parks->layer, f, lang);
        const StatusAsOf status = park_status_as_of(facts, a.id, parks->layer.text(f, "status").value_or(""), query.asof);
        c.status = status.status;
        c.developer = parks->layer.text(f, "developer").value_or("");
        if (const Fact* k = facts.latest(a.id, fact::kContact)) {
            c.contact = k->text;
            c.contact_source = k->source;
        }
        if (query.min_free_ha) c.criteria.push_back(free_land(a, facts, *query.min_free_ha, query.asof, status.status, lang));
        if (query.sector) c.criteria.push_back(sector(a.id, facts, *query.sector, lang));
        if (query.ready_by) c.criteria.push_back(ready_by(a.id, facts, status, *query.ready_by, query.asof, lang));
        const auto anchor = query.max_km.empty() ? std::nullopt : park_anchor_lonlat(parks->layer, f);
        for (size_t k = 0; k < query.max_km.size(); ++k)
            c.criteria.push_back(distance(parks->layer, f, anchor, marks[k], query.max_km[k], lang));
        for (const auto& r : c.criteria) {
            c.met += r.verdict == Verdict::Met;
            c.not_met += r.verdict == Verdict::NotMet;
            c.unknown += r.verdict == Verdict::Unknown;
        }
        c.group = c.not_met ? FitGroup::DoesNotFit : c.unknown ? FitGroup::AskDeveloper : FitGroup::Fits;
        out.candidates.push_back(std::move(c));
    }

    // Fits: most free land, then nearest; ask: most criteria met, fewest unknown; does not fit:
    // fewest failed. Name last, so the order is the same on every run.
    std::stable_sort(out.candidates.begin(), out.candidates.end(), [](const SiteCandidate& x, const SiteCandidate& y) {
        if (x.group != y.group) return x.group < y.group;
        if (x.group == FitGroup::DoesNotFit && x.not_met != y.not_met) return x.not_met < y.not_met;
        if (x.met != y.met) return x.met > y.met;
        if (x.unknown != y.unknown) return x.unknown < y.unknown;
        if (free_or(x, -1) != free_or(y, -1)) return free_or(x, -1) > free_or(y, -1);
        if (km_sum(x) != km_sum(y)) return km_sum(x) < km_sum(y);
        return x.name < y.name;
    });
    for (size_t i = 0; i < out.candidates.size(); ++i) out.candidates[i].rank = static_cast<int>(i + 1);

    if (!query.max_km.empty())
        out.notes.push_back(i18n::tr(N_("Distances are straight lines from approximate park outlines, not road distances."), lang));
    out.notes.push_back(i18n::tr(N_("Free land marked ≈ is computed from an occupancy percentage and an area, rounded to whole hectares; "
                                    "ask the developer for the plots actually on offer."),
                                 lang));
    if (auto m = merger_note(query.asof, lang); !m.empty()) out.notes.push_back(m);
    return out;
}

}  // namespace analysis
