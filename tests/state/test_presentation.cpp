// Presenting a tour without a window: slides set the layers, date, highlights and view; the
// keys' operations; the kiosk's clock; and the desk given back exactly on leaving.
#include <catch2/catch.hpp>

#include "data/catalog.h"
#include "geo/crs.h"
#include <algorithm>
#include <set>

#include "state/app_state.h"
#include "state/tour_editing.h"
#include "tour/slide_view.h"

using i18n::Language;

namespace {

state::AppState bundled_app() {
    static const data::Catalog c = data::load_catalog(PARKATLAS_TEST_DATA, {}, geo::kDisplayCrs);
    state::AppState app(c);
    app.load_figures(std::string(PARKATLAS_TEST_DATA) + "/park_metrics.csv");
    app.camera.set_viewport(1920, 1080);
    app.camera.show(c.bounds());
    return app;
}

// Three slides: the parks as of 2023-12 with VSIP highlighted; the zones only; the port.
tour::Tour three_slides() {
    const char* text = R"({"format": "parkatlas-tour", "version": 1, "title": {"en": "T"}, "slides": [
      {"camera": {"fit": ["parks/vsip"]}, "layers": ["parks"], "highlight": ["parks/vsip"], "asof": "2023-12",
       "caption": {"en": "One", "ko": "하나"}, "duration_s": 10},
      {"camera": {"fit": ["economic_zones/southern-coastal"]}, "layers": ["economic_zones"], "caption": {"en": "Two"}},
      {"camera": {"centre": [106.89, 20.81], "width_km": 8}, "caption": {"en": "Three"}, "duration_s": 5}]})";
    auto r = tour::parse_tour(text, "t.json");
    REQUIRE(r.tour);
    return *r.tour;
}

bool visible(const state::AppState& app, data::LayerRole role) {
    const data::MapLayer* l = app.catalog.find(role);
    REQUIRE(l);
    return l->visible;
}

}  // namespace

TEST_CASE("A slide shows its layers, its date and its highlights, and the view goes there") {
    state::AppState app = bundled_app();
    const auto desk_asof = app.figures.asof;
    REQUIRE(desk_asof.to_string() != "2023-12");  // the newest figures are later: the slide's date shows
    state::Presentation& p = app.presentation;
    state::start_presentation(app, p, three_slides(), false);
    CHECK(p.active);
    CHECK(p.problems.empty());
    CHECK(visible(app, data::LayerRole::Parks));
    CHECK_FALSE(visible(app, data::LayerRole::Projects));
    CHECK_FALSE(visible(app, data::LayerRole::EconomicZones));
    CHECK(visible(app, data::LayerRole::Land));  // the base map always
    CHECK(app.figures.asof.to_string() == "2023-12");
    const auto vsip = tour::find_feature(app.catalog, "parks/vsip");
    REQUIRE(app.selection.current());
    CHECK(app.selection.current()->first == vsip->layer);
    CHECK(app.selection.current()->second == vsip->feature);
    // No flight to the first slide: it is there at once, the park inside the view.
    CHECK_FALSE(app.camera.animating());
    const geo::Box park = app.catalog.layers[vsip->layer].layer.features[vsip->feature].geometry.bounds();
    const geo::Box shown = app.camera.visible_box();
    CHECK(shown.contains(park.min));
    CHECK(shown.contains(park.max));

    state::next_slide(app, p);
    CHECK(p.slide == 1);
    CHECK(app.camera.animating());  // slides after the first are flown to
    CHECK(visible(app, data::LayerRole::EconomicZones));
    CHECK_FALSE(visible(app, data::LayerRole::Parks));
    CHECK(app.selection.empty());
    CHECK(app.figures.asof == app.figures.dates.back());  // no date: the newest
    while (app.camera.update(0.1)) {
    }
    const auto zone = tour::find_feature(app.catalog, "economic_zones/southern-coastal");
    const geo::Box z = app.catalog.layers[zone->layer].layer.features[zone->feature].geometry.bounds();
    CHECK(app.camera.visible_box().contains(z.min));
    CHECK(app.camera.visible_box().contains(z.max));
}

