// The analysis panels' logic (no window): table rows against figures worked out by hand from
// the bundled data, filters, sorting, CSV export and its atomic write, the date slider moving
// figures and map styles, and the gauge's what-if.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/settings.h"
#include "data/catalog.h"
#include "geo/crs.h"
#include "render/map_style.h"
#include "ui/panels/availability_text.h"
#include "state/compare_set.h"
#include "ui/panels/compare_panel.h"
#include "ui/panels/date_slider.h"
#include "ui/panels/gauge_panel.h"
#include "state/park_figures.h"
#include "ui/panels/park_table.h"
#include "ui/panels/text_fold.h"

namespace fs = std::filesystem;

namespace {

const data::Catalog& catalog() {
    static const data::Catalog c = data::load_catalog(PARKATLAS_TEST_DATA, {}, geo::kDisplayCrs);
    return c;
}

analysis::Date date(const char* s) { return *analysis::parse_date(s); }

state::ParkFigures figures_as_of(const char* asof) {
    state::ParkFigures f = state::load_park_figures(catalog(), state::metrics_path_beside_parks(catalog()));
    REQUIRE(f.ok());
    state::set_asof(f, catalog(), date(asof));
    return f;
}

const ui::TableRow& row(const std::vector<ui::TableRow>& rows, const std::string& id) {
    for (const auto& r : rows)
        if (r.id == id) return r;
    FAIL("no row " << id);
    throw;
}

std::vector<std::string> ids(const std::vector<ui::TableRow>& rows) {
    std::vector<std::string> out;
    for (const auto& r : rows) out.push_back(r.id);
    return out;
}

std::vector<std::string> sorted(std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
}

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("pa-ui-test-" + std::to_string(::getpid()));
    TempDir() { fs::create_directories(path); }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

}  // namespace

TEST_CASE("table rows match figures worked out by hand, as of 2023-12", "[table]") {
    const auto f = figures_as_of("2023-12");
    const auto rows = ui::build_table_rows(catalog(), f, i18n::Language::En);
    REQUIRE(rows.size() == 21);
    // VSIP: 748 ha leasable land [54], 76.6% (004 §I.3(1)) → occupied 572.968, free 175.032 ha.
    const auto& vsip = row(rows, "vsip");
    CHECK(vsip.status == "operating");
    CHECK(*vsip.area_ha == Approx(1566.0));
    CHECK(*vsip.lease_ha == Approx(748.0));
    CHECK(*vsip.occ_pct == Approx(76.6));
    CHECK(vsip.occ_asof == "2023-12");
    CHECK(*vsip.occupied_ha == Approx(748.0 * 0.766));
    CHECK(*vsip.free_ha == Approx(175.032));
    CHECK(vsip.basis == analysis::kBasisLeasable);
    CHECK(vsip.sources.find("occupancy: HEZA report 6037/BC-BQL, 15 Dec 2023, section I.3(1)") != std::string::npos);
    // Đình Vũ: no leasable land sourced, so the 541 ha total area is the basis: free = 541 × 3.7%.
    const auto& dv = row(rows, "dinh-vu");
    CHECK(*dv.free_ha == Approx(541.0 * 0.037));
    CHECK(dv.basis == analysis::kBasisTotalArea);
    // Straight-line distance to Lạch Huyện exists for a drawn park, unknown without an outline.
    CHECK(*dv.dist_port_km > 5.0);
    CHECK(*dv.dist_port_km < 20.0);
    CHECK_FALSE(row(rows, "hang-hai").dist_port_km);
    // MP Đình Vũ: occupancy known, area unknown (in the layer and in park_facts.csv) → free unknown, not 0.
    CHECK(row(rows, "mp-dinh-vu").occ_pct);
    CHECK_FALSE(row(rows, "mp-dinh-vu").free_ha);
    // An Dương: the layer has no area; park_facts.csv gives 196 ha (phase 1, Dec 2016), with its source.
    CHECK(*row(rows, "an-duong").free_ha == Approx(196.0 * (1 - 0.892)));
    CHECK(row(rows, "an-duong").sources.find("park_facts.csv line") != std::string::npos);
    // Statuses are those of the date: Nam Tràng Cát was founded in 2025, Nam Đình Vũ I still building.
    CHECK(row(rows, "nam-trang-cat").status == "not_established");
}

