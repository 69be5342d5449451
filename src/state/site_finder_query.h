// The window's site finder: the criteria an investor sets (each can be switched off) and the
// query they make as of the figures' date. Plain data; the panel edits it, analysis answers it.
#pragma once

#include <array>
#include <string>

#include "analysis/site_finder.h"

namespace state {

// The landmarks the finder offers, in the order of its menu.
inline constexpr std::array<const char*, 4> kFinderLandmarks = {"lach-huyen-port", "cat-bi-airport", "city-centre",
                                                                "nam-do-son-port"};

struct SiteFinderQuery {
    bool use_free = true;
    float free_ha = 20.0f;
    bool use_sector = false;
    int sector = 0;            // index into analysis::kSectorKeys
    bool use_ready = false;
    int ready_year = 2026;
    int ready_month = 6;
    bool use_distance = false;
    int landmark = 0;          // index into kFinderLandmarks
    float max_km = 25.0f;
    bool show_on_map = true;   // outline the parks that fit, number them by rank

    // The analysis query as of `asof`; criteria switched off are left out.
    analysis::SiteQuery query(const analysis::Date& asof) const;
    // A key that changes whenever the query does (to recompute only then).
    std::string key() const;
};

}  // namespace state
