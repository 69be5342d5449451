// Tour files: the JSON reader, the tour format with its messages, and a tour against the data.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "geo/crs.h"
#include "geo/web_mercator.h"
#include "tour/json.h"
#include "tour/slide_view.h"
#include "tour/tour.h"

using i18n::Language;

namespace {

const char* kMinimal = R"({
  "format": "parkatlas-tour",
  "version": 1,
  "title": {"en": "Hai Phong", "vi": "Hải Phòng"},
  "slides": [
    {
      "camera": {"fit": ["parks/dinh-vu"], "margin_km": 2},
      "caption": {"en": "Đình Vũ", "ko": "딘부 산업단지"}
    }
  ]
})";

// The tour text with `from` replaced by `to` (once), parsed.
tour::TourRead with(const std::string& from, const std::string& to) {
    std::string text = kMinimal;
    const size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return tour::parse_tour(text, "t.json");
}

std::string problem_of(const tour::TourRead& r) {
    REQUIRE_FALSE(r.tour);
    return r.problem.to_string(Language::En);
}

std::string read_whole(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const data::Catalog& bundled() {
    static const data::Catalog catalog = data::load_catalog(PARKATLAS_TEST_DATA, {}, geo::kDisplayCrs);
    return catalog;
}

}  // namespace

TEST_CASE("JSON values keep their lines, texts decode escapes and UTF-8") {
    const auto r = tour::parse_json("{\n  \"a\": [1, 2.5e1, -0.5],\n  \"b\": \"\\u00e9\\ud83d\\ude00 Hải\\n\",\n  \"c\": null\n}");
    REQUIRE(r.value);
    const tour::JsonValue& v = *r.value;
    REQUIRE(v.find("a"));
    CHECK(v.find("a")->line == 2);
    CHECK(v.find("a")->items[1].number == 25.0);
    CHECK(v.find("a")->items[2].number == -0.5);
    CHECK(v.find("b")->text == "\xC3\xA9\xF0\x9F\x98\x80 H\xE1\xBA\xA3i\n");
    CHECK(v.find("b")->line == 3);
    CHECK(v.find("c")->is(tour::JsonValue::Kind::Null));
}