TEST_CASE("table filters: text folds accents, status, minimum free land, tenant/developer", "[table]") {
    const auto f = figures_as_of("2023-12");
    const auto rows = ui::build_table_rows(catalog(), f, i18n::Language::En);
    const std::vector<std::string> dinh_vu = {"dinh-vu", "mp-dinh-vu", "nam-dinh-vu-1", "nam-dinh-vu-2"};
    ui::TableFilter text;
    text.text = "dinh vu";
    CHECK(sorted(ids(ui::filter_and_sort(rows, text, {}))) == dinh_vu);
    text.text = "Đình Vũ";
    CHECK(sorted(ids(ui::filter_and_sort(rows, text, {}))) == dinh_vu);

    // The investor's question: operating parks with at least 20 ha free. Parks whose free land is
    // unknown (MP Đình Vũ, Hàng Hải) stay in the list: an unknown is not a no.
    ui::TableFilter investor;
    investor.statuses = {"operating"};
    investor.min_free_ha = 20.0;
    CHECK(sorted(ids(ui::filter_and_sort(rows, investor, {}))) ==
          std::vector<std::string>{"an-duong", "dinh-vu", "hang-hai", "mp-dinh-vu", "nam-cau-kien", "vsip"});
    investor.min_free_ha = 100.0;
    CHECK(ids(ui::filter_and_sort(rows, investor, ui::TableSort{ui::TableColumn::Free, false})) ==
          std::vector<std::string>{"vsip", "hang-hai", "mp-dinh-vu"});

    ui::TableFilter planned;  // as of Dec 2023: Vinh Quang, Ngũ Phúc, Tân Trào (no status facts) and Thủy Nguyên 2
    planned.statuses = {"planned"};
    CHECK(ui::filter_and_sort(rows, planned, {}).size() == 4);

    ui::TableFilter sector;
    sector.sector = "kyocera";  // a VSIP tenant
    CHECK(ids(ui::filter_and_sort(rows, sector, {})) == std::vector<std::string>{"vsip"});
    sector.sector = "steel";    // Việt Pháp Steel, Nam Đình Vũ I
    CHECK(ids(ui::filter_and_sort(rows, sector, {})) == std::vector<std::string>{"nam-dinh-vu-1"});
    // "LG" is LG's parks, not Đình Vũ's Belgian developer (Rent-A-Port, Belgium).
    sector.sector = "LG";
    const auto lg = ids(ui::filter_and_sort(rows, sector, {}));
    CHECK(std::find(lg.begin(), lg.end(), "trang-due") != lg.end());
    CHECK(std::find(lg.begin(), lg.end(), "dinh-vu") == lg.end());
}

TEST_CASE("table sorts by any column, unknowns last", "[table]") {
    const auto f = figures_as_of("2023-12");
    const auto rows = ui::build_table_rows(catalog(), f, i18n::Language::En);
    auto by_free = ui::filter_and_sort(rows, {}, {ui::TableColumn::Free, false});
    CHECK(ids(by_free).front() == "vsip");
    CHECK(by_free[1].id == "nam-cau-kien");
    CHECK(by_free[2].id == "an-duong");  // 196 ha × 10.8% ≈ 21.2
    CHECK(by_free[3].id == "dinh-vu");   // 541 ha × 3.7% ≈ 20.0
    CHECK_FALSE(by_free.back().free_ha);
    auto by_free_up = ui::filter_and_sort(rows, {}, {ui::TableColumn::Free, true});
    CHECK(by_free_up.front().id == "nomura");  // 100% occupied: 0 ha free
    CHECK_FALSE(by_free_up.back().free_ha);    // unknown still last
    auto by_area = ui::filter_and_sort(rows, {}, {ui::TableColumn::Area, false});
    CHECK(by_area.front().id == "vsip");       // 1,566 ha
    auto by_name = ui::filter_and_sort(rows, {}, {ui::TableColumn::Name, true});
    for (size_t i = 1; i < by_name.size(); ++i)
        CHECK(ui::fold_for_search(by_name[i - 1].label) <= ui::fold_for_search(by_name[i].label));
}

