// The site finder's answer as a document: Markdown for people (three groups — fits, ask the
// developer, does not fit — each park's verdict per criterion, then every figure's basis and
// source), CSV for programs (one row per park and criterion, machine keys, dot decimals).
#pragma once

#include <ostream>

#include "analysis/site_finder.h"
#include "analysis/stats_report.h"

namespace analysis {

inline constexpr const char* kSiteCsvColumns[] = {"group", "rank", "park_id", "park", "status", "criterion", "verdict",
                                                  "value", "figure", "basis", "source", "as_of", "contact"};

void write_sites(std::ostream& out, const SiteFinderResult& result, Format format, i18n::Language lang);

// The query in words: "at least 20 ha free · sector: electronics · ready by Jun 2026 · within 15 km
// of Lach Huyen port".
std::string query_words(const SiteQuery& query, i18n::Language lang);

// A group's heading: "Fits every criterion", "Ask the developer: ...", "Does not fit".
const char* group_words(FitGroup g, i18n::Language lang);

// A verdict in words: "met", "not met", "unknown".
const char* verdict_words(Verdict v, i18n::Language lang);

// A criterion's column title: "≥ 20 ha free", "sector: electronics", "ready by Jun 2026", "≤ 15 km: port".
std::string criterion_title(const SiteQuery& query, size_t index, i18n::Language lang);

}  // namespace analysis
