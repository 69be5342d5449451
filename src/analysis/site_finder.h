// The investor's question — "20 ha for an electronics plant, ready next year, near the port?" —
// answered per park and per criterion with met / not met / unknown, the figure and its source.
// An unknown is never a silent no: a park with no failed criterion and some unknown ones is listed
// apart, to ask its developer.
//
//   free land  ≥ N ha : park_facts available_ha as of the date; else computed free land
//                       (occupancy × leasable land, else × total area), rounded to whole ha, "≈";
//   sector S          : in the park's `sectors` list (not met when the list is known and lacks S);
//   ready by D        : operating at the as-of date, else the `ready` date (a fact or a target);
//                       a bare year equal to D's year cannot tell, so unknown;
//   within K km of L  : straight-line distance from the park's approximate outline to landmark L.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/park_facts.h"
#include "analysis/park_metrics_csv.h"
#include "i18n/language.h"

namespace data {
struct Catalog;
}

namespace analysis {

struct DistanceLimit {
    std::string landmark_id;  // landmarks.id
    double km = 0.0;
    std::string landmark_name;  // filled by find_sites, in the query's language
};

struct SiteQuery {
    std::optional<double> min_free_ha;
    std::optional<std::string> sector;   // a kSectorKeys entry
    std::optional<Date> ready_by;
    std::vector<DistanceLimit> max_km;
    Date asof;

    bool empty() const { return !min_free_ha && !sector && !ready_by && max_km.empty(); }
};

enum class Verdict { Met, NotMet, Unknown };
const char* verdict_key(Verdict v);  // "met", "not_met", "unknown" (CSV)

enum class CriterionKind { FreeLand, Sector, ReadyBy, Distance };

struct CriterionResult {
    CriterionKind kind = CriterionKind::FreeLand;
    std::string key;                // "free_ha>=20", "sector=electronics", "ready_by=2026-06", "km:lach-huyen-port<=15"
    Verdict verdict = Verdict::Unknown;
    std::optional<double> value;    // the figure compared (ha, km), when numeric
    std::string figure;             // the figure in words, in the query's language ("≈ 175 ha", "target 2026")
    std::string basis;              // how the figure was obtained, when computed or approximate
    std::string source;             // where it comes from; for an unknown, where it was looked for
    std::string asof;               // the date the figure describes, when known
};

enum class FitGroup { Fits, AskDeveloper, DoesNotFit };
const char* group_key(FitGroup g);  // "fits", "ask_developer", "does_not_fit"

struct SiteCandidate {
    std::string park_id;
    std::string name;               // in the query's language, else English, else Vietnamese
    std::string status;             // as of the query's date (park_status_as_of)
    FitGroup group = FitGroup::DoesNotFit;
    int rank = 0;                   // 1.. within the whole list, in order
    int met = 0, not_met = 0, unknown = 0;
    std::vector<CriterionResult> criteria;  // in the query's order: free land, sector, ready, distances
    std::string contact;            // the developer's contact, when known
    std::string contact_source;
    std::string developer;          // the layer's developer field
};

struct SiteFinderResult {
    SiteQuery query;
    std::vector<SiteCandidate> candidates;  // fits first, then ask-the-developer, then does-not-fit
    std::vector<std::string> notes;         // caveats in the query's language (approximate outlines, merger)
};

SiteFinderResult find_sites(const data::Catalog& catalog, const Metrics& metrics, const ParkFacts& facts,
                            const SiteQuery& query, i18n::Language lang = i18n::Language::En);

// "port" → lach-huyen-port, "airport" → cat-bi-airport, "centre"/"center" → city-centre; a landmark
// id as it is. Empty when `name` is empty.
std::string landmark_alias(std::string_view name);

// The date from which figures describe the city merged with Hải Dương (Resolution 202/2025/QH15).
inline constexpr Date kMergerDate{2025, 7, 1};
// The merger note for an as-of date on or after the merger, else empty.
std::string merger_note(const Date& asof, i18n::Language lang);

}  // namespace analysis