TEST_CASE("CSV export: header, quoting, UTF-8 names, only the rows shown", "[table][export]") {
    const auto f = figures_as_of("2023-12");
    const auto rows = ui::build_table_rows(catalog(), f, i18n::Language::Vi);
    ui::TableFilter filter;
    filter.text = "dinh vu";
    filter.statuses = {"operating"};
    filter.min_free_ha = 10.0;
    const auto shown = ui::filter_and_sort(rows, filter, {ui::TableColumn::Free, false});
    REQUIRE(ids(shown) == std::vector<std::string>{"dinh-vu", "mp-dinh-vu"});  // MP Đình Vũ: free land unknown, kept
    const std::string csv = ui::table_csv({shown.front()}, f.asof);
    const std::string header =
        "id,name,status,area_ha,leasable_ha,occupancy_pct,occupancy_asof,occupied_ha,free_ha,basis,"
        "straight_line_km_lach_huyen,developer,tenants,table_asof,sources\r\n";
    REQUIRE(csv.substr(0, header.size()) == header);
    const std::string body = csv.substr(header.size());
    CHECK(std::count(body.begin(), body.end(), '\n') == 1);            // one row: the filter holds
    // An unknown number is an empty cell (a spreadsheet reads the column as numbers).
    // Occupied and free land are computed from a percentage: whole hectares.
    CHECK(body.rfind("dinh-vu,KCN Đình Vũ,operating,541.00,,96.30,2023-12,521,20,", 0) == 0);
    CHECK(body.find("\"Bridgestone, Chevron, Knauf, Shin-Etsu, Idemitsu\"") != std::string::npos);  // commas quoted
    CHECK(body.find(",2023-12,\"") != std::string::npos);               // as-of, then the quoted sources

    ui::TableRow odd;
    odd.id = "x";
    odd.name = "Say \"hi\", then go";
    const std::string q = ui::table_csv({odd}, f.asof);
    CHECK(q.find("x,\"Say \"\"hi\"\", then go\",unknown,,,,unknown,,,unknown,,unknown,unknown,") != std::string::npos);
}

TEST_CASE("CSV export is written atomically", "[export]") {
    TempDir dir;
    const fs::path target = dir.path / "parks.csv";
    {
        std::ofstream old(target);
        old << "old content that is longer than the new one......................................\n";
    }
    std::string error;
    REQUIRE(app::write_file_atomically(target.string(), "id\r\nvsip\r\n", &error));
    CHECK(read(target) == "id\r\nvsip\r\n");
    size_t files = 0;
    for (const auto& e : fs::directory_iterator(dir.path)) {
        ++files;
        CHECK(e.path().filename() == "parks.csv");  // no temporary file left behind
    }
    CHECK(files == 1);

    // A folder that cannot exist (its parent is a file): an error, no crash, nothing written.
    const fs::path blocker = dir.path / "not-a-folder";
    std::ofstream(blocker) << "x";
    error.clear();
    CHECK_FALSE(app::write_file_atomically((blocker / "parks.csv").string(), "id\r\n", &error));
    CHECK_FALSE(error.empty());
}

