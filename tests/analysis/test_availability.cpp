#include <catch2/catch.hpp>

#include "analysis/availability.h"
#include "analysis/decree35_gauge.h"
#include "analysis_fixture.h"

using namespace analysis;
using analysis_test::bundled_parks;

namespace {

Metrics bundled_metrics() {
    Metrics m = load_park_metrics(analysis_test::bundled_metrics_path());
    join_parks(m, bundled_parks());
    return m;
}

const ParkAvailability& park(const std::vector<ParkAvailability>& v, const std::string& id) {
    for (const auto& a : v)
        if (a.id == id) return a;
    throw std::runtime_error("no park " + id);
}

const GaugeExclusion* excluded(const Decree35Gauge& g, const std::string& id) {
    for (const auto& e : g.excluded)
        if (e.id == id) return &e;
    return nullptr;
}

}  // namespace

TEST_CASE("availability per park as of Dec 2023, worked by hand from the bundled data", "[analysis][availability]") {
    const auto v = compute_availability(bundled_parks(), bundled_metrics(), *parse_date("2023-12"));
    REQUIRE(v.size() == 21);

    // VSIP: leasable 748 ha [54], occupancy 76.6% (004 I.3(1)).
    //   occupied = 0.766 × 748 = 572.968 ha; free = 748 − 572.968 = 175.032 ha.
    const auto& vsip = park(v, "vsip");
    CHECK(vsip.basis == kBasisLeasable);
    CHECK(*vsip.basis_ha.value == Approx(748.0));
    CHECK(*vsip.occ_pct.value == Approx(76.6));
    CHECK(vsip.occ_pct.asof == "2023-12");
    CHECK(vsip.occ_from.find("park_metrics.csv line 9") != std::string::npos);
    CHECK(*vsip.occupied_ha.value == Approx(572.968).margin(1e-9));
    CHECK(*vsip.free_ha.value == Approx(175.032).margin(1e-9));
    CHECK(vsip.free_ha.asof == "2023-12");
    CHECK(vsip.free_ha.source.find("[54]") != std::string::npos);
    CHECK(vsip.free_ha.source.find("004_b9af243eace61f60.txt") != std::string::npos);

    // Nam Cầu Kiền: no leasable figure, so total area 263.47 ha [56] at 77.5%:
    //   occupied = 0.775 × 263.47 = 204.18925 ha; free = 59.28075 ha.
    const auto& nck = park(v, "nam-cau-kien");
    CHECK(nck.basis == kBasisTotalArea);
    CHECK(*nck.occupied_ha.value == Approx(204.18925).margin(1e-9));
    CHECK(*nck.free_ha.value == Approx(59.28075).margin(1e-9));

    // Nhật Bản – Hải Phòng: 123 ha leasable [17] at 100% → 123 occupied, 0 free (a real 0, known).
    const auto& nomura = park(v, "nomura");
    CHECK(*nomura.free_ha.value == Approx(0.0).margin(1e-9));
    CHECK(*nomura.occupied_ha.value == Approx(123.0));

    // Đồ Sơn: 96.3% but no sourced area → occupied and free unknown, not 0.
    const auto& do_son = park(v, "do-son");
    CHECK(do_son.occ_pct.known());
    CHECK_FALSE(do_son.area_ha.known());
    CHECK(do_son.basis.empty());
    CHECK_FALSE(do_son.occupied_ha.known());
    CHECK_FALSE(do_son.free_ha.known());

    // Tiên Thanh: 289 ha leasable but land not handed over, no occupancy → unknown.
    const auto& tt = park(v, "tien-thanh");
    CHECK(*tt.lease_ha.value == Approx(289.0));
    CHECK_FALSE(tt.occ_pct.known());
    CHECK_FALSE(tt.free_ha.known());
    CHECK(tt.handover.find("not yet handed over") != std::string::npos);
}

