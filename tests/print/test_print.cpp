// Printed maps and brochures: page sizes, files written whole or not at all, the vector map's
// content, text shaped in every script, blocks flowed over columns and pages, and what a
// park's brochure says (every figure with its source; unknowns as unknown).
#include <catch2/catch.hpp>

#include <cairo.h>

#include <algorithm>
#include <cstdlib>

#include "analysis/decree35_gauge.h"
#include "app/map_view.h"
#include "data/vector_loader.h"
#include "geo/crs.h"
#include "i18n/catalogue.h"
#include "print/brochure.h"
#include "print/brochure_content.h"
#include "print/brochure_layout.h"
#include "print/document.h"
#include "print/map_document.h"
#include "print/vector_map.h"
#include "state/park_figures.h"
#include "support/cadastre_file.h"
#include "support/test_files.h"

using namespace test_support;

namespace {

const data::Catalog& bundled() {
    static const data::Catalog c = data::load_catalog(bundled_data().string(), {}, geo::kDisplayCrs);
    return c;
}

bool starts_with(const fs::path& p, std::string_view magic) { return read_file(p).substr(0, magic.size()) == magic; }

bool no_partial_left(const fs::path& dir) {
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().find(".partial") != std::string::npos) return false;
    return true;
}

}  // namespace

TEST_CASE("page sizes: A4 and A3 in either orientation; anything else is named in the error", "[print]") {
    std::string error;
    const auto a4 = print::parse_page_size("A4", true, i18n::Language::En, &error);
    REQUIRE(a4);
    CHECK(a4->width_pt == Approx(841.89));
    CHECK(a4->height_pt == Approx(595.28));
    CHECK(a4->name == "A4 landscape");
    const auto a3 = print::parse_page_size("a3-portrait", true, i18n::Language::En, &error);
    REQUIRE(a3);
    CHECK(a3->width_pt == Approx(841.89));
    CHECK(a3->height_pt == Approx(1190.55));
    CHECK(a3->units().y == Approx(1190.55 * 900.0 / 595.0));
    CHECK_FALSE(print::parse_page_size("Letter", true, i18n::Language::En, &error));
    CHECK(error.find("Letter") != std::string::npos);
    CHECK_FALSE(print::parse_page_size("A4-sideways", true, i18n::Language::En, &error));
    const auto px = print::pixel_page(1920, 1080);
    CHECK(px.units().x == Approx(1920));
    CHECK_FALSE(px.paper);
    CHECK(print::document_format("x.PDF") == print::DocumentFormat::Pdf);
    CHECK(print::document_format("x.svg") == print::DocumentFormat::Svg);
    CHECK_FALSE(print::document_format("x.jpg"));
}

TEST_CASE("a map as PDF, SVG and PNG: vectors and labels, the file whole", "[print]") {
    TempDir dir;
    print::MapDocumentRequest r;
    r.view = app::default_view(bundled());
    for (const char* name : {"map.pdf", "map.svg"}) {
        r.path = (dir / name).string();
        r.page = *print::parse_page_size("A4", true, i18n::Language::En, nullptr);
        print::MapDocumentReport report;
        std::string error;
        REQUIRE(print::write_map_document(bundled(), r, &report, &error));
        CHECK(report.features_drawn > 300);   // land, rivers, zones, parks, pins of the bundled data
        CHECK(report.labels_placed >= 15);
        CHECK(report.page == "A4 landscape");
    }
    CHECK(starts_with(dir / "map.pdf", "%PDF"));
    CHECK(read_file(dir / "map.svg").find("<svg") != std::string::npos);
    r.path = (dir / "map.png").string();
    r.page = print::pixel_page(640, 360);
    std::string error;
    REQUIRE(print::write_map_document(bundled(), r, nullptr, &error));
    CHECK(starts_with(dir / "map.png", "\x89PNG"));
    CHECK(no_partial_left(dir.path()));
}

