#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <sstream>

#include "analysis/park_facts.h"
#include "analysis/site_finder.h"
#include "analysis/site_report.h"
#include "analysis_fixture.h"

using namespace analysis;
using analysis_test::bundled_catalog;
using analysis_test::bundled_parks;

namespace {

const char* kHeader = "subject,fact,value,value_high,unit,as_of,source,note\n";

ParkFacts facts_of(const std::string& rows) { return parse_park_facts(std::string(kHeader) + rows, "facts.csv"); }

Metrics bundled_metrics() { return load_park_metrics(analysis_test::bundled_metrics_path()); }

const SiteCandidate& candidate(const SiteFinderResult& r, const std::string& id) {
    for (const auto& c : r.candidates)
        if (c.park_id == id) return c;
    throw std::runtime_error("no candidate " + id);
}

}  // namespace

TEST_CASE("park facts: found values, where we looked, and bad rows named by line", "[analysis][facts]") {
    const ParkFacts f = facts_of(
        "vsip,lease_usd_m2,100,120,USD/m2,2025-10-06,\"a page, 2025\",\"\"\"100 – 120 USD\"\"\"\n"  // line 2
        "vsip,sectors,electronics; high_tech,,text,2021-07,a page,quote\n"                             // 3
        "vsip,available_ha,,,,,,\"not found; searched: vsip.com.vn, heza\"\n"                          // 4
        "vsip,power_mva,63,,MVA,,an undated page,quote\n"                                               // 5: undated
        "vsip,sectors,robots,,text,2021,a page,quote\n"                                                 // 6: not a sector key
        "vsip,total_ha,1566,,ha,2021,,quote\n"                                                          // 7: no source
        "vsip,lease_usd_m2,120,100,USD/m2,2025,a page,quote\n"                                          // 8: high < low
        "vsip,rent,5,,USD,2025,a page,quote\n"                                                          // 9: unknown fact
        "vsip,total_ha,1566,,ha,21-07,a page,quote\n"                                                   // 10: bad date
        "vsip,available_ha,,,,,a page,\n");                                                             // 11: no value, a source
    REQUIRE(f.read_ok);
    REQUIRE(f.facts.size() == 4);
    const Fact* price = f.latest("vsip", fact::kLeaseUsdM2);
    REQUIRE(price);
    CHECK(*price->value == 100.0);
    CHECK(*price->value_high == 120.0);
    CHECK(price->source == "a page, 2025");
    CHECK(f.latest("vsip", fact::kSectors)->text == "electronics; high_tech");
    CHECK(f.latest("vsip", fact::kAvailableHa) == nullptr);
    REQUIRE(f.not_found("vsip", fact::kAvailableHa));
    CHECK(f.not_found("vsip", fact::kAvailableHa)->note.find("vsip.com.vn") != std::string::npos);
    CHECK_FALSE(f.latest("vsip", fact::kPowerMva)->asof.has_value());

    std::vector<std::string> where;
    for (const auto& w : f.warnings) where.push_back(w.file);
    CHECK(where == std::vector<std::string>{"facts.csv:6", "facts.csv:7", "facts.csv:8", "facts.csv:9", "facts.csv:10", "facts.csv:11"});

    CHECK(parse_park_facts("park,fact\n", "x.csv").warnings.size() == 1);  // wrong header: nothing read
}

TEST_CASE("park facts: the newest figure known as of a date; a bare year counts from its end", "[analysis][facts]") {
    const ParkFacts f = facts_of("p,available_ha,30,,ha,2023-06,s1,q\n"
                                 "p,available_ha,12,,ha,2024,s2,q\n"
                                 "p,available_ha,99,,ha,,undated page,q\n");
    CHECK(*f.latest("p", fact::kAvailableHa, Date{2023, 12, 0})->value == 30.0);
    CHECK(*f.latest("p", fact::kAvailableHa, Date{2024, 11, 0})->value == 30.0);  // "2024" is not known before Dec 2024
    CHECK(*f.latest("p", fact::kAvailableHa, Date{2024, 12, 0})->value == 12.0);
    CHECK(*f.latest("p", fact::kAvailableHa, Date{2022, 1, 0})->value == 99.0);   // only the undated one
    CHECK(f.latest_date() == Date{2024, 12, 0});
}