TEST_CASE("date slider: the dates of the figures, and moving the date", "[slider]") {
    auto f = figures_as_of("2024-11");
    std::vector<std::string> dates;
    for (const auto& d : f.dates) dates.push_back(d.to_string());
    CHECK(dates == std::vector<std::string>{"2023-08", "2023-09-18", "2023-12", "2024-03", "2024-11"});
    CHECK(ui::date_stop(f.dates, date("2024-01")) == 2u);   // the last stop not after it
    CHECK(ui::date_stop(f.dates, date("2023-09-18")) == 1u);
    CHECK_FALSE(ui::date_stop(f.dates, date("2020-01")));

    const size_t vsip = *f.index_of("vsip");
    const data::MapLayer& parks = catalog().layers[f.parks_layer];
    state::set_asof(f, catalog(), date("2023-12"));
    CHECK(f.parks[vsip].occ_pct.value == Approx(76.6));
    auto styles = render::style_parks(parks, state::occupancy_by_feature(f));
    CHECK(styles[vsip].fill.r == render::occupancy_colour(data::OccupancyClass::From60To80).r);
    CHECK(state::legend_dates(f, i18n::Language::En) == "Dec 2023");
    CHECK(ui::build_table_rows(catalog(), f, i18n::Language::En)[vsip].free_ha);

    // Before the first park figure (Aug 2023), VSIP is unknown everywhere: figures, table, style.
    state::set_asof(f, catalog(), date("2023-08"));
    CHECK_FALSE(f.parks[vsip].occ_pct.known());
    CHECK_FALSE(ui::build_table_rows(catalog(), f, i18n::Language::En)[vsip].free_ha);
    styles = render::style_parks(parks, state::occupancy_by_feature(f));
    const render::Rgba unknown = render::occupancy_colour(data::OccupancyClass::Unknown);
    CHECK((styles[vsip].fill.r == unknown.r && styles[vsip].fill.g == unknown.g && styles[vsip].fill.b == unknown.b));
    CHECK(state::legend_dates(f, i18n::Language::En) == "unknown (as of Aug 2023)");
    CHECK(ui::availability_rows(f, vsip, i18n::Language::En)[2].value == "unknown");
    // The gauge follows: no park figure, only the city's own report of Aug 2023.
    const auto g = ui::panel_gauge(f, {});
    CHECK_FALSE(g.average_pct);
    REQUIRE(g.reported_all_land);
    CHECK(g.reported_all_land->occ_pct == Approx(63.16));

    state::set_asof(f, catalog(), date("2024-11"));
    CHECK(state::legend_dates(f, i18n::Language::En) == "Dec 2023 (as of Nov 2024)");
}

