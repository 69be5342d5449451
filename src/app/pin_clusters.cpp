#include "app/pin_clusters.h"

namespace app {

std::vector<PinCluster> cluster_pins(const std::vector<geo::Vec2>& pts, double radius_px) {
    std::vector<PinCluster> clusters;
    std::vector<geo::Vec2> seeds;
    for (size_t i = 0; i < pts.size(); ++i) {
        size_t k = 0;
        while (k < seeds.size() && geo::length(pts[i] - seeds[k]) > radius_px) ++k;
        if (k == seeds.size()) {
            seeds.push_back(pts[i]);
            clusters.push_back({pts[i], {}});
        }
        clusters[k].members.push_back(i);
    }
    for (auto& c : clusters) {
        geo::Vec2 sum;
        for (size_t i : c.members) sum = sum + pts[i];
        c.centre = sum * (1.0 / double(c.members.size()));
    }
    return clusters;
}

std::map<std::string, ParkInvestment> investment_by_park(const data::Catalog& catalog) {
    std::map<std::string, ParkInvestment> out;
    const data::MapLayer* projects = catalog.find(data::LayerRole::Projects);
    if (!projects) return out;
    for (const auto& f : projects->layer.features) {
        const auto park = projects->layer.text(f, "park_id");
        if (!park || park->empty()) continue;
        ParkInvestment& p = out[*park];
        ++p.projects;
        if (const auto cap = projects->layer.number(f, "cap_musd")) {
            ++p.with_capital;
            p.capital_musd += *cap;
        }
    }
    return out;
}

}  // namespace app