TEST_CASE("a park's status follows the date: not yet established, then each status from its date", "[analysis][facts]") {
    const ParkFacts f = facts_of("nomura-2,status,planned,,text,2024-12-31,Decision 1709/QĐ-TTg,q\n"
                                 "nomura-2,status,building,,text,2025-12,groundbreaking,q\n");
    CHECK(park_status_as_of(f, "nomura-2", "building", Date{2023, 12, 0}).status == kNotEstablished);
    CHECK(park_status_as_of(f, "nomura-2", "building", Date{2025, 1, 0}).status == "planned");
    CHECK(park_status_as_of(f, "nomura-2", "building", Date{2026, 1, 0}).status == "building");
    CHECK(park_status_as_of(f, "vsip", "operating", Date{2023, 12, 0}).status == "operating");  // no rows: the layer's
    CHECK(park_status_as_of(f, "nomura-2", "building", Date{2025, 1, 0}).since->source == "Decision 1709/QĐ-TTg");
}

TEST_CASE("site finder: free land recomputed from the bundled layer and table, unknown apart", "[analysis][finder]") {
    const Metrics metrics = bundled_metrics();
    const ParkFacts none = facts_of("");
    SiteQuery q;
    q.min_free_ha = 40;
    q.asof = Date{2023, 12, 0};
    const auto res = find_sites(bundled_catalog(), metrics, none, q);
    REQUIRE(res.candidates.size() == bundled_parks().features.size());

    // An independent recomputation: occupancy (table, else layer) of leasable land, else total area.
    const data::Layer& parks = bundled_parks();
    int met = 0, unknown = 0;
    for (const auto& f : parks.features) {
        const std::string id = *parks.text(f, "id");
        std::optional<double> occ;
        if (const MetricRecord* r = metrics.latest(id, q.asof, OccBasis::AllLand)) occ = r->occ_pct;
        else if (parks.number(f, "occ_pct")) occ = parks.number(f, "occ_pct");
        const auto basis = parks.number(f, "lease_ha") ? parks.number(f, "lease_ha") : parks.number(f, "area_ha");
        const auto& c = candidate(res, id);
        REQUIRE(c.criteria.size() == 1);
        if (occ && basis) {
            const double free = *basis * (1.0 - *occ / 100.0);
            CHECK(c.criteria[0].verdict == (free >= 40 ? Verdict::Met : Verdict::NotMet));
            CHECK(*c.criteria[0].value == std::round(free));
            CHECK(c.criteria[0].figure.rfind("≈ ", 0) == 0);  // computed: approximate, whole hectares
            CHECK(c.criteria[0].basis.find("computed") != std::string::npos);
            met += free >= 40;
        } else {
            CHECK(c.criteria[0].verdict == Verdict::Unknown);
            CHECK(c.group == FitGroup::AskDeveloper);  // never a silent no
            ++unknown;
        }
    }
    CHECK(met == 2);  // VSIP (≈ 175 ha) and Nam Cầu Kiền (≈ 59 ha)
    CHECK(unknown >= 12);
    CHECK(candidate(res, "vsip").rank == 1);  // the most free land first
    CHECK(candidate(res, "vsip").group == FitGroup::Fits);
}

