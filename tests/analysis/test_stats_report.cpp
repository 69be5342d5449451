#include <catch2/catch.hpp>

#include <sstream>

#include "analysis/stats_report.h"
#include "analysis_fixture.h"
#include "app/stats_command.h"

using namespace analysis;
using analysis_test::bundled_catalog;

namespace {

// An independent RFC 4180 reader for the report (quoted fields, "" escapes, CRLF).
std::vector<std::vector<std::string>> read_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
    bool q = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (q) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') rows.back().back() += '"', ++i;
            else if (c == '"') q = false;
            else rows.back().back() += c;
        } else if (c == '"') q = true;
        else if (c == ',') rows.back().emplace_back();
        else if (c == '\r') continue;
        else if (c == '\n') rows.emplace_back(1);
        else rows.back().back() += c;
    }
    if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
    return rows;
}

std::string report(Format f, const std::string& date, const WhatIf& w = {}, i18n::Language lang = i18n::Language::En) {
    const Metrics m = load_park_metrics(analysis_test::bundled_metrics_path());
    std::ostringstream out;
    REQUIRE(write_stats(out, bundled_catalog(), m, *parse_date(date), f, w, lang));
    return out.str();
}

}  // namespace

TEST_CASE("the CSV report parses back with every figure, date, source and unknown", "[analysis][report]") {
    const auto rows = read_csv(report(Format::Csv, "2023-12"));
    const size_t ncol = std::size(kCsvColumns);
    REQUIRE(rows.size() == 1 + 21 + 1 + 1);  // header, parks, gauge, one reported figure (all land)
    for (size_t c = 0; c < ncol; ++c) CHECK(rows[0][c] == kCsvColumns[c]);
    for (const auto& r : rows) CHECK(r.size() == ncol);
    auto col = [&](const char* name) {
        for (size_t c = 0; c < ncol; ++c)
            if (rows[0][c] == name) return c;
        throw std::runtime_error(name);
    };
    auto row = [&](const std::string& id) -> const std::vector<std::string>& {
        for (const auto& r : rows)
            if (r[1] == id) return r;
        throw std::runtime_error(id);
    };
    const auto& vsip = row("vsip");
    CHECK(vsip[col("record")] == "park");
    CHECK(vsip[col("leasable_ha")] == "748.00");
    CHECK(vsip[col("occupancy_pct")] == "76.60");
    CHECK(vsip[col("occupancy_asof")] == "2023-12");
    CHECK(vsip[col("occupied_ha")] == "573");  // computed from a percentage: whole hectares
    CHECK(vsip[col("free_ha")] == "175");
    CHECK(vsip[col("basis")] == "leasable land");
    CHECK(vsip[col("occupancy_source")].find("004_b9af243eace61f60.txt, section I.3(1)") != std::string::npos);
    CHECK(vsip[col("leasable_source")].find("[54] viipip.com") != std::string::npos);
    CHECK(std::stod(vsip[col("dist_lach_huyen_km")]) > 10.0);

    const auto& tt = row("tien-thanh");
    CHECK(tt[col("occupancy_pct")] == "");  // an unknown number is an empty cell
    CHECK(tt[col("free_ha")] == "");
    CHECK(tt[col("note")].find("left out of the Decree 35 gauge: no occupancy as of 2023-12") != std::string::npos);
    CHECK(row("do-son")[col("area_ha")] == "");
    CHECK(row("hang-hai")[col("dist_lach_huyen_km")] == "");
}

TEST_CASE("the CSV report's gauge and reported rows", "[analysis][report]") {
    const auto rows = read_csv(report(Format::Csv, "2024-12"));
    std::vector<std::string> gauge, all_land, handed;
    for (const auto& r : rows) {
        if (r[0] == "gauge") gauge = r;
        if (r[0] == "reported_city" && r[14] == "all_land") all_land = r;
        if (r[0] == "reported_city" && r[14] == "handed_over") handed = r;
    }
    REQUIRE(!gauge.empty());
    CHECK(gauge[9] == "87.11");  // per-park figures are still those of Dec 2023
    CHECK(gauge[18].find("meets the 60.00% threshold") != std::string::npos);
    CHECK(gauge[18].find("below the average: vsip nam-cau-kien") != std::string::npos);
    REQUIRE(!all_land.empty());
    CHECK(all_land[9] == "65.00");
    CHECK(all_land[10] == "2024-11");
    REQUIRE(!handed.empty());
    CHECK(handed[9] == "84.00");
    CHECK(handed[11].find("001_2d3212b9177f718d.txt") != std::string::npos);
}