TEST_CASE("gauge what-if through the panel's state, against averages worked out by hand", "[gauge]") {
    const auto f = figures_as_of("2023-12");
    // Established parks with an occupancy and an area as of 2023-12 (weights: leasable land, else total area):
    // Nhật Bản – HP 123 ha @ 100, Tràng Duệ 401 @ 96.7, Đình Vũ 541 @ 96.3, VSIP 748 @ 76.6, Nam Cầu Kiền 263.47 @ 77.5,
    // and from park_facts.csv Đồ Sơn 97 ha leasable @ 96.3 and An Dương 196 ha total @ 89.2.
    const double occupied = 123 * 100.0 + 401 * 96.7 + 541 * 96.3 + 748 * 76.6 + 263.47 * 77.5 + 97 * 96.3 + 196 * 89.2;
    const double weight = 123 + 401 + 541 + 748 + 263.47 + 97 + 196;
    state::WhatIfState w;
    auto g = ui::panel_gauge(f, w);
    REQUIRE(g.average_pct);
    CHECK(*g.average_pct == Approx(occupied / weight));
    CHECK(g.included.size() == 7);
    CHECK(g.below_average == std::vector<std::string>{"vsip", "nam-cau-kien"});

    w.set_counted("vsip", false);  // leave VSIP out
    g = ui::panel_gauge(f, w);
    CHECK(*g.average_pct == Approx((occupied - 748 * 76.6) / (weight - 748)));

    w.set_occupancy("nam-dinh-vu-1", 10.0);  // an unknown park, 1,329 ha, set to 10%
    g = ui::panel_gauge(f, w);
    CHECK(*g.average_pct == Approx((occupied - 748 * 76.6 + 1329 * 10.0) / (weight - 748 + 1329)));
    bool marked = false;
    for (const auto& p : g.included) marked |= p.id == "nam-dinh-vu-1" && p.overridden;
    CHECK(marked);

    w.set_counted("vsip", true);
    w.set_occupancy("vsip", 40.0);  // below 60%
    g = ui::panel_gauge(f, w);
    CHECK(*g.average_pct == Approx((occupied - 748 * 76.6 + 748 * 40.0 + 1329 * 10.0) / (weight + 1329)));
    CHECK(std::find(g.below_threshold.begin(), g.below_threshold.end(), "vsip") != g.below_threshold.end());

    w.reset();
    CHECK(*ui::panel_gauge(f, w).average_pct == Approx(occupied / weight));
    CHECK(ui::gauge_headline(ui::panel_gauge(f, w), i18n::Language::En).find("MEETS") != std::string::npos);
    // The city's reported figure leads the headline; the partial computed average follows (issue #15).
    const std::string headline = ui::gauge_headline(ui::panel_gauge(f, w), i18n::Language::En);
    CHECK(headline.find("The city reported: ") == 0);
    CHECK(headline.find("The city reported") < headline.find("Computed average"));

    // The bar is filled with the city's figure (65%, all land, Dec 2023), not the partial average,
    // which is a marker beside it with its coverage.
    const ui::GaugeBar bar = ui::gauge_bar(ui::panel_gauge(f, w), i18n::Language::En);
    REQUIRE(bar.fill_pct);
    CHECK(*bar.fill_pct == Approx(65.0));
    CHECK(bar.fill_is_reported);
    CHECK(bar.meets);
    CHECK(bar.fill_label.find("reported by the city") == 0);
    REQUIRE(bar.marker_pct);
    CHECK(*bar.marker_pct == Approx(occupied / weight));
    CHECK(bar.marker_label.find("7 of 14 parks") != std::string::npos);
    // Before any reported figure (2023-07, before the undated 63.16% placed at 2023-08) the
    // computed average fills the bar and says it is partial.
    const auto early = figures_as_of("2023-07");
    CHECK_FALSE(ui::gauge_bar(ui::panel_gauge(early, state::WhatIfState{}), i18n::Language::En).fill_pct);  // nothing known
    state::WhatIfState one;
    one.set_occupancy("vsip", 70.0);
    const ui::GaugeBar partial = ui::gauge_bar(ui::panel_gauge(early, one), i18n::Language::En);
    REQUIRE(partial.fill_pct);
    CHECK(*partial.fill_pct == Approx(70.0));
    CHECK_FALSE(partial.fill_is_reported);
    CHECK_FALSE(partial.marker_pct);
    CHECK(partial.fill_label.find("partial") != std::string::npos);
}

TEST_CASE("compare holds at most four parks", "[compare]") {
    state::CompareSet ids;
    for (const char* id : {"vsip", "dinh-vu", "trang-due", "nomura"}) CHECK(ids.toggle(id));
    CHECK_FALSE(ids.toggle("an-duong"));
    CHECK(ids.size() == 4);
    CHECK(ids.toggle("dinh-vu"));
    CHECK(ids.ids() == std::vector<std::string>{"vsip", "trang-due", "nomura"});
    const auto f = figures_as_of("2023-12");
    const auto a = ui::availability_rows(f, *f.index_of("vsip"), i18n::Language::En);
    const auto b = ui::availability_rows(f, *f.index_of("hang-hai"), i18n::Language::En);
    REQUIRE(a.size() == b.size());  // the compare window lines rows up by position
    for (size_t i = 0; i < a.size(); ++i) CHECK(a[i].label == b[i].label);
    CHECK(a[4].value == "≈ 175 ha");                        // free land, computed: whole hectares, "≈"
    CHECK(a[4].note.find("leasable land") != std::string::npos);
    CHECK(a[6].label.find("Straight-line") != std::string::npos);
    CHECK(b[6].value == "unknown");                         // Hàng Hải has no location
}