TEST_CASE("Broken JSON is refused with the line and what is wrong") {
    struct Case { const char* text; int line; const char* words; };
    const Case cases[] = {
        {"{\n \"a\": [1, 2,]\n}", 2, "trailing comma"},
        {"{\n \"a\": 1\n \"b\": 2\n}", 3, "comma missing"},
        {"{\n \"a\": 1,\n \"a\": 2\n}", 3, "appears twice"},
        {"{\n \"a\": \"cut", 2, "closing quote"},
        {"{\n \"a\": [1,\n", 3, "ends where a value"},
        {"{\"a\": 01}", 1, "start with 0"},
        {"{\"a\": \"\\ud800\"}", 1, "surrogate"},
        {"{\"a\": \"\xC3\x28\"}", 1, "UTF-8"},
        {"{\"a\": tru}", 1, "not JSON"},
        {"{} x", 1, "after the end"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const auto r = tour::parse_json(c.text);
        REQUIRE_FALSE(r.value);
        CHECK(r.error.line == c.line);
        CHECK_THAT(r.error.problem.in(Language::En), Catch::Contains(c.words));
    }
}

TEST_CASE("Nesting deeper than the limit is refused, not recursed into") {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const auto r = tour::parse_json(deep);
    REQUIRE_FALSE(r.value);
    CHECK_THAT(r.error.problem.in(Language::En), Catch::Contains("levels deep"));
}

TEST_CASE("A tour is read with its texts, camera and defaults") {
    const auto r = tour::parse_tour(kMinimal, "t.json");
    REQUIRE(r.tour);
    const tour::Tour& t = *r.tour;
    CHECK(t.title.in(Language::Vi) == "Hải Phòng");
    CHECK(t.title.in(Language::Ja) == "Hai Phong");  // English where a language has no text
    REQUIRE(t.slides.size() == 1);
    const tour::Slide& s = t.slides[0];
    CHECK(s.line == 6);
    CHECK(s.camera.kind == tour::Camera::Kind::Fit);
    CHECK(s.camera.margin_km == 2.0);
    CHECK_FALSE(s.layers);
    CHECK(s.caption.in(Language::Ko) == "딘부 산업단지");
    CHECK(s.duration() == tour::kDefaultDurationS);
}

TEST_CASE("A broken tour says which line and what is wrong, in the chosen language") {
    CHECK(problem_of(with("\"margin_km\": 2", "\"margin_km\": 2, \"zoom\": 3")) ==
          "t.json:7: unknown key \"zoom\" (a misspelling?); known here: fit, margin_km");
    CHECK_THAT(problem_of(with("\"en\": \"Đình Vũ\", ", "")), Catch::Contains("t.json:8: caption needs an English text"));
    CHECK_THAT(problem_of(with("\"version\": 1", "\"version\": 2")), Catch::Contains("t.json:3:") &&
                                                                        Catch::Contains("version 2"));
    CHECK_THAT(problem_of(with("\"parks/dinh-vu\"", "\"dinh-vu\"")), Catch::Contains("t.json:7:") &&
                                                                        Catch::Contains("layer/id"));
    CHECK_THAT(problem_of(with("\"margin_km\": 2", "\"margin_km\": \"2\"")), Catch::Contains("t.json:7: camera.margin_km must be a number, not a text"));
    CHECK_THAT(problem_of(with("\"camera\": {", "\"asof\": \"2023-13\", \"camera\": {")), Catch::Contains("not a date"));
    CHECK_THAT(problem_of(with("\"fit\": [\"parks/dinh-vu\"], ", "")), Catch::Contains("exactly one of"));
    CHECK_THAT(problem_of(with("parkatlas-tour", "kml")), Catch::Contains("t.json:2:") && Catch::Contains("not a Park Atlas tour"));
    CHECK_THAT(problem_of(with("\"slides\": [", "\"slides\": [], \"x\": [")), Catch::Contains("unknown key"));
    CHECK_THAT(problem_of(with("}\n  ]\n}", "},\n  ]\n}")), Catch::Contains("t.json:9:") && Catch::Contains("trailing comma"));

    // The problem in Korean: the pattern and the names of the kinds are translated.
    const auto wrong_kind = with("\"margin_km\": 2", "\"margin_km\": \"2\"");
    const std::string ko = wrong_kind.problem.to_string(Language::Ko);
    CHECK(ko.rfind("t.json:7: ", 0) == 0);
    CHECK(ko != wrong_kind.problem.to_string(Language::En));
    CHECK(ko.find("a number") == std::string::npos);
}

TEST_CASE("A missing or unreadable tour file is named") {
    const auto r = tour::read_tour("/nonexistent/tour.json");
    REQUIRE_FALSE(r.tour);
    CHECK(r.problem.to_string(Language::En) == "/nonexistent/tour.json: cannot open the tour file");
}

TEST_CASE("A tour written out reads back the same") {
    tour::Tour t;
    t.title.raw(Language::En) = "Tour \"quoted\"";
    t.title.raw(Language::Zh) = "海防";
    tour::Slide a;
    a.id = "one";
    a.camera.kind = tour::Camera::Kind::Box;
    a.camera.box.expand({106.5, 20.6});
    a.camera.box.expand({106.95, 20.95});
    a.layers = std::vector<std::string>{"parks", "landmarks"};
    a.highlight = {"parks/vsip"};
    a.figures = {"parks/vsip"};
    a.asof = analysis::Date{2023, 12, 0};
    a.caption.raw(Language::En) = "Line one\nline two";
    a.caption.raw(Language::Ja) = "VSIP ハイフォン";
    a.notes.raw(Language::Vi) = "Chỉ có tiếng Việt";  // notes need no English
    a.sources = {"004_b9af243eace61f60.txt"};
    a.duration_s = 12.5;
    tour::Slide b;
    b.camera.kind = tour::Camera::Kind::Centre;
    b.camera.centre = {106.68, 20.86};
    b.camera.width_km = 12;
    b.caption.raw(Language::En) = "Two";
    t.slides = {a, b};

    const std::string text = tour::tour_json(t);
    const auto back = tour::parse_tour(text, "x.json");
    REQUIRE(back.tour);
    CHECK(tour::tour_json(*back.tour) == text);
    const tour::Slide& ra = back.tour->slides[0];
    CHECK(back.tour->title.raw(Language::En) == "Tour \"quoted\"");
    CHECK(ra.caption.raw(Language::En) == "Line one\nline two");
    CHECK(ra.notes.raw(Language::Vi) == "Chỉ có tiếng Việt");
    CHECK(ra.asof->to_string() == "2023-12");
    CHECK(ra.camera.box.max.x == 106.95);
    CHECK(*ra.duration_s == 12.5);
    CHECK(back.tour->slides[1].camera.width_km == 12);
    CHECK(text.find("海防") != std::string::npos);  // UTF-8, not \u escapes
}

TEST_CASE("Slides find their features and frame them") {
    const data::Catalog& catalog = bundled();
    const auto dinh_vu = tour::find_feature(catalog, "parks/dinh-vu");
    REQUIRE(dinh_vu);
    CHECK(tour::feature_ref(catalog, *dinh_vu) == "parks/dinh-vu");
    CHECK(tour::find_feature(catalog, "bundled:parks/dinh-vu") == dinh_vu);
    CHECK_FALSE(tour::find_feature(catalog, "parks/atlantis"));
    CHECK_FALSE(tour::find_feature(catalog, "rivers/dinh-vu"));

    const auto r = tour::parse_tour(kMinimal, "t.json");
    REQUIRE(r.tour);
    const geo::Box park = catalog.layers[dinh_vu->layer].layer.features[dinh_vu->feature].geometry.bounds();
    const geo::Box shown = tour::slide_box(r.tour->slides[0], catalog);
    // 2 km of ground on each side, in Web Mercator metres (about 1.07 at 20.8° N).
    const double margin = shown.max.x - park.max.x;
    CHECK(margin == Approx(2000.0 / std::cos(20.8 * 3.14159265 / 180)).epsilon(0.01));
    CHECK(shown.min.y < park.min.y);

    // The window's "add a slide from this view" stores a camera that shows the same place.
    const geo::Box view = catalog.bounds();
    const tour::Camera c = tour::camera_for_view(view);
    tour::Slide s;
    s.camera = c;
    const geo::Box again = tour::slide_box(s, catalog);
    CHECK((again.min.x + again.max.x) / 2 == Approx((view.min.x + view.max.x) / 2).margin(5));
    CHECK(again.max.x - again.min.x == Approx(view.max.x - view.min.x).epsilon(0.001));
}

TEST_CASE("What a tour asks of the data that it lacks is reported per slide") {
    auto r = with("\"caption\"", "\"highlight\": [\"parks/hang-hai\", \"parks/atlantis\"], \"layers\": [\"roads\"], \"caption\"");
    REQUIRE(r.tour);
    const auto problems = tour::check_tour(*r.tour, bundled());
    std::set<std::string> said;
    for (const auto& p : problems) said.insert(p.to_string(Language::En));
    CHECK(said == std::set<std::string>{"t.json:6: no layer \"roads\" is loaded",
                                        "t.json:6: \"parks/hang-hai\" has no known location: it cannot be shown",
                                        "t.json:6: no feature \"parks/atlantis\" in the layers loaded"});
}

TEST_CASE("A half-copied or damaged tour file gives a message with a line, never a crash") {
    const std::string text = read_whole(std::string(PARKATLAS_TEST_DATA) + "/tours/haiphong.tour.json");
    REQUIRE(tour::parse_tour(text, "t.json").tour);
    // Cut short anywhere (a copy that stopped): refused, at a line inside the file.
    const int lines = int(std::count(text.begin(), text.end(), '\n')) + 1;
    for (size_t cut = 0; cut < text.size(); cut += 97) {
        const auto r = tour::parse_tour(text.substr(0, cut), "t.json");
        REQUIRE_FALSE(r.tour);
        CHECK(r.problem.line >= 1);
        CHECK(r.problem.line <= lines);
        CHECK_FALSE(r.problem.to_string(Language::Vi).empty());
    }
    // Bytes changed at random (a fixed seed): a tour or a message, and the reader stays whole.
    uint32_t seed = 12345;
    const auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
    for (int round = 0; round < 3000; ++round) {
        std::string damaged = text;
        for (int k = 0; k < 1 + int(next() % 4); ++k) damaged[next() % damaged.size()] = char(next() & 0xFF);
        const auto r = tour::parse_tour(damaged, "t.json");
        if (!r.tour) CHECK(r.problem.line >= 1);
    }
}