TEST_CASE("the Markdown report states the verdict and the left-out parks", "[analysis][report]") {
    const std::string md = report(Format::Md, "2023-12");
    CHECK(md.find("# Land availability of Hai Phong's industrial parks as of Dec 2023") != std::string::npos);
    CHECK(md.find("**Verdict:** the city reported 65.00% (Dec 2023, all land), which meets the 60.00% threshold") !=
          std::string::npos);
    CHECK(md.find("87.11%, meets it but covers only 5 of 14 established parks") != std::string::npos);
    CHECK(md.find("- tien-thanh: no occupancy as of 2023-12") != std::string::npos);
    CHECK(md.find("- do-son: no area") != std::string::npos);
    CHECK(md.find("| all land | 65.00 | Dec 2023 |") != std::string::npos);
    CHECK(md.find("| land handed over | unknown | unknown | unknown |") != std::string::npos);
    CHECK(md.find("| vsip | ") != std::string::npos);

    WhatIf w;
    w.occupancy["nam-dinh-vu-1"] = 0.0;
    const std::string what_if = report(Format::Md, "2023-12", w);
    CHECK(what_if.find("53.12%, is below it but covers only 6 of 14 established parks") != std::string::npos);
    CHECK(what_if.find("What-if: set nam-dinh-vu-1 to 0.00% (was unknown)") != std::string::npos);

    // Before any park's figure, the city's own figure is the verdict, not "unknown" (issue #15).
    const std::string early = report(Format::Md, "2023-09");
    CHECK(early.find("**Verdict:** the city reported 63.80% (18 Sep 2023, all land), which meets") != std::string::npos);
    CHECK(report(Format::Md, "2020-01").find("**Verdict:** unknown: no city-wide figure is reported") != std::string::npos);
}

TEST_CASE("the reports in each language: words, numbers and dates as its readers write them", "[analysis][report][i18n]") {
    using i18n::Language;
    // VSIP's area (1566 ha) and the heading's date, as each language writes them.
    const std::pair<Language, std::pair<const char*, const char*>> expected[] = {
        {Language::En, {"| 1,566.00 |", "Dec 2023"}},   {Language::Vi, {"| 1.566,00 |", "T12/2023"}},
        {Language::Zh, {"| 1,566.00 |", "2023年12月"}}, {Language::Ko, {"| 1,566.00 |", "2023년 12월"}},
        {Language::Ja, {"| 1,566.00 |", "2023年12月"}},
    };
    for (const auto& [lang, figures] : expected) {
        INFO(i18n::code(lang));
        const std::string md = report(Format::Md, "2023-12", {}, lang);
        CHECK(md.find(figures.first) != std::string::npos);
        const std::string heading = i18n::trf("# Land availability of Hai Phong's industrial parks as of {0}", lang, {figures.second});
        CHECK(md.rfind(heading, 0) == 0);
        if (lang != Language::En) {
            CHECK(heading != i18n::trf("# Land availability of Hai Phong's industrial parks as of {0}", Language::En, {figures.second}));
            CHECK(md.find("**Verdict:**") == std::string::npos);  // the whole report, not only its title
            CHECK(md.find(i18n::tr("operating", lang)) != std::string::npos);
        }
        // The CSV is for programs too: its column names and number format do not change.
        const auto rows = read_csv(report(Format::Csv, "2023-12", {}, lang));
        REQUIRE(!rows.empty());
        CHECK(rows.front() == std::vector<std::string>(std::begin(kCsvColumns), std::end(kCsvColumns)));
        bool vsip = false;
        for (const auto& r : rows)
            if (r.size() > 7 && r[1] == "vsip") vsip = r[7] == "748.00";
        CHECK(vsip);
    }
}

TEST_CASE("run_stats: dates, formats, warnings and exit codes", "[analysis][report][cli]") {
    const std::string path = analysis_test::bundled_metrics_path();
    std::ostringstream out, err;
    CHECK(app::run_stats(bundled_catalog(), path, std::string("2023-12"), Format::Md, out, err) == 0);
    CHECK(out.str().find("**Verdict:**") != std::string::npos);
    CHECK(err.str().find("note: no row for nomura-2") != std::string::npos);

    std::ostringstream out2, err2;
    CHECK(app::run_stats(bundled_catalog(), path, std::string("December"), Format::Csv, out2, err2) == 2);
    CHECK(out2.str().empty());
    CHECK(err2.str().find("--asof") != std::string::npos);

    std::ostringstream out3, err3;
    CHECK(app::run_stats(bundled_catalog(), "/nonexistent.csv", std::nullopt, Format::Csv, out3, err3) == 1);
    CHECK(err3.str().find("/nonexistent.csv") != std::string::npos);

    // Default date: the newest figure (001's 2024-11).
    std::ostringstream out4, err4;
    CHECK(app::run_stats(bundled_catalog(), path, std::nullopt, Format::Csv, out4, err4) == 0);
    CHECK(err4.str().find("as of 2024-11") != std::string::npos);

    // A broken row is reported with file and line; the report is still written.
    test_support::TempDir dir;
    test_support::write_file(dir / "m.csv", "park_id,date,occ_pct,occ_basis,leased_ha,source\nvsip,2023-12,abc,all_land,,x\n"
                                            "atlantis,2023-12,50,all_land,,x\n");
    std::ostringstream out5, err5;
    CHECK(app::run_stats(bundled_catalog(), (dir / "m.csv").string(), std::string("2023-12"), Format::Csv, out5, err5) == 0);
    CHECK(err5.str().find("m.csv:2: warning: bad occ_pct 'abc'") != std::string::npos);
    CHECK(err5.str().find("m.csv:3: warning: unknown park id 'atlantis'") != std::string::npos);
    CHECK(out5.str().find("vsip") != std::string::npos);

    data::Catalog empty;
    std::ostringstream out6, err6;
    CHECK(app::run_stats(empty, path, std::nullopt, Format::Csv, out6, err6) == 1);
}