TEST_CASE("a document that cannot be written says why, leaves nothing, and keeps the old file", "[print]") {
    TempDir dir;
    print::MapDocumentRequest r;
    r.view = app::default_view(bundled());
    r.page = *print::parse_page_size("A4", true, i18n::Language::En, nullptr);
    std::string error;
    r.path = (dir / "no-such-folder" / "map.pdf").string();
    CHECK_FALSE(print::write_map_document(bundled(), r, nullptr, &error));
    CHECK(error.find("no-such-folder") != std::string::npos);
    r.path = (dir / "no-such-folder" / "map.png").string();
    r.page = print::pixel_page(64, 64);
    CHECK_FALSE(print::write_map_document(bundled(), r, nullptr, &error));
    CHECK(error.find("cannot write") != std::string::npos);
    r.path = (dir / "map.jpg").string();
    CHECK_FALSE(print::write_map_document(bundled(), r, nullptr, &error));
    CHECK(error.find(".pdf") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "map.jpg"));
    // A brochure of a park that is not there: the file that was there stays as it was.
    write_file(dir / "old.pdf", "old");
    print::BrochureRequest b;
    b.path = (dir / "old.pdf").string();
    b.park_ids = {"atlantis"};
    b.metrics_path = (bundled_data() / "park_metrics.csv").string();
    b.city_view = r.view;
    CHECK_FALSE(print::write_brochure(bundled(), b, nullptr, &error));
    CHECK(error.find("atlantis") != std::string::npos);
    CHECK(error.find("vsip") != std::string::npos);
    CHECK(read_file(dir / "old.pdf") == "old");
    CHECK(no_partial_left(dir.path()));
}

TEST_CASE("text is measured as shaped, in Latin, Vietnamese and CJK", "[print]") {
    TempDir dir;
    auto doc = print::Document::create((dir / "t.pdf").string(), print::DocumentFormat::Pdf,
                                       *print::parse_page_size("A4", false, i18n::Language::En, nullptr), "t",
                                       i18n::Language::En, nullptr);
    REQUIRE(doc);
    for (auto lang : {i18n::Language::Vi, i18n::Language::Ko, i18n::Language::Ja, i18n::Language::Zh}) {
        const print::Typesetter type(doc->cairo(), lang);
        const print::TextSpec spec{20.0f};
        const geo::Vec2 one = type.measure(spec, "Hải Phòng 하이퐁 ハイフォン 海防");
        CHECK(one.x > 200.0);
        CHECK(one.y > 20.0);
        // Wrapped to a narrow width: more lines, no wider than asked.
        print::TextSpec narrow = spec;
        narrow.wrap_width = 120.0;
        const geo::Vec2 wrapped = type.measure(narrow, "Hải Phòng 하이퐁 ハイフォン 海防 Hải Phòng 하이퐁");
        CHECK(wrapped.x <= 120.5);
        CHECK(wrapped.y > 2 * one.y);
    }
    CHECK(doc->finish(nullptr));
}

TEST_CASE("blocks flow into the shorter column and split between rows onto the next page", "[print]") {
    TempDir dir;
    auto doc = print::Document::create((dir / "f.pdf").string(), print::DocumentFormat::Pdf,
                                       *print::parse_page_size("A4", false, i18n::Language::En, nullptr), "f",
                                       i18n::Language::En, nullptr);
    REQUIRE(doc);
    const print::Typesetter type(doc->cairo(), i18n::Language::En);
    print::Block small{"Small", {{"a", "1", ""}}};
    print::Block tall{"Tall", {}};
    for (int i = 0; i < 40; ++i) tall.rows.push_back({"row " + std::to_string(i), std::to_string(i), "source: somewhere"});
    const print::FlowArea area{100, 50, 800, 48, 804};
    const auto pieces = print::flow_blocks(type, {small, tall, small}, area);
    REQUIRE(pieces.size() >= 3);
    CHECK(pieces[0].at.x == Approx(48));          // the first block: the left column
    CHECK(pieces[1].block == 1);
    CHECK(pieces[1].at.x > 400);                  // the tall block starts in the shorter (right) column
    // The tall block goes on, continued, on the next page; its rows all placed once, in order.
    size_t next = 0;
    int last_page = 0;
    for (const auto& p : pieces) {
        if (p.block != 1) continue;
        CHECK(p.first == next);
        CHECK(p.continued == (p.first > 0));
        CHECK(p.page >= last_page);
        CHECK(p.at.y >= (p.page == 0 ? 100 : 50));
        next = p.last;
        last_page = p.page;
    }
    CHECK(next == tall.rows.size());
    CHECK(last_page >= 1);
    CHECK(doc->finish(nullptr));
}