TEST_CASE("the as-of date moves the figures", "[analysis][availability]") {
    const Metrics m = bundled_metrics();
    // Before Dec 2023 no per-park figure exists (CSV and layer both date them 2023-12).
    const auto before = compute_availability(bundled_parks(), m, *parse_date("2023-11-30"));
    for (const auto& a : before) {
        INFO(a.id);
        CHECK_FALSE(a.occ_pct.known());
        CHECK_FALSE(a.free_ha.known());
    }
    // A newer dated row takes over from its date on; the older figure stays before it.
    Metrics newer = m;
    newer.records.push_back({"vsip", *parse_date("2024-06"), 80.0, OccBasis::AllLand, std::nullopt, "test row", 99});
    CHECK(*park(compute_availability(bundled_parks(), newer, *parse_date("2024-05")), "vsip").occ_pct.value == Approx(76.6));
    const auto june_table = compute_availability(bundled_parks(), newer, *parse_date("2024-06"));
    const auto& june = park(june_table, "vsip");  // a reference into june_table, which must outlive it
    CHECK(*june.occ_pct.value == Approx(80.0));
    CHECK(june.occ_pct.asof == "2024-06");
    CHECK(*june.free_ha.value == Approx(748.0 * 0.2));
    // A handed-over row is not an all-land occupancy and is not used per park.
    Metrics ho = m;
    ho.records.push_back({"vsip", *parse_date("2024-06"), 99.0, OccBasis::HandedOver, std::nullopt, "test row", 99});
    CHECK(*park(compute_availability(bundled_parks(), ho, *parse_date("2024-06")), "vsip").occ_pct.value == Approx(76.6));
}

TEST_CASE("without the CSV the layer's own dated occupancy is used", "[analysis][availability]") {
    const Metrics none;
    const auto v = compute_availability(bundled_parks(), none, *parse_date("2023-12"));
    const auto& dv = park(v, "dinh-vu");
    CHECK(*dv.occ_pct.value == Approx(96.3));
    CHECK(dv.occ_from == "parks layer");
    CHECK(dv.occ_pct.source == "004_b9af243eace61f60.txt, footnote 5");
    CHECK_FALSE(park(compute_availability(bundled_parks(), none, *parse_date("2023-06")), "dinh-vu").occ_pct.known());
}

TEST_CASE("Decree 35 gauge as of Dec 2023, worked by hand", "[analysis][gauge]") {
    const Metrics m = bundled_metrics();
    const Date asof = *parse_date("2023-12");
    const auto g = compute_gauge(compute_availability(bundled_parks(), m, asof), m, asof);
    // Established parks with occupancy and an area (weight = leasable land, else total area):
    //   nomura        100.0% × 123    (leasable) = 123.00000
    //   trang-due      96.7% × 401    (total)    = 387.76700
    //   dinh-vu        96.3% × 541    (total)    = 520.98300
    //   vsip           76.6% × 748    (leasable) = 572.96800
    //   nam-cau-kien   77.5% × 263.47 (total)    = 204.18925
    //   Σ weights = 2076.47 ha; Σ occupied = 1808.90725 ha; average = 87.1145%.
    REQUIRE(g.included.size() == 5);
    CHECK(g.weight_ha == Approx(2076.47));
    CHECK(g.occupied_ha == Approx(1808.90725));
    REQUIRE(g.average_pct);
    CHECK(*g.average_pct == Approx(87.11453813).margin(1e-6));
    CHECK(g.meets_threshold == true);
    CHECK(g.mixed_bases);
    CHECK(g.below_average == std::vector<std::string>{"vsip", "nam-cau-kien"});
    CHECK(g.below_threshold.empty());

    // Left out: 4 with no area (do-son, mp-dinh-vu, hang-hai, an-duong), 5 with no occupancy
    // (tien-thanh, nam-dinh-vu-1, nam-dinh-vu-2, deep-c-3, xuan-cau). 5 + 9 = the 14 parks.
    CHECK(g.excluded.size() == 9);
    for (const char* id : {"do-son", "mp-dinh-vu", "hang-hai", "an-duong"}) {
        INFO(id);
        REQUIRE(excluded(g, id));
        CHECK(excluded(g, id)->reason.in(i18n::Language::En).find("no area") == 0);
    }
    for (const char* id : {"tien-thanh", "nam-dinh-vu-1", "nam-dinh-vu-2", "deep-c-3", "xuan-cau"}) {
        INFO(id);
        REQUIRE(excluded(g, id));
        CHECK(excluded(g, id)->reason.in(i18n::Language::En) == "no occupancy as of 2023-12");
    }
    CHECK_FALSE(excluded(g, "nomura-2"));  // not established: neither in nor out

    // The reported city figures as of Dec 2023: 65% on all land (004 3(1)); none yet on handed-over land.
    REQUIRE(g.reported_all_land);
    CHECK(g.reported_all_land->occ_pct == Approx(65.0));
    CHECK(g.reported_all_land->date == "2023-12");
    CHECK(g.reported_all_land->source.find("I.3(1)") != std::string::npos);
    CHECK_FALSE(g.reported_handed_over);
    // The city's figure leads; the partial average follows with what it covers (issue #15).
    CHECK(g.verdict().find("the city reported 65.00% (Dec 2023, all land), which meets the 60.00% threshold") == 0);
    CHECK(g.verdict().find("87.11%, meets it but covers only 5 of 14 established parks") != std::string::npos);
    // Coverage: the included parks' 2,076.47 ha of the established parks' known area.
    CHECK(g.established_area_ha > g.weight_ha);
    const std::string share = g.verdict().substr(g.verdict().find("established parks, ") + 19, 6);
    CHECK(std::stod(share) == Approx(g.weight_ha / g.established_area_ha * 100.0).margin(0.01));
    CHECK(g.verdict().find("not the official figure") != std::string::npos);
}