TEST_CASE("site finder: a reported free-land figure, sectors, ready dates and distances", "[analysis][finder]") {
    const ParkFacts facts = facts_of(
        "vsip,available_ha,30,,ha,2024-06,developer page,q\n"
        "vsip,sectors,electronics;high_tech,,text,2021-07,vsip page,q\n"
        "nam-cau-kien,sectors,chemicals,,text,2021,page,q\n"
        "tien-thanh,ready,2026,,target,2024,article,q\n"
        "xuan-cau,ready,2025-06,,date,2023-05,article,q\n"
        "deep-c-3,ready,2027-01,,target,2024,article,q\n"
        "nomura-2,ready,2024-01,,target,2023-01,article,q\n"
        "vinh-quang,ready,2026-03,,target,2024-06,article,q\n"
        "trang-due,contact,SHP; 0225 282 0182,,text,,site,q\n");
    SiteQuery q;
    q.sector = "electronics";
    q.ready_by = Date{2026, 6, 0};
    q.min_free_ha = 20;
    q.max_km = {{"lach-huyen-port", 25.0, {}}};
    q.asof = Date{2024, 11, 0};
    const auto res = find_sites(bundled_catalog(), bundled_metrics(), facts, q);

    const auto& vsip = candidate(res, "vsip");
    REQUIRE(vsip.criteria.size() == 4);
    CHECK(vsip.criteria[0].verdict == Verdict::Met);  // 30 ha reported, newer than the Dec 2023 occupancy
    CHECK(*vsip.criteria[0].value == 30.0);
    CHECK(vsip.criteria[0].source == "developer page");
    CHECK(vsip.criteria[1].verdict == Verdict::Met);
    CHECK(vsip.criteria[2].verdict == Verdict::Met);  // operating
    CHECK(candidate(res, "nam-cau-kien").criteria[1].verdict == Verdict::NotMet);  // its list lacks electronics
    CHECK(candidate(res, "dinh-vu").criteria[1].verdict == Verdict::Unknown);      // no list
    CHECK(candidate(res, "tien-thanh").criteria[2].verdict == Verdict::Unknown);   // "2026" cannot say before June
    CHECK(candidate(res, "xuan-cau").criteria[2].verdict == Verdict::Met);
    CHECK(candidate(res, "deep-c-3").criteria[2].verdict == Verdict::NotMet);      // even the plan is later
    CHECK(candidate(res, "nomura-2").criteria[2].verdict == Verdict::Unknown);     // a target already past
    CHECK(candidate(res, "nomura-2").criteria[2].figure.find("passed") != std::string::npos);
    CHECK(candidate(res, "vinh-quang").criteria[2].verdict == Verdict::Unknown);   // a plan in time: ask whether it holds
    CHECK(candidate(res, "vinh-quang").criteria[2].basis.find("plan") != std::string::npos);
    CHECK(candidate(res, "hang-hai").criteria[3].verdict == Verdict::Unknown);     // no outline, no distance
    CHECK(candidate(res, "xuan-cau").criteria[3].verdict == Verdict::Met);
    CHECK(candidate(res, "nam-trang-cat").criteria[3].verdict == Verdict::Unknown);  // placed only in its district
    CHECK(candidate(res, "trang-due").contact == "SHP; 0225 282 0182");

    // Groups in order, ranks 1..n.
    int last_group = 0;
    for (size_t i = 0; i < res.candidates.size(); ++i) {
        const auto& c = res.candidates[i];
        CHECK(c.rank == int(i + 1));
        CHECK(int(c.group) >= last_group);
        last_group = int(c.group);
        CHECK(c.group == (c.not_met ? FitGroup::DoesNotFit : c.unknown ? FitGroup::AskDeveloper : FitGroup::Fits));
    }
}

TEST_CASE("site finder CSV: one row per park and criterion, machine keys", "[analysis][finder]") {
    SiteQuery q;
    q.min_free_ha = 10;
    q.max_km = {{"cat-bi-airport", 12.5, {}}};
    q.asof = Date{2023, 12, 0};
    const auto res = find_sites(bundled_catalog(), bundled_metrics(), facts_of(""), q);
    std::ostringstream out;
    write_sites(out, res, Format::Csv, i18n::Language::En);
    const std::string csv = out.str();
    CHECK(csv.rfind("group,rank,park_id,park,status,criterion,verdict,value,figure,basis,source,as_of,contact\r\n", 0) == 0);
    CHECK(csv.find(",free_ha>=10,") != std::string::npos);
    CHECK(csv.find(",km:cat-bi-airport<=12.5,") != std::string::npos);
    size_t rows = 0;
    for (char c : csv) rows += c == '\n';
    CHECK(rows == 1 + 2 * bundled_parks().features.size());
}

TEST_CASE("the merger note appears from 1 July 2025 on", "[analysis][finder]") {
    CHECK(merger_note(Date{2025, 6, 30}, i18n::Language::En).empty());
    CHECK(merger_note(Date{2025, 7, 0}, i18n::Language::En).find("Hải Dương") != std::string::npos);
    CHECK(merger_note(Date{2026, 1, 0}, i18n::Language::Ko).find("202/2025/QH15") != std::string::npos);
}
