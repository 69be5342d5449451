#include <catch2/catch.hpp>

#include "data/catalog.h"
#include "i18n/number_format.h"
#include "geo/crs.h"
#include "ui/panels/feature_text.h"
#include "ui/panels/park_list.h"
#include "ui/panels/text_fold.h"

namespace {

const data::Catalog& catalog() {
    static const data::Catalog c = data::load_catalog(PARKATLAS_TEST_DATA, {}, geo::kDisplayCrs);
    return c;
}

std::vector<std::string> found_ids(const std::string& query) {
    std::vector<std::string> ids;
    for (const auto& [li, fi] : ui::search_parks(catalog(), query)) {
        const auto& l = catalog().layers[li].layer;
        ids.push_back(l.text(l.features[fi], "id").value_or(""));
    }
    return ids;
}

bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

}  // namespace

TEST_CASE("search folds case and Vietnamese diacritics", "[panels]") {
    CHECK(ui::fold_for_search("Đình Vũ") == "dinh vu");
    CHECK(ui::fold_for_search("KCN Tràng Duệ") == "kcn trang due");
    CHECK(ui::search_matches("KCN Đình Vũ", "dinh vu"));
    CHECK(ui::search_matches("KCN Đình Vũ", "ĐÌNH"));
    CHECK_FALSE(ui::search_matches("KCN Đình Vũ", "vsip"));
    // Words match where words begin: the tenant filter "LG" finds LG, not Belgium.
    CHECK(ui::search_matches("LG Display, LG Innotek", "lg"));
    CHECK(ui::search_matches("Hai Phong city + Rent-A-Port (Belgium) + (LG)", "lg"));
    CHECK_FALSE(ui::search_matches("Rent-A-Port (Belgium)", "LG"));
    CHECK_FALSE(ui::search_matches("Shin-Etsu, Idemitsu", "tsu id"));
    CHECK(ui::search_matches("Shin-Etsu, Idemitsu", "etsu idem"));
}

TEST_CASE("typing over the map appends to the park search and puts the cursor there", "[panels]") {
    ui::ParkListState s;
    s.type("dinh");
    s.type(" vũ");
    CHECK(std::string(s.query) == "dinh vũ");
    CHECK(s.search.pending());
    // Never past the field's end.
    for (int i = 0; i < 100; ++i) s.type("0123456789");
    CHECK(std::string(s.query).size() == sizeof s.query - 1);
}

TEST_CASE("park list finds VSIP, Đình Vũ and dinh vu", "[panels]") {
    CHECK(has(found_ids("VSIP"), "vsip"));
    CHECK(has(found_ids("vsip"), "vsip"));
    const auto accented = found_ids("Đình Vũ");
    const auto plain = found_ids("dinh vu");
    CHECK(has(accented, "dinh-vu"));
    CHECK(has(plain, "dinh-vu"));
    CHECK(has(plain, "nam-dinh-vu-1"));
    CHECK(accented == plain);
    CHECK_FALSE(has(plain, "vsip"));
    CHECK(found_ids("").size() >= 21);
}

TEST_CASE("details are in words with readable sources, unknowns and the approximate outline", "[panels]") {
    const data::MapLayer* parks = catalog().find(data::LayerRole::Parks);
    REQUIRE(parks);
    size_t vsip = 0, tien_thanh = 0;
    for (size_t i = 0; i < parks->layer.features.size(); ++i) {
        const auto id = parks->layer.text(parks->layer.features[i], "id");
        if (id == "vsip") vsip = i;
        if (id == "tien-thanh") tien_thanh = i;
    }
    const auto rows = ui::describe_feature(catalog(), *parks, vsip, i18n::Language::En);
    auto row = [&](const std::string& label) -> const ui::DetailRow* {
        for (const auto& r : rows)
            if (r.label == label) return &r;
        return nullptr;
    };
    REQUIRE(row("Occupancy"));
    CHECK(row("Occupancy")->value == "76.6 %");
    CHECK(row("Occupancy")->note.find("as of 2023-12") != std::string::npos);
    // The source as a person cites it, not a field name or a file name; the raw one in the tooltip.
    CHECK(row("Occupancy")->note.find("source: HEZA report 6037/BC-BQL, 15 Dec 2023, section I.3(1)") != std::string::npos);
    CHECK(row("Occupancy")->source_detail.find("004_b9af243eace61f60.txt") != std::string::npos);
    REQUIRE(row("Total area"));
    CHECK(row("Total area")->value == "1,566 ha");
    CHECK(row("Total area")->note.find("source: vsip.com.vn, Jul 2021") != std::string::npos);
    for (const auto& r : rows) {
        CHECK(r.note.find(".txt") == std::string::npos);
        CHECK(r.note.find("_src") == std::string::npos);
        CHECK(r.value.find(".txt") == std::string::npos);
        CHECK(r.note.find("occ_pct") == std::string::npos);
    }
    REQUIRE(row("Outline"));
    CHECK(row("Outline")->value.find("approximate outline") != std::string::npos);
    // No raw field names as labels for the bundled parks.
    for (const auto& r : rows) {
        CHECK(r.label.find('_') == std::string::npos);
        CHECK(r.label != "occ_pct");
    }
    const auto tt = ui::describe_feature(catalog(), *parks, tien_thanh, i18n::Language::En);
    bool unknown_occupancy = false;
    for (const auto& r : tt)
        if (r.label == "Occupancy") unknown_occupancy = r.value == "unknown";
    CHECK(unknown_occupancy);
}

TEST_CASE("tooltip gives name, status, occupancy and free land", "[panels]") {
    const data::MapLayer* parks = catalog().find(data::LayerRole::Parks);
    REQUIRE(parks);
    for (size_t i = 0; i < parks->layer.features.size(); ++i) {
        const auto& f = parks->layer.features[i];
        const auto lines = ui::tooltip_lines(*parks, i, i18n::Language::En);
        REQUIRE(lines.size() == 4);
        CHECK(lines[1].rfind("Status: ", 0) == 0);
        const bool computable = parks->layer.number(f, "occ_pct") &&
                                (parks->layer.number(f, "lease_ha") || parks->layer.number(f, "area_ha"));
        CHECK((lines[3] == "Free land: unknown") == !computable);
    }
    // As of a date on the slider, the tooltip shows that date's figures, not the layer's own.
    for (size_t i = 0; i < parks->layer.features.size(); ++i) {
        analysis::ParkAvailability dated;
        dated.occ_pct = {76.6, "source", "2024-11"};
        dated.free_ha = {12.5, "", ""};
        dated.basis = analysis::kBasisTotalArea;
        const auto lines = ui::tooltip_lines(*parks, i, i18n::Language::En, &dated);
        REQUIRE(lines.size() == 4);
        CHECK(lines[2] == "Occupancy: 76.6 % (2024-11)");
        CHECK(lines[3] == "Free land: 12.5 ha (of total area)");
        analysis::ParkAvailability unknown;
        CHECK(ui::tooltip_lines(*parks, i, i18n::Language::En, &unknown)[2] == "Occupancy: unknown");
    }
    CHECK(i18n::format_number(1566.0) == "1,566");
    CHECK(i18n::format_number(76.6, 1) == "76.6");
    CHECK(i18n::format_number(1234567.5, 1) == "1,234,567.5");
}
