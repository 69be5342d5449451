#include "state/site_finder_query.h"

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace state {

analysis::SiteQuery SiteFinderQuery::query(const analysis::Date& asof) const {
    analysis::SiteQuery q;
    q.asof = asof;
    if (use_free && free_ha > 0.0f) q.min_free_ha = double(free_ha);
    constexpr int kSectors = int(std::size(analysis::kSectorKeys));
    if (use_sector) q.sector = analysis::kSectorKeys[std::clamp(sector, 0, kSectors - 1)].key;
    if (use_ready) q.ready_by = analysis::Date{std::clamp(ready_year, 1990, 2100), std::clamp(ready_month, 1, 12), 0};
    if (use_distance && max_km > 0.0f)
        q.max_km.push_back({kFinderLandmarks[size_t(std::clamp(landmark, 0, int(kFinderLandmarks.size()) - 1))], double(max_km), {}});
    return q;
}

std::string SiteFinderQuery::key() const {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%d:%g|%d:%d|%d:%d-%d|%d:%d:%g", use_free, double(free_ha), use_sector, sector, use_ready,
                  ready_year, ready_month, use_distance, landmark, double(max_km));
    return buf;
}

}  // namespace state