TEST_CASE("a park's sheet: figures with sources and dates, unknowns as unknown, the Decree 35 context", "[print]") {
    const data::Catalog& c = bundled();
    state::ParkFigures figures = state::load_park_figures(c, (bundled_data() / "park_metrics.csv").string());
    REQUIRE(figures.ok());
    const auto gauge = analysis::compute_gauge(figures.parks, figures.metrics, figures.asof);
    const auto vsip = figures.index_of("vsip");
    REQUIRE(vsip);
    const print::ParkSheet s = print::park_sheet(c, figures, gauge, *vsip, i18n::Language::En);
    CHECK(s.title.find("VSIP") != std::string::npos);
    CHECK(s.vietnamese_name == "KCN VSIP Hải Phòng");
    CHECK(s.located);
    REQUIRE(s.land.size() >= 5);
    CHECK(s.land[0].value == "1,566 ha");
    CHECK(s.land[0].note.find("source:") != std::string::npos);
    CHECK(s.land[2].value == "76.6 %");
    CHECK(s.land[2].note.find("HEZA report 6037/BC-BQL") != std::string::npos);
    REQUIRE(s.distances.size() == 3);
    CHECK(s.distances[0].value.find("km") != std::string::npos);
    CHECK_FALSE(s.distance_note.empty());
    CHECK(std::any_of(s.people.begin(), s.people.end(), [](const auto& r) { return r.value.find("Kyocera") != std::string::npos; }));
    CHECK(std::any_of(s.investments.begin(), s.investments.end(), [](const auto& r) { return r.label == "Kyocera"; }));
    REQUIRE(s.decree35.size() == 3);
    CHECK(s.decree35[1].find("60") != std::string::npos);
    CHECK(s.decree35[2].find("counts in that average") != std::string::npos);
    REQUIRE(s.contacts.size() == 2);
    CHECK(s.contacts[0].value == "heza.gov.vn");

    // A park no source locates: said, not drawn; its unknown figures read "unknown".
    const auto hang_hai = figures.index_of("hang-hai");
    REQUIRE(hang_hai);
    const print::ParkSheet h = print::park_sheet(c, figures, gauge, *hang_hai, i18n::Language::Ko);
    CHECK_FALSE(h.located);
    CHECK(h.land[0].value == i18n::tr("unknown", i18n::Language::Ko));
    CHECK(h.distances[0].value == i18n::tr("unknown", i18n::Language::Ko));
}

TEST_CASE("a brochure of all parks: cover, overview and index, then every park, pages counted", "[print]") {
    TempDir dir;
    print::BrochureRequest b;
    b.path = (dir / "all.pdf").string();
    b.language = i18n::Language::Ja;
    b.metrics_path = (bundled_data() / "park_metrics.csv").string();
    b.city_view = app::default_view(bundled());
    b.generated_on = "2026-12-03";
    std::vector<std::pair<int, int>> progress;
    b.progress = [&](int done, int total) { progress.emplace_back(done, total); };
    print::BrochureReport report;
    std::string error;
    REQUIRE(print::write_brochure(bundled(), b, &report, &error));
    CHECK(report.parks == 21);
    CHECK(report.pages >= 3 + 21);
    CHECK(report.pages <= 3 + 2 * 21);
    REQUIRE_FALSE(progress.empty());
    CHECK(progress.back() == std::pair{report.pages, report.pages});
    const std::string pdf = read_file(dir / "all.pdf");
    CHECK(pdf.find("/Count " + std::to_string(report.pages)) != std::string::npos);  // the page tree
}