TEST_CASE("Decree 35 gauge what-if: overrides and exclusions recompute", "[analysis][gauge]") {
    const Metrics m = bundled_metrics();
    const Date asof = *parse_date("2023-12");
    const auto avail = compute_availability(bundled_parks(), m, asof);

    // Leave VSIP out: (1808.90725 − 572.968) / (2076.47 − 748) = 1235.93925 / 1328.47 = 93.0348%.
    WhatIf no_vsip;
    no_vsip.exclude.insert("vsip");
    const auto g1 = compute_gauge(avail, m, asof, no_vsip);
    CHECK(*g1.average_pct == Approx(93.03478814).margin(1e-6));
    REQUIRE(excluded(g1, "vsip"));
    CHECK(excluded(g1, "vsip")->reason.in(i18n::Language::En) == "left out by the what-if");

    // Count Nam Đình Vũ I (1,329 ha) as empty: 1808.90725 / (2076.47 + 1329) = 53.1177% → below 60%.
    WhatIf empty_ndv;
    empty_ndv.occupancy["nam-dinh-vu-1"] = 0.0;
    const auto g2 = compute_gauge(avail, m, asof, empty_ndv);
    CHECK(*g2.average_pct == Approx(53.11769741).margin(1e-6));
    CHECK(g2.meets_threshold == false);
    CHECK(g2.below_threshold == std::vector<std::string>{"nam-dinh-vu-1"});
    CHECK(g2.verdict().find("53.12%, is below it but covers only 6 of 14 established parks") != std::string::npos);
    CHECK(g2.included.size() == 6);
    CHECK(g2.what_if_notes.front().in(i18n::Language::En).find("was unknown") != std::string::npos);

    // An override cannot give a park an area; bad values and unknown ids are reported, not used.
    WhatIf odd;
    odd.occupancy["do-son"] = 50.0;
    odd.occupancy["vsip"] = 150.0;
    odd.exclude.insert("atlantis");
    const auto g3 = compute_gauge(avail, m, asof, odd);
    CHECK(*g3.average_pct == Approx(87.11453813).margin(1e-6));
    CHECK(g3.what_if_notes.size() == 3);
}

TEST_CASE("Decree 35 gauge before any per-park figure is unknown, not 0", "[analysis][gauge]") {
    const Metrics m = bundled_metrics();
    const Date asof = *parse_date("2023-09");
    const auto g = compute_gauge(compute_availability(bundled_parks(), m, asof), m, asof);
    CHECK_FALSE(g.average_pct);
    CHECK_FALSE(g.meets_threshold);
    CHECK(g.included.empty());
    CHECK(g.excluded.size() == 14);
    // ... but the city's own figure of 18 Sep 2023 is there, and it is the verdict (issue #15: it
    // was "unknown" although the report showed it).
    CHECK(g.verdict().find("the city reported 63.80% (18 Sep 2023, all land), which meets the 60.00% threshold") == 0);
    CHECK(g.verdict().find("no average is computed here") != std::string::npos);
    REQUIRE(g.reported_all_land);
    CHECK(g.reported_all_land->occ_pct == Approx(63.8));
    CHECK(g.reported_all_land->date == "2023-09-18");

    // Late 2024: both bases reported (001 II.1).
    const Date late = *parse_date("2024-12");
    const auto g2 = compute_gauge(compute_availability(bundled_parks(), m, late), m, late);
    REQUIRE(g2.reported_handed_over);
    CHECK(g2.reported_handed_over->occ_pct == Approx(84.0));
    CHECK(g2.reported_all_land->occ_pct == Approx(65.0));
    CHECK(g2.reported_all_land->date == "2024-11");
}
