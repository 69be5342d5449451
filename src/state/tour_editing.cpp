#include "state/tour_editing.h"

#include <algorithm>

#include "tour/slide_view.h"

namespace state {

namespace {

void edited(AppState& app) {
    ++app.tour_version;
    app.tour_unsaved = true;
}

void take_view(const AppState& app, tour::Slide& s) {
    s.camera = tour::camera_for_view(app.camera.visible_box());
    std::vector<std::string> layers;
    for (const auto& ml : app.catalog.layers)
        if (!data::is_basemap(ml.role) && ml.visible) layers.push_back(ml.role == data::LayerRole::User ? data::layer_key(ml) : ml.layer.name);
    s.layers = layers;
    s.highlight.clear();
    if (const auto sel = app.selection.current())
        if (const auto ref = tour::feature_ref(app.catalog, {sel->first, sel->second})) s.highlight.push_back(*ref);
    s.asof = app.figures.ok() ? std::optional(app.figures.asof) : std::nullopt;
}

}  // namespace

tour::Slide slide_from_view(const AppState& app) {
    tour::Slide s;
    take_view(app, s);
    std::string name;
    if (const auto sel = app.selection.current()) {
        const data::Layer& l = app.catalog.layers[sel->first].layer;
        data::Feature read;
        const data::Feature& f = l.feature_ref(sel->second, read);
        for (const char* field : {"name_en", "name", "id"})
            if (const auto v = l.text(f, field); v && !v->empty() && name.empty()) name = *v;
    }
    s.caption.raw(i18n::Language::En) = name.empty() ? "Slide " + std::to_string(app.tour.slides.size() + 1) : name;
    return s;
}

size_t add_slide(AppState& app, size_t after) {
    const size_t at = app.tour.slides.empty() ? 0 : std::min(after + 1, app.tour.slides.size());
    if (app.tour.slides.empty() && !app.tour.title.has(i18n::Language::En)) app.tour.title.raw(i18n::Language::En) = "Tour";
    app.tour.slides.insert(app.tour.slides.begin() + long(at), slide_from_view(app));
    edited(app);
    return at;
}

void update_slide_view(AppState& app, size_t index) {
    if (index >= app.tour.slides.size()) return;
    take_view(app, app.tour.slides[index]);
    edited(app);
}

size_t move_slide(AppState& app, size_t index, int delta) {
    auto& slides = app.tour.slides;
    if (index >= slides.size()) return index;
    const long to = long(index) + delta;
    if (to < 0 || to >= long(slides.size())) return index;
    std::swap(slides[index], slides[size_t(to)]);
    edited(app);
    return size_t(to);
}

void delete_slide(AppState& app, size_t index) {
    if (index >= app.tour.slides.size()) return;
    app.tour.slides.erase(app.tour.slides.begin() + long(index));
    edited(app);
}

bool set_slide_text(AppState& app, size_t index, SlideText which, i18n::Language lang, const std::string& text) {
    if (index >= app.tour.slides.size()) return false;
    tour::Slide& s = app.tour.slides[index];
    if (which == SlideText::Caption && lang == i18n::Language::En && text.empty()) return false;
    tour::Texts& texts = which == SlideText::Caption ? s.caption : s.notes;
    if (texts.raw(lang) == text) return true;
    texts.raw(lang) = text;
    edited(app);
    return true;
}

void set_tour_title(AppState& app, i18n::Language lang, const std::string& text) {
    if ((lang == i18n::Language::En && text.empty()) || app.tour.title.raw(lang) == text) return;
    app.tour.title.raw(lang) = text;
    edited(app);
}

std::vector<i18n::Language> missing_captions(const tour::Slide& slide) {
    std::vector<i18n::Language> out;
    for (const i18n::Language lang : i18n::kLanguages)
        if (!slide.caption.has(lang)) out.push_back(lang);
    return out;
}

}  // namespace state
