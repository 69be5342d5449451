// The Export menu's choices: the names offered, extensions following the kind, and the
// problems found before a file is touched.
#include <catch2/catch.hpp>

#include "state/export_choice.h"
#include "support/test_files.h"

using namespace test_support;
using state::ExportKind;

TEST_CASE("an export is offered under a name that says what it is", "[export]") {
    CHECK(state::default_export_path("/home/a", ExportKind::Png1080, "") == "/home/a/parkatlas-map.png");
    CHECK(state::default_export_path("/home/a", ExportKind::Png4K, "") == "/home/a/parkatlas-map-4k.png");
    CHECK(state::default_export_path("/home/a", ExportKind::PdfA3, "") == "/home/a/parkatlas-map-a3.pdf");
    CHECK(state::default_export_path("/home/a", ExportKind::Brochure, "vsip") == "/home/a/parkatlas-vsip.pdf");
}

TEST_CASE("the extension follows the kind; a name without one gets it; another one stays for the check to name", "[export]") {
    CHECK(state::with_export_extension("/x/report.png", ExportKind::PdfA4) == "/x/report.pdf");
    CHECK(state::with_export_extension("/x/report", ExportKind::Png4K) == "/x/report.png");
    CHECK(state::with_export_extension("/x/report.jpg", ExportKind::Png4K) == "/x/report.jpg");
    CHECK(state::with_export_extension("", ExportKind::Png4K).empty());
}

TEST_CASE("a wrong extension, no name or a missing folder is said before anything is written", "[export]") {
    TempDir dir;
    CHECK_FALSE(state::export_path_problem((dir / "a.png").string(), ExportKind::Png1080));
    CHECK_FALSE(state::export_path_problem((dir / "a.PDF").string(), ExportKind::Brochure));
    const auto jpg = state::export_path_problem((dir / "a.jpg").string(), ExportKind::Png1080);
    REQUIRE(jpg);
    CHECK(jpg->in(i18n::Language::En).find("must end in .png") != std::string::npos);
    const auto pdf_as_png = state::export_path_problem((dir / "a.pdf").string(), ExportKind::Png4K);
    REQUIRE(pdf_as_png);
    const auto folder = state::export_path_problem((dir / "missing" / "a.pdf").string(), ExportKind::PdfA4);
    REQUIRE(folder);
    CHECK(folder->in(i18n::Language::En).find("missing") != std::string::npos);
    CHECK(state::export_path_problem("", ExportKind::PdfA4));
    CHECK(state::export_path_problem((dir / "").string(), ExportKind::PdfA4));
}