TEST_CASE("The keys of a talk: next and previous stop at the ends, a typed number jumps, B and W toggle") {
    state::AppState app = bundled_app();
    state::Presentation& p = app.presentation;
    state::start_presentation(app, p, three_slides(), false);
    state::previous_slide(app, p);
    CHECK(p.slide == 0);
    state::next_slide(app, p);
    state::next_slide(app, p);
    state::next_slide(app, p);
    CHECK(p.slide == 2);

    p.typed_number = "1";
    state::jump_to_typed(app, p);
    CHECK(p.slide == 0);
    CHECK(p.typed_number.empty());
    p.typed_number = "3";
    state::jump_to_typed(app, p);
    CHECK(p.slide == 2);
    p.typed_number = "9";  // no slide 9: stays
    state::jump_to_typed(app, p);
    CHECK(p.slide == 2);
    p.typed_number = "0";
    state::jump_to_typed(app, p);
    CHECK(p.slide == 2);

    state::toggle_screen(p, state::Screen::Black);
    CHECK(p.screen == state::Screen::Black);
    state::toggle_screen(p, state::Screen::White);
    CHECK(p.screen == state::Screen::White);
    state::toggle_screen(p, state::Screen::White);
    CHECK(p.screen == state::Screen::Map);
    state::toggle_screen(p, state::Screen::Black);
    state::go_to_slide(app, p, 0);  // a slide change lights the screen again
    CHECK(p.screen == state::Screen::Map);

    app.language = Language::En;
    std::vector<Language> seen;
    for (int i = 0; i < 5; ++i) {
        state::cycle_language(app);
        seen.push_back(app.language);
    }
    CHECK(seen == std::vector<Language>{Language::Zh, Language::Ko, Language::Ja, Language::Vi, Language::En});
}

TEST_CASE("A kiosk moves on at each slide's time, loops, and pauses for a quiet minute after input") {
    state::AppState app = bundled_app();
    state::Presentation& p = app.presentation;
    state::start_presentation(app, p, three_slides(), true);
    CHECK_FALSE(p.kiosk_paused());
    for (int i = 0; i < 95; ++i) state::tick_presentation(app, p, 0.1, false);
    CHECK(p.slide == 0);  // 9.5 s of 10
    for (int i = 0; i < 10; ++i) state::tick_presentation(app, p, 0.1, false);
    CHECK(p.slide == 1);
    // A visitor touches the mouse: the slide stays for a quiet minute, then the tour goes on.
    state::tick_presentation(app, p, 0.1, true);
    CHECK(p.kiosk_paused());
    for (int i = 0; i < 59; ++i) state::tick_presentation(app, p, 1.0, false);
    CHECK(p.slide == 1);
    CHECK(p.kiosk_paused());
    for (int i = 0; i < 2; ++i) state::tick_presentation(app, p, 1.0, false);
    CHECK_FALSE(p.kiosk_paused());
    for (int i = 0; i < 21; ++i) state::tick_presentation(app, p, 1.0, false);  // slide 2: the default 20 s
    CHECK(p.slide == 2);
    for (int i = 0; i < 6; ++i) state::tick_presentation(app, p, 1.0, false);
    CHECK(p.slide == 0);  // looped
    CHECK(p.talk_s == Approx(98.6));

    // Not a kiosk: the clock runs (the presenter's timer), the slide stays.
    state::stop_presentation(app, p);
    state::start_presentation(app, p, three_slides(), false);
    for (int i = 0; i < 30; ++i) state::tick_presentation(app, p, 1.0, false);
    CHECK(p.slide == 0);
    CHECK(p.talk_s == Approx(30.0));
}

