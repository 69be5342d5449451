// Sources as a person reads them: the data's seed keys and numbered web references become
// citations; and the bundled data's declared gaps are notes, not warnings.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "data/catalog.h"
#include "data/source_names.h"
#include "geo/crs.h"

namespace {

const data::Catalog& bundled() {
    static const data::Catalog c = data::load_catalog(PARKATLAS_TEST_DATA, {}, geo::kDisplayCrs);
    return c;
}

}  // namespace

TEST_CASE("the bundled data's sources read as citations", "[data][sources]") {
    const data::SourceNames& names = bundled().sources;
    REQUIRE(names.size() > 40);
    using data::cite;
    CHECK(cite("004_b9af243eace61f60.txt, footnote 5", names, i18n::Language::En) == "HEZA report 6037/BC-BQL, 15 Dec 2023, footnote 5");
    // A parenthesis that only repeats the document's number goes.
    CHECK(cite("004_b9af243eace61f60.txt, footnote 5 (report 6037/BC-BQL of 2023-12-15)", names, i18n::Language::En) ==
          "HEZA report 6037/BC-BQL, 15 Dec 2023, footnote 5");
    CHECK(cite("004_b9af243eace61f60.txt, section I.3(1) (report 6037/BC-BQL of 2023-12-15, “tính đến hiện tại”)", names, i18n::Language::En) == "HEZA report 6037/BC-BQL, 15 Dec 2023, section I.3(1) (“tính đến hiện tại”)");
    // Other parentheses stay.
    CHECK(cite("001_2d3212b9177f718d.txt, section II.1 (14 parks, 6,100 ha)", names, i18n::Language::En).find("(14 parks, 6,100 ha)") !=
          std::string::npos);
    // A numbered page with its address: the site, then the date the data gives.
    CHECK(cite("[17] viet-kabu.com/news_d/hochiminh/220726185740.html, Jul 2022", names, i18n::Language::En) == "viet-kabu.com, Jul 2022");
    // A bare number: the page's citation.
    CHECK(cite("[26] (tenant)", names, i18n::Language::En) == "vccinews.com, May 2018 (tenant)");
    // In Vietnamese.
    CHECK(cite("004_b9af243eace61f60.txt, footnote 5", names, i18n::Language::Vi).find("Báo cáo 6037/BC-BQL ngày 15/12/2023") !=
          std::string::npos);
    // Unknown keys and plain text come back as they were.
    CHECK(cite("[999] (somewhere)", names, i18n::Language::En) == "[999] (somewhere)");
    CHECK(cite("OpenStreetMap / public airport data, approx.", names, i18n::Language::En) == "OpenStreetMap / public airport data, approx.");
    CHECK(cite("", names, i18n::Language::En).empty());
}

TEST_CASE("a broken sources file gives one warning and the lines it could read", "[data][sources]") {
    const auto path = std::filesystem::temp_directory_path() / "parkatlas-sources.csv";
    {
        std::ofstream out(path);
        out << "key,citation_en,citation_vi,address\n[1],\"a, b\",,x\nbroken\n[2],c,d,\n";
    }
    data::Diagnostics d;
    const auto names = data::load_source_names(path.string(), &d);
    CHECK(names.size() == 2);
    CHECK(names.at("[1]").en == "a, b");
    CHECK(names.at("[1]").vi == "a, b");  // no Vietnamese given: the English one
    REQUIRE(d.size() == 1);
    CHECK(d[0].message.find("line 3") != std::string::npos);
    std::filesystem::remove(path);
    CHECK(data::load_source_names("/nonexistent/sources.csv", &d).empty());
    CHECK(d.size() == 1);
}

TEST_CASE("parks the bundled data places nowhere are a note, not a warning", "[data][sources]") {
    const data::MapLayer* parks = bundled().find(data::LayerRole::Parks);
    REQUIRE(parks);
    size_t warnings = 0, notes = 0;
    for (const auto& d : parks->layer.diagnostics) {
        warnings += d.severity == data::Severity::Warning;
        if (d.severity == data::Severity::Info && d.message.find("no source gives a location") != std::string::npos) {
            ++notes;
            CHECK(d.message.find("Thuy Nguyen 2") != std::string::npos);
        }
    }
    CHECK(warnings == 0);
    CHECK(notes == 1);
}

TEST_CASE("the data's short names of its seed documents are cited too, as words only", "[data][sources]") {
    const data::SourceNames& names = bundled().sources;
    using data::cite;
    CHECK(cite("site clearance under way (Dec 2023; 004 §I.3(1))", names, i18n::Language::En) ==
          "site clearance under way (Dec 2023; HEZA report 6037/BC-BQL (15 Dec 2023) §I.3(1))");
    CHECK(cite("100% in 004 fn 5, yet 003 §1.3 lists it", names, i18n::Language::En) ==
          "100% in HEZA report 6037/BC-BQL (15 Dec 2023) fn 5, yet HEZA letter 4705/BQL-DN&GSĐT (21 Oct 2024) §1.3 lists it");
    // Not inside other numbers, file names or dates.
    for (const char* kept : {"founded 2004", "plan 1/2004", "phase 004-b", "v1.004"}) CHECK(cite(kept, names, i18n::Language::En) == kept);
}
