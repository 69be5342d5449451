#include "state/presentation.h"

#include <algorithm>
#include <set>

#include "state/app_state.h"
#include "tour/slide_view.h"

namespace state {

namespace {

void show_slide_layers(AppState& app, const tour::Slide& slide) {
    std::set<size_t> named;  // each name looked up once (a user's layer's key reads the file system)
    if (slide.layers)
        for (const auto& name : *slide.layers)
            if (const auto i = tour::find_layer(app.catalog, name)) named.insert(*i);
    for (size_t i = 0; i < app.catalog.layers.size(); ++i)
        app.set_visible(i, !slide.layers || data::is_basemap(app.catalog.layers[i].role) || named.count(i));
}

void show_slide_date(AppState& app, const tour::Slide& slide, const std::optional<analysis::Date>& desk_asof) {
    const auto newest = app.figures.dates.empty() ? desk_asof : std::optional(app.figures.dates.back());
    const auto want = slide.asof ? slide.asof : newest;
    if (want && app.figures.ok() && !(app.figures.asof == *want)) app.set_asof(*want);
}

// The highlighted features become the selection, so that the map outlines them and ranks
// their labels first, as the desk does for a clicked park.
void select_highlights(AppState& app, const tour::Slide& slide) {
    std::vector<FeatureRef> hits;
    for (const auto& ref : slide.highlight)
        if (const auto at = tour::find_feature(app.catalog, ref)) hits.push_back({at->layer, at->feature});
    if (hits.empty()) app.selection.clear();
    else app.selection.select(std::move(hits));
}

}  // namespace

geo::Box slide_view(const AppState& app, const tour::Slide& slide) { return tour::slide_box(slide, app.catalog); }

void start_presentation(AppState& app, Presentation& p, tour::Tour tour, bool kiosk) {
    if (!p.active) {
        p.before.visible.clear();
        for (const auto& l : app.catalog.layers) p.before.visible.push_back(l.visible);
        p.before.asof = app.figures.ok() ? std::optional(app.figures.asof) : std::nullopt;
        p.before.view = app.camera.visible_box();
        p.before.language = app.language;
        p.before.selection = app.selection;
    }
    p.problems = tour::check_tour(tour, app.catalog);
    p.tour = std::move(tour);
    p.active = true;
    p.kiosk = kiosk;
    p.quiet_s = Presentation::kKioskQuietS;  // a kiosk starts running
    p.talk_s = 0;
    app.hover.reset();
    go_to_slide(app, p, 0, false);
}

void stop_presentation(AppState& app, Presentation& p) {
    if (!p.active) return;
    for (size_t i = 0; i < app.catalog.layers.size() && i < p.before.visible.size(); ++i) app.set_visible(i, p.before.visible[i]);
    if (p.before.asof && app.figures.ok() && !(app.figures.asof == *p.before.asof)) app.set_asof(*p.before.asof);
    app.language = p.before.language;
    app.selection = p.before.selection;
    if (!p.before.view.empty()) app.camera.fly_to(p.before.view, 0.0, 0.5);
    p.active = false;
    p.card.reset();
    p.screen = Screen::Map;
    p.typed_number.clear();
}

void go_to_slide(AppState& app, Presentation& p, size_t index, bool fly) {
    if (p.tour.slides.empty()) return;
    p.slide = std::min(index, p.tour.slides.size() - 1);
    p.screen = Screen::Map;
    p.card.reset();
    p.typed_number.clear();
    p.on_slide_s = 0;
    const tour::Slide& slide = p.tour.slides[p.slide];
    show_slide_layers(app, slide);
    show_slide_date(app, slide, p.before.asof);
    select_highlights(app, slide);
    const geo::Box box = slide_view(app, slide);
    if (box.empty()) return;  // its features are missing (p.problems says so): the map stays
    if (fly) app.camera.fly_to(box, 0.0, kSlideFlightS);
    else app.camera.show(box);
    p.fit_pending = !fly;
}

void next_slide(AppState& app, Presentation& p) {
    if (p.slide + 1 < p.tour.slides.size()) go_to_slide(app, p, p.slide + 1);
}

void previous_slide(AppState& app, Presentation& p) {
    if (p.slide > 0) go_to_slide(app, p, p.slide - 1);
}

void jump_to_typed(AppState& app, Presentation& p) {
    const std::string typed = std::exchange(p.typed_number, {});
    if (typed.empty() || typed.size() > 4) return;
    const size_t n = size_t(std::stoul(typed));
    if (n >= 1 && n <= p.tour.slides.size()) go_to_slide(app, p, n - 1);
}

void cycle_language(AppState& app) {
    const auto& all = i18n::kLanguages;
    const auto at = std::find(all.begin(), all.end(), app.language);
    app.language = at == all.end() || at + 1 == all.end() ? all.front() : *(at + 1);
}

void toggle_screen(Presentation& p, Screen screen) { p.screen = p.screen == screen ? Screen::Map : screen; }

void tick_presentation(AppState& app, Presentation& p, double dt, bool input) {
    if (!p.active) return;
    p.talk_s += dt;
    p.quiet_s = input ? 0.0 : p.quiet_s + dt;
    if (!p.kiosk || p.kiosk_paused() || p.screen != Screen::Map) return;
    p.on_slide_s += dt;
    const tour::Slide* s = p.current();
    if (!s || p.on_slide_s < s->duration()) return;
    go_to_slide(app, p, p.slide + 1 < p.tour.slides.size() ? p.slide + 1 : 0);
}

}  // namespace state