TEST_CASE("Leaving a talk gives the desk back as it was") {
    state::AppState app = bundled_app();
    const data::MapLayer* projects = app.catalog.find(data::LayerRole::Projects);
    const size_t projects_layer = size_t(projects - app.catalog.layers.data());
    app.set_visible(projects_layer, false);
    app.language = Language::Vi;
    const auto asof = app.figures.asof;
    const auto figures_version = app.figures_version;
    app.selection.select({{projects_layer, 0}});
    const geo::Box before = app.camera.visible_box();

    state::Presentation& p = app.presentation;
    state::start_presentation(app, p, three_slides(), false);
    state::next_slide(app, p);
    state::next_slide(app, p);  // slide 3 shows every layer
    CHECK(app.catalog.layers[projects_layer].visible);
    state::cycle_language(app);
    state::stop_presentation(app, p);

    CHECK_FALSE(p.active);
    CHECK_FALSE(app.catalog.layers[projects_layer].visible);
    CHECK(app.language == Language::Vi);
    CHECK(app.figures.asof == asof);
    CHECK(app.figures_version > figures_version);  // changed and changed back: the map redraws
    REQUIRE(app.selection.current());
    CHECK(app.selection.current()->first == projects_layer);
    while (app.camera.update(0.1)) {
    }
    const geo::Box after = app.camera.visible_box();
    CHECK(after.min.x == Approx(before.min.x).margin(1.0));
    CHECK(after.max.y == Approx(before.max.y).margin(1.0));
}

TEST_CASE("A slide whose features the data lacks is reported and leaves the map where it is") {
    state::AppState app = bundled_app();
    auto t = three_slides();
    t.slides[1].camera.fit = {"parks/atlantis"};
    state::Presentation& p = app.presentation;
    state::start_presentation(app, p, t, false);
    REQUIRE(p.problems.size() == 1);
    CHECK(p.problems[0].to_string(Language::En) == "t.json:4: no feature \"parks/atlantis\" in the layers loaded");
    const geo::Box before = app.camera.target().metres_per_pixel > 0 ? app.camera.visible_box() : geo::Box{};
    state::next_slide(app, p);
    CHECK(p.slide == 1);
    CHECK_FALSE(app.camera.animating());
    CHECK(app.camera.visible_box().min.x == Approx(before.min.x));
}

// The tour editor's operations (state/tour_editing.h).

TEST_CASE("A slide added from the view keeps the view, the layers, the selection and the date; a written tour reads back") {
    state::AppState app = bundled_app();
    const auto vsip = tour::find_feature(app.catalog, "parks/vsip");
    app.selection.select({{vsip->layer, vsip->feature}});
    const data::MapLayer* projects = app.catalog.find(data::LayerRole::Projects);
    app.set_visible(size_t(projects - app.catalog.layers.data()), false);
    app.camera.show(app.catalog.layers[vsip->layer].layer.features[vsip->feature].geometry.bounds());
    const geo::Box view = app.camera.visible_box();

    const size_t at = state::add_slide(app, 0);
    CHECK(at == 0);
    CHECK(app.tour_unsaved);
    CHECK(app.tour.title.has(Language::En));
    const tour::Slide& s = app.tour.slides[0];
    CHECK(s.caption.raw(Language::En) == "VSIP Hai Phong Industrial Park (integrated township)");
    CHECK(s.highlight == std::vector<std::string>{"parks/vsip"});
    REQUIRE(s.layers);
    CHECK(std::find(s.layers->begin(), s.layers->end(), "projects") == s.layers->end());
    CHECK(std::find(s.layers->begin(), s.layers->end(), "parks") != s.layers->end());
    CHECK(s.asof == app.figures.asof);
    const geo::Box shown = tour::slide_box(s, app.catalog);
    CHECK((shown.min.x + shown.max.x) / 2 == Approx((view.min.x + view.max.x) / 2).margin(2.0));
    CHECK(shown.max.x - shown.min.x == Approx(view.max.x - view.min.x).epsilon(0.01));

    app.selection.clear();
    CHECK(state::add_slide(app, 0) == 1);
    CHECK(app.tour.slides[1].caption.raw(Language::En) == "Slide 2");
    CHECK(state::add_slide(app, 0) == 1);  // after the first: before the old second
    CHECK(app.tour.slides.size() == 3);

    CHECK(state::set_slide_text(app, 0, state::SlideText::Caption, Language::Ko, "VSIP 하이퐁"));
    CHECK_FALSE(state::set_slide_text(app, 0, state::SlideText::Caption, Language::En, ""));  // English stays
    CHECK(app.tour.slides[0].caption.raw(Language::En) == "VSIP Hai Phong Industrial Park (integrated township)");
    CHECK(state::set_slide_text(app, 0, state::SlideText::Notes, Language::Vi, "Ghi chú"));
    CHECK(state::missing_captions(app.tour.slides[0]) == std::vector<Language>{Language::Vi, Language::Zh, Language::Ja});

    CHECK(state::move_slide(app, 0, -1) == 0);  // the first stays first
    CHECK(state::move_slide(app, 0, +1) == 1);
    CHECK(app.tour.slides[1].caption.raw(Language::Ko) == "VSIP 하이퐁");
    CHECK(state::move_slide(app, 2, +1) == 2);
    state::delete_slide(app, 0);
    CHECK(app.tour.slides.size() == 2);
    CHECK(app.tour.slides[0].caption.raw(Language::Ko) == "VSIP 하이퐁");

    const auto back = tour::parse_tour(tour::tour_json(app.tour), "saved.json");
    REQUIRE(back.tour);
    CHECK(tour::tour_json(*back.tour) == tour::tour_json(app.tour));
    CHECK(tour::check_tour(*back.tour, app.catalog).empty());
}

