#include "app/window/state_dump.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "app/settings.h"
#include "data/indexed_source.h"

namespace app {

namespace {

std::string feature_key(const data::MapLayer& ml, size_t fi) {
    if (fi >= ml.layer.feature_count()) return "?";
    data::Feature read;
    const data::Feature& f = ml.layer.feature_ref(fi, read);
    if (auto id = ml.layer.text(f, "id"); id && !id->empty()) return *id;
    return std::to_string(f.source_id);
}

std::string box_text(const geo::Box& b) {
    if (b.empty()) return "none";
    char buf[128];
    std::snprintf(buf, sizeof buf, "%.1f %.1f %.1f %.1f", b.min.x, b.min.y, b.max.x, b.max.y);
    return buf;
}

const char* tab_name(std::optional<state::BottomTab> t) {
    if (!t) return "none";
    switch (*t) {
        case state::BottomTab::Table: return "table";
        case state::BottomTab::Compare: return "compare";
        case state::BottomTab::Gauge: return "gauge";
        case state::BottomTab::Finder: return "finder";
    }
    return "?";
}

}  // namespace

std::string describe_state(const state::AppState& app, const ScreenFacts& screen) {
    const ui::DeskLayout& layout = screen.layout;
    std::string s;
    auto line = [&](const std::string& key, const std::string& value) { s += key + ": " + value + "\n"; };
    auto ref_text = [&](const state::FeatureRef& r) {
        return r.first < app.catalog.layers.size()
                   ? app.catalog.layers[r.first].layer.name + " " + feature_key(app.catalog.layers[r.first], r.second)
                   : std::string("?");
    };
    const auto current = app.selection.current();
    line("selection", current ? ref_text(*current) : "none");
    std::string offered;
    if (app.selection.is_list())
        for (const auto& h : app.selection.hits()) offered += (offered.empty() ? "" : ", ") + ref_text(h);
    line("choices", offered.empty() ? "none" : offered);
    if (current) {
        // Where the selected feature lies on screen, to check it is framed in the visible map.
        const geo::Box b = app.catalog.layers[current->first].layer.feature_bounds(current->second);
        const render::Camera cam = app.camera.target();
        geo::Box on_screen;
        if (!b.empty()) {
            on_screen.expand(cam.map_to_screen(b.min));
            on_screen.expand(cam.map_to_screen(b.max));
        }
        line("selection_on_screen", box_text(on_screen));
    }
    line("asof", app.figures.asof.to_string());
    // Presenting: the mode, the slide (1-based, as on screen), the screen and the caption shown.
    const state::Presentation& p = app.presentation;
    line("mode", app.mode == state::Mode::Present ? (p.kiosk ? "kiosk" : "present") : "explore");
    line("slide", p.active ? std::to_string(p.slide + 1) + "/" + std::to_string(p.tour.slides.size()) : "none");
    line("screen", p.screen == state::Screen::Black ? "black" : p.screen == state::Screen::White ? "white" : "map");
    line("slide_card", p.card ? ref_text(*p.card) : "none");
    line("slide_cards", std::to_string(screen.slide_cards));
    line("slide_band", box_text(screen.slide_band));
    line("slide_caption", screen.slide_caption);
    line("kiosk_paused", p.kiosk_paused() ? "yes" : "no");
    line("fullscreen", screen.fullscreen ? "yes" : "no");
    line("presenter_view", screen.presenter_view ? "open" : "none");
    std::string notes = screen.presenter_notes.substr(0, screen.presenter_notes.find('\n'));
    line("presenter_notes", notes.empty() ? "none" : notes);
    line("presenter_pictures", std::to_string(screen.presenter_pictures));
    line("tour_slides", std::to_string(app.tour.slides.size()));
    line("tour_unsaved", app.tour_unsaved ? "yes" : "no");
    line("tour_tab", box_text(screen.tour_tab));
    line("tour_add", box_text(screen.tour_add));
    line("tour_save", box_text(screen.tour_save));
    line("index_button", box_text(screen.index_button));
    line("export_button", box_text(screen.export_button));
    std::string kinds;
    for (const auto& b : screen.export_kinds) kinds += (kinds.empty() ? "" : ";") + box_text(b);
    line("export_kinds", kinds.empty() ? "none" : kinds);
    line("export_path", box_text(screen.export_path));
    line("export_run", box_text(screen.export_run));
    line("export_card", box_text(screen.export_card));
    line("export_file", screen.export_file.empty() ? "none" : screen.export_file);
    line("finder_compare", box_text(screen.finder_compare));
    line("finder_export", box_text(screen.finder_export));
    line("finder_brochure", box_text(screen.finder_brochure));
    line("finder_fits", screen.finder_fits.empty() ? "none" : screen.finder_fits);
    line("finder_ask", screen.finder_ask.empty() ? "none" : screen.finder_ask);
    std::string compare;
    for (const auto& id : app.compare.ids()) compare += (compare.empty() ? "" : ",") + id;
    line("compare", compare.empty() ? "none" : compare);
    std::string what_if;
    for (const auto& [id, v] : app.what_if.occupancy) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.1f", v);
        what_if += (what_if.empty() ? "" : ",") + id + "=" + buf;
    }
    for (const auto& id : app.what_if.exclude) what_if += (what_if.empty() ? "" : ",") + id + "=out";
    line("what_if", what_if.empty() ? "none" : what_if);
    line("measure", app.measure.adding() ? "adding" : app.measure.shown() ? "shown" : "off");
    line("left", std::string(app.desk.left_open ? "open" : "slim") + " " +
                     (app.desk.left_tab == state::SideTab::Parks ? "parks" : app.desk.left_tab == state::SideTab::Layers ? "layers" : "tour"));
    line("right", layout.right.empty() ? "none" : app.desk.right_open ? "open" : "slim");
    line("bottom", tab_name(app.desk.bottom));
    line("legend", app.desk.legend_open ? "open" : "folded");
    line("investment_view", app.investment_view ? "on" : "off");
    // The scale the frame was drawn at (the user's choice times the screen's): the geometry
    // below is at this scale, even in the frame where the user changed it.
    char scale[32];
    std::snprintf(scale, sizeof scale, "%.2f", screen.drawn_scale);
    line("ui_scale", scale);
    line("search", screen.search);
    line("text_field", screen.typing ? "active" : "none");
    line("visible_map", box_text(layout.map));
    line("legend_header", box_text(screen.legend_header));
    // The map the visible part shows (display CRS), where the camera is going: what the settings remember.
    char visible[128];
    const geo::Box vb = app.camera.visible_box();
    std::snprintf(visible, sizeof visible, "%.0f %.0f %.0f %.0f", vb.min.x, vb.min.y, vb.max.x, vb.max.y);
    line("visible_box", visible);
    // Where the camera is now, and whether it is on its way somewhere.
    const render::Camera& cam = app.camera.camera();
    char camera[96];
    std::snprintf(camera, sizeof camera, "%.1f %.1f %.4f", cam.centre.x, cam.centre.y, cam.metres_per_pixel);
    line("camera", camera);
    line("camera_moving", app.camera.animating() ? "yes" : "no");
    line("layers", std::to_string(app.catalog.layers.size()));
    // Layers read where the view is: name:rows:all, or name:rows:view while only the view's rows are in.
    std::string indexed;
    for (const auto& ml : app.catalog.layers)
        if (ml.layer.rows)
            indexed += (indexed.empty() ? "" : " ") + ml.layer.name + ":" + std::to_string(ml.layer.feature_count()) +
                       (ml.layer.rows->complete ? ":all" : ":view");
    line("indexed", indexed.empty() ? "none" : indexed);
    std::string files;
    for (const auto& f : app.user_files) files += (files.empty() ? "" : " ") + f;
    line("files", files.empty() ? "none" : files);
    line("loading_card", box_text(screen.loading_card));
    std::string badges;
    for (size_t i = 0; i < screen.badge_centres.size(); ++i) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.0f %.0f %zu", screen.badge_centres[i].x, screen.badge_centres[i].y,
                      screen.badge_counts[i]);
        badges += (badges.empty() ? "" : "; ") + std::string(buf);
    }
    line("badges", badges.empty() ? "none" : badges);
    line("message", app.message.in(app.language));
    line("language", i18n::code(app.language));
    line("vietnamese_beneath", app.vietnamese_beneath ? "on" : "off");
    line("language_button", box_text(screen.language_button));
    std::string menu;
    for (const auto& b : screen.language_menu) menu += (menu.empty() ? "" : ";") + box_text(b);
    line("language_menu", menu.empty() ? "none" : menu);
    line("atlas", "builds " + std::to_string(screen.atlas_builds) + " cjk " + std::to_string(screen.atlas_cjk_glyphs) + " face " +
                      std::to_string(screen.atlas_cjk_face));
    return s;
}

StateDump::StateDump() {
    if (const char* p = std::getenv("PARKATLAS_STATE_DUMP"); p && *p) path_ = p;
}

void StateDump::update(const std::string& text) {
    if (path_.empty() || text == last_) return;
    std::string error;
    if (!write_file_atomically(path_, text, &error)) std::cerr << "parkatlas: state dump: " << error << "\n";
    last_ = text;
}

}  // namespace app
