#include <catch2/catch.hpp>

#include "analysis/decree35_gauge.h"
#include "analysis/park_metrics_csv.h"
#include "analysis_fixture.h"

using namespace analysis;
using analysis_test::bundled_parks;

namespace {

bool has_warning(const Metrics& m, const std::string& needle) {
    for (const auto& w : m.warnings)
        if ((w.file + ": " + w.message).find(needle) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("dates: month and day precision, calendar checked, as-of ordering", "[analysis][csv]") {
    CHECK(parse_date("2023-12") == Date{2023, 12, 0});
    CHECK(parse_date("2023-09-18") == Date{2023, 9, 18});
    CHECK(parse_date("2024-02-29").has_value());
    CHECK_FALSE(parse_date("2023-02-29"));
    CHECK_FALSE(parse_date("2023-13"));
    CHECK_FALSE(parse_date("2023-00"));
    CHECK_FALSE(parse_date("2023-1"));
    CHECK_FALSE(parse_date("Dec 2023"));
    CHECK_FALSE(parse_date("2023-12-32"));
    CHECK(parse_date("2023-09-18")->to_string() == "2023-09-18");
    CHECK(parse_date("2023-12")->to_string() == "2023-12");

    // A month-only figure is known from its month on; a month-only as-of date means the month's end.
    CHECK(known_as_of(*parse_date("2023-12"), *parse_date("2023-12")));
    CHECK(known_as_of(*parse_date("2023-12-31"), *parse_date("2023-12")));
    CHECK(known_as_of(*parse_date("2023-12"), *parse_date("2023-12-01")));
    CHECK_FALSE(known_as_of(*parse_date("2023-12"), *parse_date("2023-11-30")));
    CHECK(known_as_of(*parse_date("2023-09-18"), *parse_date("2023-09-18")));  // on the day itself
    CHECK_FALSE(known_as_of(*parse_date("2023-09-18"), *parse_date("2023-09-17")));
    CHECK_FALSE(known_as_of(*parse_date("2024-01-01"), *parse_date("2023-12")));
}

TEST_CASE("the bundled park_metrics.csv reads cleanly and joins the parks layer", "[analysis][csv]") {
    Metrics m = load_park_metrics(analysis_test::bundled_metrics_path());
    REQUIRE(m.read_ok);
    CHECK(m.warnings.empty());
    // 9 per-park rows (004 footnote 5: 7 parks; 004 I.3(1): VSIP, Nam Cầu Kiền) + 6 city rows.
    CHECK(m.records.size() == 15);
    join_parks(m, bundled_parks());
    CHECK(m.warnings.empty());
    CHECK(m.records.size() == 15);
    // 21 parks, 9 with a row.
    CHECK(m.parks_without_rows.size() == 12);
    CHECK(std::find(m.parks_without_rows.begin(), m.parks_without_rows.end(), "tien-thanh") != m.parks_without_rows.end());
    CHECK(std::find(m.parks_without_rows.begin(), m.parks_without_rows.end(), "vsip") == m.parks_without_rows.end());

    const auto* vsip = m.latest("vsip", *parse_date("2023-12"), OccBasis::AllLand);
    REQUIRE(vsip);
    CHECK(*vsip->occ_pct == Approx(76.6));
    CHECK(vsip->source.find("004_b9af243eace61f60.txt") != std::string::npos);
    CHECK_FALSE(m.latest("vsip", *parse_date("2023-11"), OccBasis::AllLand));

    // The city figures move with the date and keep their basis apart.
    CHECK(*m.latest(kCityId, *parse_date("2023-08"), OccBasis::AllLand)->occ_pct == Approx(63.16));
    CHECK(*m.latest(kCityId, *parse_date("2023-10"), OccBasis::AllLand)->occ_pct == Approx(63.8));
    CHECK(*m.latest(kCityId, *parse_date("2024-03"), OccBasis::AllLand)->occ_pct == Approx(60.5));
    CHECK(*m.latest(kCityId, *parse_date("2024-12"), OccBasis::AllLand)->occ_pct == Approx(65.0));
    CHECK_FALSE(m.latest(kCityId, *parse_date("2024-10"), OccBasis::HandedOver));
    CHECK(*m.latest(kCityId, *parse_date("2024-11"), OccBasis::HandedOver)->occ_pct == Approx(84.0));
    CHECK_FALSE(m.latest(kCityId, *parse_date("2023-07"), OccBasis::AllLand));
}

TEST_CASE("malformed rows, unknown ids and missing parks give warnings naming file and line", "[analysis][csv]") {
    // Line numbers: 1 header (after a BOM), 2 good, 3 unknown id, 4 bad number, 5 bad date,
    // 6 too few columns, 7-8 a good row whose quoted source spans two lines, 9 bad basis,
    // 10 out-of-range occupancy, 11 no source, 12 good row with CRLF, 13 too many columns.
    const std::string text =
        "\xEF\xBB\xBFpark_id,date,occ_pct,occ_basis,leased_ha,source\n"
        "nomura,2023-12,100,all_land,,\"004, footnote 5\"\n"
        "atlantis,2023-12,50,all_land,,made up\n"
        "vsip,2023-12,7x,all_land,,004\n"
        "dinh-vu,2023-13,96.3,all_land,,004\n"
        "trang-due,2023-12,96.7\n"
        "do-son,2023-12-15,96.3,all_land,12.5,\"line one, \"\"quoted\"\"\nline two – Đồ Sơn\"\n"
        "an-duong,2023-12,89.2,everything,,004\n"
        "hang-hai,2023-12,101,all_land,,004\n"
        "mp-dinh-vu,2023-12,99.7,all_land,,\n"
        "_city,2023-12,65,all_land,,004 3(1)\r\n"
        "nam-cau-kien,2023-12,77.5,all_land,,004,extra\n";
    Metrics m = parse_park_metrics(text, "metrics.csv");
    CHECK(m.read_ok);
    CHECK(has_warning(m, "metrics.csv:4: bad occ_pct '7x'"));
    CHECK(has_warning(m, "metrics.csv:5: bad date '2023-13'"));
    CHECK(has_warning(m, "metrics.csv:6: expected 6 columns, found 3"));
    CHECK(has_warning(m, "metrics.csv:9: bad occ_basis 'everything'"));
    CHECK(has_warning(m, "metrics.csv:10: bad occ_pct '101'"));
    CHECK(has_warning(m, "metrics.csv:11: no source"));
    CHECK(has_warning(m, "metrics.csv:13: expected 6 columns, found 7"));
    CHECK(m.warnings.size() == 7);
    REQUIRE(m.records.size() == 4);  // nomura, atlantis, do-son, _city

    const MetricRecord& do_son = m.records[2];
    CHECK(do_son.park_id == "do-son");
    CHECK(do_son.line == 7);
    CHECK(do_son.date == Date{2023, 12, 15});
    CHECK(*do_son.leased_ha == Approx(12.5));
    CHECK(do_son.source == "line one, \"quoted\"\nline two – Đồ Sơn");
    CHECK(m.records[0].park_id == "nomura");  // the BOM is not part of the first name
    CHECK(m.records[0].source == "004, footnote 5");
    CHECK(m.records[3].source == "004 3(1)");  // CR of CRLF not kept

    join_parks(m, bundled_parks());
    CHECK(has_warning(m, "metrics.csv:3: unknown park id 'atlantis'"));
    CHECK(m.records.size() == 3);
    // Parks without a row: every park but nomura and do-son.
    CHECK(m.parks_without_rows.size() == 19);
}

TEST_CASE("broken files do not crash: unreadable, empty, bad header, open quote, bad UTF-8", "[analysis][csv]") {
    Metrics missing = load_park_metrics("/nonexistent/park_metrics.csv");
    CHECK_FALSE(missing.read_ok);
    REQUIRE(missing.warnings.size() == 1);
    CHECK(missing.warnings[0].file == "/nonexistent/park_metrics.csv");
    CHECK(missing.warnings[0].to_string().find("cannot open the file") != std::string::npos);

    CHECK(has_warning(parse_park_metrics("", "e.csv"), "e.csv:1: no header"));
    Metrics bad_header = parse_park_metrics("id,when,pct\nnomura,2023-12,100\n", "h.csv");
    CHECK(has_warning(bad_header, "h.csv:1: the header must name"));
    CHECK(bad_header.records.empty());

    Metrics open_quote = parse_park_metrics(
        "park_id,date,occ_pct,occ_basis,leased_ha,source\nnomura,2023-12,100,all_land,,ok\nvsip,2023-12,76.6,all_land,,\"never closed\n",
        "q.csv");
    CHECK(has_warning(open_quote, "q.csv:3: a quoted field opened here is never closed"));
    CHECK(open_quote.records.size() == 2);  // the last field simply runs to the end

    Metrics bad_utf8 =
        parse_park_metrics("park_id,date,occ_pct,occ_basis,leased_ha,source\nnomura,2023-12,100,all_land,,\xC3\x28\n", "u.csv");
    CHECK(has_warning(bad_utf8, "u.csv:2: text is not valid UTF-8"));
    CHECK(bad_utf8.records.empty());
}

TEST_CASE("date_basis: an undated figure says so, a vague date is approximate", "[analysis][csv]") {
    Metrics m = parse_park_metrics("park_id,date,occ_pct,occ_basis,leased_ha,source,date_basis\n"
                                   "_city,2023-08,63.16,all_land,,letter,placed\n"
                                   "_city,2024-03,60.5,all_land,,press,approximate\n"
                                   "_city,2023-12,65,all_land,,report,\n"
                                   "_city,2023-12,65,all_land,,report,soon\n",
                                   "d.csv");
    REQUIRE(m.records.size() == 3);
    CHECK(m.records[0].date_basis == DateBasis::Placed);
    CHECK(m.records[1].date_basis == DateBasis::Approximate);
    CHECK(m.records[2].date_basis == DateBasis::Stated);
    CHECK(has_warning(m, "d.csv:5: bad date_basis 'soon'"));
    CHECK(date_words(m.records[0].date, DateBasis::Placed, i18n::Language::En) == "Aug 2023, undated in the source");
    CHECK(date_words(m.records[1].date, DateBasis::Approximate, i18n::Language::En) == "≈ Mar 2024");

    // The bundled table: the appendix's 63.16% has no date of its own, and the verdict says so.
    const Metrics bundled = load_park_metrics(analysis_test::bundled_metrics_path());
    const auto gauge = compute_gauge({}, bundled, *parse_date("2023-08"));
    REQUIRE(gauge.reported_all_land);
    CHECK(gauge.verdict().find("63.16% (Aug 2023, undated in the source") != std::string::npos);
}

TEST_CASE("a table that is a folder, or has CR-only line ends, is read or refused clearly", "[analysis][csv]") {
    test_support::TempDir dir;
    std::filesystem::create_directories(dir / "park_metrics.csv");
    const Metrics folder = load_park_metrics((dir / "park_metrics.csv").string());
    CHECK_FALSE(folder.read_ok);
    REQUIRE(folder.warnings.size() == 1);
    CHECK(folder.warnings[0].to_string().find("it is a folder, not a file") != std::string::npos);
    CHECK(folder.warnings[0].to_string(i18n::Language::Vi) != folder.warnings[0].to_string());  // the reason is translated too

    // Line ends of old Mac spreadsheets: a lone CR ends each record.
    const Metrics cr = parse_park_metrics("park_id,date,occ_pct,occ_basis,leased_ha,source\rnomura,2023-12,100,all_land,,r\r"
                                          "vsip,2023-12,76.6,all_land,,r\r",
                                          "cr.csv");
    CHECK(cr.warnings.empty());
    CHECK(cr.records.size() == 2);
    CHECK(cr.records[1].line == 3);
}
