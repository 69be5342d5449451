#include "app/modes/present_mode.h"

#include <imgui.h>

#include "i18n/catalogue.h"

namespace app {

namespace {

geo::Box whole(const FrameContext& ctx) {
    geo::Box b;
    b.expand({0, 0});
    b.expand({ctx.width, ctx.height});
    return b;
}

}  // namespace

std::string PresentMode::status(const state::AppState& app) const {
    const state::Presentation& p = app.presentation;
    if (!p.typed_number.empty()) return i18n::trf(i18n::N_("Go to slide {0}"), app.language, {p.typed_number + "_"});
    if (p.kiosk_paused()) return i18n::tr("Paused: the tour goes on after a quiet minute", app.language);
    return {};
}

void PresentMode::layout(FrameContext& ctx) {
    state::AppState& app = ctx.app;
    text_ = slide_text(app, status(app));
    cards_ = slide_cards(app);
    layout_ = layout_slide(text_, cards_.size(), ctx.fonts, ctx.theme, whole(ctx), app.presentation.card.has_value());
    // A card opened by a click lies over the map: the view stays where the slide put it.
    const geo::Box frame =
        app.presentation.card ? layout_slide(text_, 0, ctx.fonts, ctx.theme, whole(ctx)).view_frame : layout_.view_frame;
    app.camera.set_frame(frame);
    // The window went full screen, or the slide's band changed height (another language): the
    // slide is fitted again, at once. A slide change flies (go_to_slide).
    const size_t slide = app.presentation.slide;
    const bool moved = shown_frame_.min.x != frame.min.x || shown_frame_.min.y != frame.min.y ||
                       shown_frame_.max.x != frame.max.x || shown_frame_.max.y != frame.max.y;
    const bool refit = std::exchange(app.presentation.fit_pending, false) ||
                       (moved && slide == shown_slide_ && !app.presentation.card && !app.camera.animating());
    if (refit)
        if (const tour::Slide* s = app.presentation.current()) app.camera.show(state::slide_view(app, *s));
    if (!app.presentation.card) {
        shown_frame_ = frame;
        shown_slide_ = slide;
    }
}

void PresentMode::run_command(FrameContext& ctx, Command command) {
    state::AppState& app = ctx.app;
    state::Presentation& p = app.presentation;
    if (const int d = digit_of(command); d >= 0) {
        if (p.typed_number.size() < 3) p.typed_number += char('0' + d);
        return;
    }
    switch (command) {
        case Command::Quit: ctx.quit = true; break;
        case Command::SlideNext: state::next_slide(app, p); break;
        case Command::SlidePrevious: state::previous_slide(app, p); break;
        case Command::SlideFirst:
        case Command::Present: state::go_to_slide(app, p, 0); break;
        case Command::SlideLast: state::go_to_slide(app, p, p.tour.slides.size() - 1); break;
        case Command::JumpToTyped: state::jump_to_typed(app, p); break;
        case Command::BlackScreen: state::toggle_screen(p, state::Screen::Black); break;
        case Command::WhiteScreen: state::toggle_screen(p, state::Screen::White); break;
        case Command::NextLanguage: state::cycle_language(app); break;
        case Command::Escape:
            // Esc steps back: a typed number, an open card, a blank screen, then the talk itself.
            if (!p.typed_number.empty()) p.typed_number.clear();
            else if (p.card) p.card.reset();
            else if (p.screen != state::Screen::Map) p.screen = state::Screen::Map;
            else if (!p.kiosk) ctx.leave_presentation = true;  // a booth's visitor cannot end the kiosk (Ctrl+Q can)
            break;
        default: break;
    }
}

void PresentMode::click(FrameContext& ctx, geo::Vec2 at) {
    state::AppState& app = ctx.app;
    state::Presentation& p = app.presentation;
    for (const geo::Box& card : facts_.cards)
        if (card.contains(at)) {  // a click on a card closes the one opened by a click
            p.card.reset();
            return;
        }
    if (layout_.band.contains(at)) return;
    for (const geo::Box& b : overlay_.furniture)
        if (b.contains(at)) return;
    // The top-most feature with something to tell: parks, zones, projects, landmarks, a user's layer.
    for (const state::FeatureRef& hit : ctx.map.pick(app, app.camera.camera(), at)) {
        if (data::is_basemap(app.catalog.layers[hit.first].role)) continue;
        p.card = hit;
        return;
    }
    p.card.reset();
}

void PresentMode::frame(FrameContext& ctx) {
    state::AppState& app = ctx.app;
    for (Command c : ctx.input.commands) run_command(ctx, c);
    for (const Gesture& g : ctx.input.gestures) {
        switch (g.kind) {
            case Gesture::Drag: app.camera.drag(g.delta); break;
            case Gesture::Scroll: app.camera.scroll(g.pos, g.steps); break;
            case Gesture::DoubleClick: app.camera.double_click(g.pos); break;
            case Gesture::Click: click(ctx, g.pos); break;
        }
    }
    layout(ctx);

    const render::Camera& cam = app.camera.camera();
    ImDrawList& dl = *ImGui::GetBackgroundDrawList();
    overlay_ = {};
    if (app.presentation.screen == state::Screen::Map) {
        draw_slide_highlights(dl, app, cam, ctx.theme);
        ui::OverlayOptions o;
        o.language = app.language;
        o.vietnamese_beneath = app.vietnamese_beneath;
        o.scale = ctx.theme.scale;
        o.title = false;  // the caption is the slide's title
        o.frame = layout_.map_frame;
        if (app.figures.ok()) o.occupancy_dates = state::legend_dates(app.figures, app.language);
        data::Feature read;  // a selected feature of an indexed layer, read from its file
        if (const auto sel = app.selection.current())
            o.selected = &app.catalog.layers[sel->first].layer.feature_ref(sel->second, read);
        overlay_ = ui::draw_map_overlay(dl, app.catalog, cam, ctx.fonts, o);
    }
    const SlideDrawn drawn = draw_slide(dl, app, text_, cards_, layout_, ctx.fonts, ctx.theme);
    facts_ = {drawn.band, drawn.cards, text_.caption};
    ctx.map.restyle(app, {});
}

}  // namespace app