TEST_CASE("The bundled tour tells Hai Phong's story in 8 to 12 slides, in five languages, from the data") {
    const auto r = tour::read_tour(std::string(PARKATLAS_TEST_DATA) + "/tours/haiphong.tour.json");
    INFO(r.problem.to_string(Language::En));
    REQUIRE(r.tour);
    const tour::Tour& t = *r.tour;
    CHECK(t.slides.size() >= 8);
    CHECK(t.slides.size() <= 12);
    state::AppState app = bundled_app();
    CHECK(tour::check_tour(t, app.catalog).empty());
    std::set<std::string> captions;
    for (const tour::Slide& s : t.slides) {
        INFO("slide " << s.id);
        CHECK(state::missing_captions(s).empty());
        for (const Language lang : i18n::kLanguages) CHECK(s.notes.has(lang));
        CHECK(captions.insert(s.caption.raw(Language::En)).second);
        CHECK(!tour::slide_box(s, app.catalog).empty());
        // A caption that states a figure names its source.
        if (s.caption.raw(Language::En).find_first_of("0123456789") != std::string::npos) CHECK(!s.sources.empty());
        for (const auto& key : s.sources) CHECK(app.catalog.sources.count(key) == 1);
    }
}

#include "ui/slide_overlay.h"

TEST_CASE("A park's figure card shows the same figures, with their sources, in every language") {
    state::AppState app = bundled_app();
    const auto vsip = tour::find_feature(app.catalog, "parks/vsip");
    const std::vector<std::string> fields{"status", "area_ha", "lease_ha", "occ_pct", "free_land", "developer", "tenants"};
    for (const Language lang : i18n::kLanguages) {
        INFO(i18n::code(lang));
        const ui::FigureCard card = ui::figure_card(app.catalog, vsip->layer, vsip->feature, lang);
        std::vector<std::string> got;
        for (const auto& row : card.rows) got.push_back(row.field);
        CHECK(got == fields);
        CHECK(card.rows[3].value.find("76") == 0);  // occupancy 76.6 %, as of Dec 2023 (HEZA 6037/BC-BQL)
        CHECK(card.rows[3].note.find("6037/BC-BQL") != std::string::npos);
    }
    CHECK(ui::figure_card(app.catalog, vsip->layer, vsip->feature, Language::Ko).title.find("하이퐁") != std::string::npos);
}

TEST_CASE("A slide's type and colours hold up in a room: caption height and contrast") {
    using namespace ui::slide_colours;
    CHECK(ui::contrast_ratio(kBandText, kBand) >= 7.0);    // WCAG AAA for the caption
    CHECK(ui::contrast_ratio(kBandMuted, kBand) >= 7.0);   // sources and slide number too
    CHECK(ui::contrast_ratio(ui::colours::kInk, ui::colours::kPanel) >= 7.0);  // the cards
    CHECK(ui::contrast_ratio(kHighlight, kHighlightEdge) >= 7.0);  // the highlight against its edge
    for (const float h : {600.0f, 720.0f, 1080.0f, 1440.0f, 2160.0f}) {
        INFO(h);
        const ui::Theme t = ui::presentation_theme(h);
        CHECK(t.room_px >= h * ui::kRoomCaptionFraction);
        CHECK(t.map_label_px > ui::make_theme(t.scale).map_label_px);  // names larger than at a desk
    }
}