TEST_CASE("a 4K export is the 1080p one at twice the density, not a bigger map in small type", "[print]") {
    TempDir dir;
    print::MapDocumentRequest r;
    r.view = app::default_view(bundled());
    std::string error;
    r.path = (dir / "hd.png").string();
    r.page = print::pixel_page(1920, 1080);
    REQUIRE(print::write_map_document(bundled(), r, nullptr, &error));
    r.path = (dir / "4k.png").string();
    r.page = print::pixel_page(3840, 2160);
    REQUIRE(print::write_map_document(bundled(), r, nullptr, &error));
    print::CairoSurface hd(cairo_image_surface_create_from_png((dir / "hd.png").c_str()));
    print::CairoSurface uhd(cairo_image_surface_create_from_png((dir / "4k.png").c_str()));
    REQUIRE(cairo_image_surface_get_width(uhd.get()) == 3840);
    REQUIRE(cairo_image_surface_get_height(uhd.get()) == 2160);
    // The 4K picture halved, pixel by pixel against the 1080p one: the same map, labels and
    // furniture in the same places, so nearly every pixel agrees.
    const unsigned char* a = cairo_image_surface_get_data(hd.get());
    const unsigned char* b = cairo_image_surface_get_data(uhd.get());
    const int sa = cairo_image_surface_get_stride(hd.get()), sb = cairo_image_surface_get_stride(uhd.get());
    size_t close = 0, total = 0;
    for (int y = 0; y < 1080; ++y)
        for (int x = 0; x < 1920; ++x) {
            int diff = 0;
            for (int c = 0; c < 3; ++c) {
                int sum = 0;
                for (int dy = 0; dy < 2; ++dy)
                    for (int dx = 0; dx < 2; ++dx) sum += b[(2 * y + dy) * sb + (2 * x + dx) * 4 + c];
                diff = std::max(diff, std::abs(sum / 4 - a[y * sa + x * 4 + c]));
            }
            close += diff <= 24;
            ++total;
        }
    INFO(close << " of " << total << " pixels agree");
    CHECK(double(close) / double(total) > 0.95);  // 97.3% here; drawn at 1080p density, 87%
}

TEST_CASE("a layer read where the view is prints the parcels in view, as the whole layer does", "[print][indexed]") {
    TempDir dir;
    const fs::path gpkg = convert_cadastre(make_cadastre(dir, 600), dir.path() / "cadastre.gpkg", "GPKG");
    const data::Catalog whole = catalog_of(gpkg, SIZE_MAX), indexed = catalog_of(gpkg, 100);
    REQUIRE(indexed.layers[0].layer.rows);
    const geo::Box all = whole.layers[0].layer.bounds();
    geo::Box quarter;  // a quarter of the layer: some parcels in view, the others not
    quarter.expand(all.min);
    quarter.expand(all.centre());
    render::Camera cam;
    cam.width_px = 600;
    cam.height_px = 400;
    cam.fit(quarter);
    auto draw = [&](const data::Catalog& c, std::vector<unsigned char>& pixels) {
        cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, cam.width_px, cam.height_px);
        cairo_t* cr = cairo_create(surface);
        const print::VectorMapStats stats = print::draw_vector_layers(cr, c, {}, cam, 1.0f);
        cairo_destroy(cr);
        cairo_surface_flush(surface);
        const unsigned char* data = cairo_image_surface_get_data(surface);
        pixels.assign(data, data + size_t(cairo_image_surface_get_stride(surface)) * size_t(cam.height_px));
        cairo_surface_destroy(surface);
        return stats;
    };
    std::vector<unsigned char> a, b;
    const auto from_whole = draw(whole, a), from_file = draw(indexed, b);
    CHECK(from_whole.features_drawn > 50);
    CHECK(from_whole.features_culled > 50);
    CHECK(from_file.features_drawn == from_whole.features_drawn);
    size_t differ = 0;
    for (size_t i = 0; i < a.size(); i += 4) differ += a[i] != b[i] || a[i + 1] != b[i + 1] || a[i + 2] != b[i + 2];
    CHECK(double(differ) / double(a.size() / 4) < 0.01);  // the same map, but for where neighbours' outlines meet
}
