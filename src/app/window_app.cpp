#include "app/window_app.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <set>

#include "app/background_load.h"
#include "app/camera_controller.h"
#include "app/highlight.h"
#include "app/map_view.h"
#include "app/measure_tool.h"
#include "app/picking.h"
#include "app/pin_clusters.h"
#include "geo/label_point.h"
#include "ui/draw_helpers.h"
#include "app/settings.h"
#include "geo/crs.h"
#include "geo/web_mercator.h"
#include "render/gl.h"
#include "render/map_canvas.h"
#include "render/map_renderer.h"
#include "render/map_scene.h"
#include "render/map_style.h"
#include "ui/fonts.h"
#include "ui/map_overlay.h"
#include "ui/panel_cache.h"
#include "ui/panels/attribute_table.h"
#include "ui/panels/availability_text.h"
#include "ui/panels/compare_panel.h"
#include "ui/panels/details_panel.h"
#include "ui/panels/feature_text.h"
#include "ui/panels/gauge_panel.h"
#include "ui/panels/layers_panel.h"
#include "ui/panels/loading_panel.h"
#include "ui/panels/park_figures.h"
#include "ui/panels/park_list.h"
#include "ui/panels/status_bar.h"
#include "ui/panels/toolbar.h"

namespace app {

namespace {

constexpr double kClickSlopPx = 4.0;
constexpr double kDoubleClickSeconds = 0.35;

struct GlfwSession {
    bool ok = false;
    GlfwSession() {
        glfwSetErrorCallback([](int code, const char* text) { std::cerr << "parkatlas: GLFW error " << code << ": " << text << "\n"; });
        ok = glfwInit() == GLFW_TRUE;
    }
    ~GlfwSession() {
        if (ok) glfwTerminate();
    }
};

std::string feature_key(const data::MapLayer& ml, size_t fi) {
    const data::Feature& f = ml.layer.features[fi];
    if (auto id = ml.layer.text(f, "id"); id && !id->empty()) return *id;
    return std::to_string(f.source_id);
}

class WindowApp {
public:
    WindowApp(data::Catalog catalog, const WindowOptions& options)
        : catalog_(std::move(catalog)), options_(options), pending_files_(options.files_to_load) {}
    int run();

private:
    // Input, from GLFW callbacks (ImGui chains to these).
    static WindowApp& self(GLFWwindow* w) { return *static_cast<WindowApp*>(glfwGetWindowUserPointer(w)); }
    void on_mouse_button(int button, int action);
    void on_cursor(double x, double y);
    void on_scroll(double dy);
    void on_key(int key, int action, int mods);
    void handle_mouse_events(bool captured);
    struct MouseEvent {
        enum Type { Press, Release, Move, Scroll } type;
        geo::Vec2 pos;
        double dy;
    };
    std::vector<MouseEvent> mouse_events_;
    void wake(int frames = 3) { frames_wanted_ = std::max(frames_wanted_, frames); }

    // `ready`: layers prepared and indexed on the loading thread (the last ones of the catalog).
    void rebuild_scene(std::vector<render::PreparedLayer> ready = {}, std::vector<geo::GridIndex> pick_indexes = {});
    void poll_loading(float win_w, float win_h);
    void finish_loading(BackgroundLoad::Result&& loaded, const std::string& path);
    // Hover and selection of areas and lines, drawn over the map: the map itself is a canvas
    // (or a big layer's picture) that a hover must not redraw. Pins are restyled instead.
    void draw_area_highlight(ImDrawList& dl);
    bool is_pin_layer(size_t li) const { return catalog_.layers[li].layer.kind == geo::GeometryKind::Points; }
    void select(std::vector<ui::FeatureRef> hits, size_t current = 0);
    void write_selection_dump() const;
    void update_styles();
    void frame(double dt);
    // With PARKATLAS_FRAME_LOG: where the last frame's time went, in ms (GL finished between
    // phases, so each phase includes its own drawing).
    struct FramePhases {
        double ui = 0, pictures = 0, map = 0, panels = 0, swap = 0;
        bool canvas_copied = false;  // the map was a copy of the canvas (else drawn scaled)
        bool moving = false;         // the camera was moving (else at rest: canvas or picture work)
    };
    bool timing_phases_ = false;
    // At rest, canvas bands and picture steps get what is left of a kRestFrameMs frame once
    // the rest of it is paid (ImGui, the copy into the window, pins, swap: 15-20 ms at
    // 1920x1080 on llvmpipe), between 4 and 12 ms; a fixed 10 + 12 ms made 35-50 ms frames.
    static constexpr double kRestFrameMs = 28.0;
    double frame_fixed_ms_ = 16.0;  // smoothed time of a frame without its rest work
    double rest_work_ms_ = 0.0;     // this frame's
    std::chrono::duration<double> rest_budget() const {
        return std::chrono::duration<double, std::milli>(std::clamp(kRestFrameMs - frame_fixed_ms_, 4.0, 12.0));
    }
    FramePhases phases_;
    double phase_mark(double& since) const;
    void apply_settings(const Settings& s);
    Settings current_settings() const;
    std::vector<std::string> font_texts() const;
    std::optional<ui::FeatureRef> hover_hit() const;
    // The feature the details panel shows, if any.
    std::optional<ui::FeatureRef> current_selection() const {
        return hits_.empty() ? std::nullopt : std::optional(hits_[current_hit_]);
    }
    PickOptions pick_options() const;
    void fly_to_feature(ui::FeatureRef ref, double min_size_m, double margin);
    // The analysis views (issue #5): as-of date, table, gauge, compare, measure.
    void set_asof(const analysis::Date& asof);
    void draw_analysis_panels(float top, float left, float right, float bottom);
    void export_table();
    std::optional<size_t> selected_park() const;

    data::Catalog catalog_;
    WindowOptions options_;
    GLFWwindow* window_ = nullptr;
    CameraController controller_;
    render::PicturePool picture_pool_;  // textures of big layers' pictures, across scene rebuilds (outlives scene_)
    std::unique_ptr<render::MapScene> scene_;
    std::optional<render::MapRenderer> renderer_;
    std::optional<render::MapCanvas> canvas_;
    uint64_t map_content_version_ = 0;   // bumped when layers or area styles change: the canvas is redrawn
    Picker picker_;
    ui::MapFonts fonts_;
    ui::PanelCache panel_cache_;
    float ui_scale_ = 1.0f;
    ui::LayersPanelState layers_;
    ui::ParkListState park_list_;
    std::optional<geo::Transformer> to_lonlat_, to_vn2000_;

    ui::ParkFigures figures_;                // every analysis view shows these, as of figures_.asof
    std::vector<ui::TableRow> table_rows_;   // rebuilt when the date changes
    std::vector<render::FeatureStyle> park_styles_;  // parks coloured as of the date (base for highlight)
    bool restyle_ = true;                    // park_styles_ changed: push them to the GPU
    ui::ToolbarState toolbar_;
    ui::AttributeTableState table_;
    std::vector<ui::TableRow> table_shown_;  // the table's filtered, sorted rows (what Export CSV writes)
    ui::WhatIfState what_if_;
    std::vector<std::string> compare_;       // park ids, at most ui::kMaxCompared
    MeasureTool measure_;
    std::string layout_key_;                 // which analysis windows are open, and where

    std::vector<ui::FeatureRef> hits_;       // the last click's hits, top-most first
    size_t current_hit_ = 0;
    std::optional<ui::FeatureRef> hovered_;
    std::set<size_t> styled_layers_;         // layers whose styles differ from the base
    std::optional<ui::FeatureRef> styled_sel_, styled_hover_;
    std::set<ui::FeatureRef> hidden_, styled_hidden_;   // pins merged into clusters or the investment view
    // Investment pins closer than a badge's width are shown as one badge with their count;
    // the pins it stands for go into hidden_.
    struct PinBadge {
        ImVec2 centre;
        size_t count = 0;
    };
    std::vector<PinBadge> pin_badges();
    void draw_pin_badges(ImDrawList& dl, const std::vector<PinBadge>& badges) const;
    float badge_radius() const { return 11.0f * ui_scale_; }
    void draw_investment_view(ImDrawList& dl);

    bool dragging_ = false, drag_moved_ = false;
    geo::Vec2 press_pos_, last_pos_, cursor_{-1, -1};
    double last_click_time_ = -1.0;
    geo::Vec2 last_click_pos_;
    int frames_wanted_ = 3;
    std::vector<std::string> pending_files_;       // to load, one at a time, in the background
    std::unique_ptr<BackgroundLoad> loading_;
    render::Camera last_camera_;                   // of the previous frame: is the camera moving?
    double last_motion_time_ = -1.0;               // glfwGetTime() when the camera last moved
    size_t pictures_shown_ = 0;                    // big layers' pictures completed, as the canvas shows them
    double pictures_shown_time_ = 0.0;
    bool pictures_sharp_ = true;                   // big layers were sharp at the last frame at rest
    std::string message_;                    // shown in the status bar (settings problems, ...)
    float status_height_ = 24.0f;
};

// Mouse events are queued and handled in the frame, after ImGui::NewFrame() has decided with
// the current pointer position whether a panel takes the mouse.
void WindowApp::on_mouse_button(int button, int action) {
    wake();
    if (button == GLFW_MOUSE_BUTTON_RIGHT && action == GLFW_PRESS) measure_.finish();
    if (button != GLFW_MOUSE_BUTTON_LEFT) return;
    double x = 0, y = 0;
    glfwGetCursorPos(window_, &x, &y);
    mouse_events_.push_back({action == GLFW_PRESS ? MouseEvent::Press : MouseEvent::Release, {x, y}, 0.0});
}

void WindowApp::on_cursor(double x, double y) {
    cursor_ = {x, y};
    wake(2);
    mouse_events_.push_back({MouseEvent::Move, {x, y}, 0.0});
}

void WindowApp::on_scroll(double dy) {
    wake();
    mouse_events_.push_back({MouseEvent::Scroll, cursor_, dy});
}

void WindowApp::handle_mouse_events(bool captured) {
    for (const MouseEvent& e : std::exchange(mouse_events_, {})) {
        switch (e.type) {
            case MouseEvent::Press:
                if (captured) break;
                dragging_ = true;
                drag_moved_ = false;
                press_pos_ = last_pos_ = e.pos;
                break;
            case MouseEvent::Move:
                if (!dragging_) break;
                if (!drag_moved_ && geo::length(e.pos - press_pos_) >= kClickSlopPx) drag_moved_ = true;
                if (drag_moved_) controller_.drag(e.pos - last_pos_);
                last_pos_ = e.pos;
                break;
            case MouseEvent::Scroll:
                if (!captured) controller_.scroll(e.pos, e.dy);
                break;
            case MouseEvent::Release: {
                if (!dragging_) break;
                dragging_ = false;
                if (drag_moved_) break;
                if (measure_.adding()) {  // measuring: a click is a point, not a pick or a zoom
                    measure_.add(controller_.camera().screen_to_map(e.pos));
                    break;
                }
                const double now = glfwGetTime();
                if (last_click_time_ >= 0 && now - last_click_time_ < kDoubleClickSeconds &&
                    geo::length(e.pos - last_click_pos_) < kClickSlopPx) {
                    controller_.double_click(e.pos);
                    last_click_time_ = -1.0;
                    break;
                }
                last_click_time_ = now;
                last_click_pos_ = e.pos;
                std::vector<ui::FeatureRef> refs;
                for (const Hit& h : picker_.pick(catalog_, controller_.camera(), e.pos, pick_options(), layers_.order))
                    refs.push_back({h.layer, h.feature});
                select(std::move(refs));
                break;
            }
        }
    }
}

void WindowApp::on_key(int key, int action, int mods) {
    wake();
    if (action == GLFW_RELEASE) return;
    if (key == GLFW_KEY_Q && (mods & GLFW_MOD_CONTROL)) {
        glfwSetWindowShouldClose(window_, GLFW_TRUE);
        return;
    }
    if (key == GLFW_KEY_E && (mods & GLFW_MOD_CONTROL) && toolbar_.table) {
        export_table();
        return;
    }
    if (ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput) return;
    switch (key) {
        case GLFW_KEY_ESCAPE:
            if (measure_.adding()) measure_.finish();
            else if (measure_.shown()) measure_.clear();
            else select({});
            break;
        case GLFW_KEY_BACKSPACE: measure_.remove_last(); break;
        case GLFW_KEY_M: measure_.toggle(); break;
        case GLFW_KEY_T: toolbar_.table = !toolbar_.table; break;
        case GLFW_KEY_G: toolbar_.gauge = !toolbar_.gauge; break;
        case GLFW_KEY_LEFT: controller_.pan_fraction(-0.2, 0); break;
        case GLFW_KEY_RIGHT: controller_.pan_fraction(0.2, 0); break;
        case GLFW_KEY_UP: controller_.pan_fraction(0, 0.2); break;
        case GLFW_KEY_DOWN: controller_.pan_fraction(0, -0.2); break;
        case GLFW_KEY_EQUAL:
        case GLFW_KEY_KP_ADD: controller_.zoom_step(1); break;
        case GLFW_KEY_MINUS:
        case GLFW_KEY_KP_SUBTRACT: controller_.zoom_step(-1); break;
        case GLFW_KEY_HOME: controller_.home(); break;
        default: break;
    }
}

PickOptions WindowApp::pick_options() const {
    PickOptions o;
    o.pin_radius = [this](size_t li, size_t fi) {
        const auto& styles = scene_->layers()[li].styles;
        return fi < styles.size() ? styles[fi].point_px * 0.5 + 3.0 : 8.0;
    };
    return o;
}

void WindowApp::select(std::vector<ui::FeatureRef> hits, size_t current) {
    const std::optional<ui::FeatureRef> before = current_selection();
    hits_ = std::move(hits);
    current_hit_ = hits_.empty() ? 0 : std::min(current, hits_.size() - 1);
    const std::optional<ui::FeatureRef> after = current_selection();
    // Compared through value_or: GCC 12 at -O3 misreads optional<pair> comparison as uninitialised.
    constexpr ui::FeatureRef kNone{SIZE_MAX, SIZE_MAX};
    if (before.value_or(kNone) != after.value_or(kNone)) write_selection_dump();
}

void WindowApp::write_selection_dump() const {
    const char* path = std::getenv("PARKATLAS_SELECTION_DUMP");
    if (!path || !*path) return;
    // The selection on the first line ("layer feature-id"), then what lies beneath it.
    std::string text;
    if (hits_.empty()) {
        text = "none\n";
    } else {
        const auto [li, fi] = hits_[current_hit_];
        text = catalog_.layers[li].layer.name + " " + feature_key(catalog_.layers[li], fi) + "\n";
        for (size_t i = 0; i < hits_.size(); ++i)
            if (i != current_hit_)
                text += "# also here: " + catalog_.layers[hits_[i].first].layer.name + " " +
                        feature_key(catalog_.layers[hits_[i].first], hits_[i].second) + "\n";
    }
    std::string error;
    if (!write_file_atomically(path, text, &error)) std::cerr << "parkatlas: selection dump: " << error << "\n";
}

std::vector<std::string> WindowApp::font_texts() const {
    std::vector<std::string> texts = {"°·…–—’“”", "search: VSIP, Đình Vũ, dinh vu…"};
    for (int k = 0; k < int(i18n::Text::Count); ++k) texts.push_back(i18n::tr(i18n::Text(k), options_.language));
    for (const auto& l : catalog_.layers) {
        if (is_basemap(l.role)) continue;
        for (const auto& f : l.layer.features) {
            texts.push_back(ui::map_label(l.layer, f, options_.language));
            for (const auto v : f.values)
                if (v) texts.emplace_back(*v);
        }
        for (const auto& d : l.layer.diagnostics) texts.push_back(d.message);
    }
    return texts;
}

void WindowApp::rebuild_scene(std::vector<render::PreparedLayer> ready, std::vector<geo::GridIndex> pick_indexes) {
    // The old scene goes first: its pictures' textures go to the pool, for the new one.
    scene_.reset();
    scene_ = std::make_unique<render::MapScene>(catalog_, render::kChunkedLayerMinFeatures, std::move(ready));
    scene_->upload(&picture_pool_);
    ++map_content_version_;
    if (canvas_) {
        // A big layer's extent is its chunks' (already known): walking a million parcels'
        // vertices again would stall the UI thread when a load finishes.
        geo::Box extent;
        for (size_t i = 0; i < catalog_.layers.size(); ++i) {
            if (catalog_.layers[i].role == data::LayerRole::Sea) continue;
            if (const render::LayerImageCache* big = scene_->cache(i)) extent.merge(big->layer().chunks().bounds);
            else extent.merge(catalog_.layers[i].layer.bounds());
        }
        canvas_->set_extent(extent);
    }
    picker_.rebuild(catalog_, std::move(pick_indexes));
    restyle_ = true;  // the new GPU layers start from the layer's own styles
    styled_layers_.clear();
    styled_sel_.reset();
    styled_hover_.reset();
    layers_.opacity.resize(catalog_.layers.size(), 1.0f);
    std::set<size_t> present(layers_.order.begin(), layers_.order.end());
    for (size_t i = 0; i < catalog_.layers.size(); ++i) {
        if (present.count(i)) continue;
        // A new layer goes where its role belongs: user layers under zones and parks.
        auto pos = std::find_if(layers_.order.begin(), layers_.order.end(),
                                [&](size_t j) { return catalog_.layers[j].role > catalog_.layers[i].role; });
        layers_.order.insert(pos, i);
    }
}

void WindowApp::poll_loading(float win_w, float win_h) {
    if (!loading_ && !pending_files_.empty()) {
        loading_ = std::make_unique<BackgroundLoad>(pending_files_.front(), geo::kDisplayCrs);
        std::cerr << "parkatlas: loading " << pending_files_.front() << " in the background\n";
        pending_files_.erase(pending_files_.begin());
    }
    if (!loading_) return;
    if (loading_->finished()) {
        const std::string path = loading_->path();
        std::optional<BackgroundLoad::Result> extra = loading_->take();
        loading_.reset();
        if (extra) finish_loading(std::move(*extra), path);
        wake();
        return;
    }
    const data::LoadProgress p = loading_->progress();
    if (ui::draw_loading_panel(p.file, progress_text(p), float(p.fraction), loading_->cancel_requested(), win_w, win_h))
        loading_->cancel();
    // The bar moves at about 12 frames a second (the main loop's timeout while loading): a
    // frame per screen refresh would take CPU from the loader for nothing.
}

void WindowApp::finish_loading(BackgroundLoad::Result&& loaded, const std::string& path) {
    data::Catalog& extra = loaded.catalog;
    for (auto& d : extra.diagnostics) catalog_.diagnostics.push_back(d);
    const bool cancelled = std::any_of(extra.diagnostics.begin(), extra.diagnostics.end(),
                                       [](const auto& d) { return d.message.find(data::kCancelledMessage) != std::string::npos; });
    if (extra.layers.empty()) {
        message_ = (cancelled ? "Cancelled loading " : "Could not add ") + path + (cancelled ? "" : " (see the Layers panel)");
        std::cerr << "parkatlas: " << (cancelled ? "cancelled loading " : "cannot add ") << path << "\n";
        return;
    }
    geo::Box added;
    const size_t first = catalog_.layers.size();
    for (size_t i = 0; i < extra.layers.size(); ++i) {
        const bool chunked = i < loaded.prepared.size() && loaded.prepared[i].chunked;
        added.merge(chunked ? loaded.prepared[i].chunked->chunks.bounds : extra.layers[i].layer.bounds());
        catalog_.layers.push_back(std::move(extra.layers[i]));
    }
    // The meshes and chunks were built on the loading thread: point them at their layers' new home.
    for (size_t i = 0; i < loaded.prepared.size() && first + i < catalog_.layers.size(); ++i)
        loaded.prepared[i].source = &catalog_.layers[first + i];
    // Indexes only if there is one for every added layer (a cancelled load stops early).
    if (loaded.pick_indexes.size() != extra.layers.size()) loaded.pick_indexes.clear();
    rebuild_scene(std::move(loaded.prepared), std::move(loaded.pick_indexes));
    // Show what was added: the user asked for it.
    if (!added.empty()) controller_.fly_to(added);
    message_ = "Added " + path;
    std::cerr << "parkatlas: added " << path << "\n";
}

void WindowApp::draw_area_highlight(ImDrawList& dl) {
    const render::Camera& cam = controller_.camera();
    auto outline = [&](const std::optional<ui::FeatureRef>& ref, Emphasis e) {
        if (!ref || is_pin_layer(ref->first)) return;
        const render::FeatureStyle s = emphasise(scene_->layers()[ref->first].styles[ref->second], e);
        ui::draw_geometry_outline(dl, cam, catalog_.layers[ref->first].layer.features[ref->second].geometry,
                                  ui::to_imgui(s.stroke), s.stroke_px * 0.75f);
    };
    outline(hovered_, Emphasis::Hover);
    outline(current_selection(), Emphasis::Selected);
}

void WindowApp::update_styles() {
    const std::optional<ui::FeatureRef> sel = current_selection();
    if (!restyle_ && sel == styled_sel_ && hovered_ == styled_hover_ && hidden_ == styled_hidden_) return;
    std::set<size_t> layers = styled_layers_;
    if (restyle_ && figures_.ok() && park_styles_.size() == catalog_.layers[figures_.parks_layer].layer.features.size())
        layers.insert(figures_.parks_layer);
    else
        restyle_ = false;
    if (sel) layers.insert(sel->first);
    if (hovered_) layers.insert(hovered_->first);
    for (const auto& h : hidden_) layers.insert(h.first);
    for (const auto& h : styled_hidden_) layers.insert(h.first);
    for (size_t li : layers) {
        render::GpuLayer* gpu = scene_->gpu_layer(li);
        if (!gpu) continue;
        // Areas and lines are emphasised over the map (draw_area_highlight); only the park
        // colours of the chosen date change their styles, and the canvas with them.
        const bool pins = is_pin_layer(li);
        if (!pins && !(restyle_ && figures_.ok() && li == figures_.parks_layer)) continue;
        if (!pins) ++map_content_version_;
        const std::optional<size_t> s = pins && sel && sel->first == li ? std::optional(sel->second) : std::nullopt;
        const std::optional<size_t> h = pins && hovered_ && hovered_->first == li ? std::optional(hovered_->second) : std::nullopt;
        // Parks start from their colours as of the chosen date, never from a rebuilt mesh.
        const bool dated = restyle_ || (figures_.ok() && li == figures_.parks_layer && !park_styles_.empty());
        auto styles = highlighted_styles(dated && li == figures_.parks_layer ? park_styles_ : scene_->layers()[li].styles, s, h);
        for (const auto& hid : hidden_)
            if (hid.first == li && hid.second < styles.size() && hid.second != s) styles[hid.second].point_px = 0.0f;
        gpu->set_styles(styles);
    }
    styled_layers_.clear();
    if (sel) styled_layers_.insert(sel->first);
    if (hovered_) styled_layers_.insert(hovered_->first);
    for (const auto& h : hidden_) styled_layers_.insert(h.first);
    styled_sel_ = sel;
    styled_hover_ = hovered_;
    styled_hidden_ = hidden_;
    restyle_ = false;
}

void WindowApp::fly_to_feature(ui::FeatureRef ref, double min_size_m, double margin) {
    const geo::Box b = catalog_.layers[ref.first].layer.features[ref.second].geometry.bounds();
    if (b.empty()) return;
    const geo::Vec2 c = b.centre();
    const double half = std::max({b.width(), b.height(), min_size_m}) * margin;
    controller_.fly_to({{c.x - half, c.y - half}, {c.x + half, c.y + half}});
}

std::optional<size_t> WindowApp::selected_park() const {
    const auto sel = current_selection();
    if (!sel || !figures_.ok() || sel->first != figures_.parks_layer) return std::nullopt;
    return sel->second;
}

void WindowApp::set_asof(const analysis::Date& asof) {
    ui::set_asof(figures_, catalog_, asof);
    table_rows_ = ui::build_table_rows(catalog_, figures_, options_.language);
    if (figures_.ok())
        park_styles_ = render::style_parks(catalog_.layers[figures_.parks_layer], ui::occupancy_by_feature(figures_));
    restyle_ = true;
    wake();
}

void WindowApp::export_table() {
    std::string path = table_.export_path[0] ? table_.export_path : ui::default_export_name(figures_.asof);
    std::error_code ec;
    const std::string shown_path = std::filesystem::absolute(path, ec).string();
    std::string error;
    if (write_file_atomically(path, ui::table_csv(table_shown_, figures_.asof), &error))
        message_ = std::string(i18n::tr(i18n::Text::Exported, options_.language)) + " " + std::to_string(table_shown_.size()) +
                   " rows: " + (ec ? path : shown_path);
    else
        message_ = "Export failed: " + error;
    wake();
}

// The toolbar's windows share the map between the side panels: the table along the bottom,
// the gauge and the compare window above it (side by side when both are open).
void WindowApp::draw_analysis_panels(float top, float left, float right, float bottom) {
    const i18n::Language lang = options_.language;
    const float pad = 10.0f * ui_scale_, width = std::max(200.0f, right - left);
    const float table_top = toolbar_.table ? std::max(top, top + (bottom - top) * 0.42f) : bottom + pad;
    const int uppers = int(toolbar_.gauge) + int(toolbar_.compare);
    const float upper_w = uppers > 1 ? (width - pad) * 0.5f : width;
    char key[160];
    std::snprintf(key, sizeof key, "%d%d%d %.0f %.0f %.0f %.0f", toolbar_.table, toolbar_.gauge, toolbar_.compare, top, left,
                  right, bottom);
    const bool place = layout_key_ != key;
    layout_key_ = key;
    if (toolbar_.table) {
        const auto act = ui::draw_attribute_table(table_rows_, table_, {compare_.begin(), compare_.end()}, selected_park(),
                                                  figures_.asof, lang, ImVec2(left, table_top),
                                                  ImVec2(width, bottom - table_top), &toolbar_.table, place);
        table_shown_ = act.shown;
        if (act.select) {
            select({{figures_.parks_layer, *act.select}});
            fly_to_feature({figures_.parks_layer, *act.select}, 3000.0, 0.6);
        }
        if (act.toggle_compare) ui::toggle_compared(compare_, *act.toggle_compare);
        if (act.export_csv) export_table();
    }
    const float upper_h = (toolbar_.table ? table_top : bottom + pad) - pad - top;
    if (toolbar_.gauge) {
        const std::string id = ui::draw_gauge_panel(figures_, what_if_, lang, ImVec2(left, top), ImVec2(upper_w, upper_h),
                                                    &toolbar_.gauge, place);
        if (auto i = figures_.index_of(id)) {
            select({{figures_.parks_layer, *i}});
            fly_to_feature({figures_.parks_layer, *i}, 3000.0, 0.6);
        }
    }
    if (toolbar_.compare) {
        const float x = uppers > 1 ? left + upper_w + pad : left;
        const auto act = ui::draw_compare_panel(figures_, compare_, lang, ImVec2(x, top), ImVec2(upper_w, upper_h),
                                                &toolbar_.compare, place);
        if (act.clear) compare_.clear();
        if (!act.remove.empty()) ui::toggle_compared(compare_, act.remove);
    }
}

std::vector<WindowApp::PinBadge> WindowApp::pin_badges() {
    std::vector<PinBadge> badges;
    for (size_t li = 0; li < catalog_.layers.size(); ++li) {
        const data::MapLayer& ml = catalog_.layers[li];
        if (ml.role != data::LayerRole::Projects || !ml.visible) continue;
        if (park_list_.investment_view) {
            for (size_t fi = 0; fi < ml.layer.features.size(); ++fi) hidden_.insert({li, fi});
            continue;
        }
        std::vector<geo::Vec2> pts;
        std::vector<size_t> index;
        for (size_t fi = 0; fi < ml.layer.features.size(); ++fi) {
            const auto& g = ml.layer.features[fi].geometry;
            if (g.points.empty()) continue;
            pts.push_back(controller_.camera().map_to_screen(g.points.front()));
            index.push_back(fi);
        }
        for (const PinCluster& c : cluster_pins(pts, 2.0 * badge_radius())) {
            if (c.members.size() < 2) continue;
            for (size_t m : c.members) hidden_.insert({li, index[m]});
            badges.push_back({ImVec2(float(c.centre.x), float(c.centre.y)), c.members.size()});
        }
    }
    return badges;
}

void WindowApp::draw_pin_badges(ImDrawList& dl, const std::vector<PinBadge>& badges) const {
    const float r = badge_radius();
    for (const PinBadge& b : badges) {
        dl.AddCircleFilled(b.centre, r, ui::to_imgui(render::palette().project_pin), 24);
        dl.AddCircle(b.centre, r, IM_COL32(255, 255, 255, 255), 24, 2.0f);
        const std::string n = std::to_string(b.count);
        const ImVec2 ext = fonts_.label->CalcTextSizeA(fonts_.label->FontSize, 1e9f, 0.0f, n.c_str());
        dl.AddText(fonts_.label, fonts_.label->FontSize, ImVec2(b.centre.x - ext.x * 0.5f, b.centre.y - ext.y * 0.5f),
                   IM_COL32(255, 255, 255, 255), n.c_str());
    }
}

void WindowApp::draw_investment_view(ImDrawList& dl) {
    if (!park_list_.investment_view) return;
    const auto totals = investment_by_park(catalog_);
    const data::MapLayer* parks = catalog_.find(data::LayerRole::Parks);
    if (!parks || !parks->visible) return;
    for (const auto& f : parks->layer.features) {
        const auto id = parks->layer.text(f, "id");
        if (!id) continue;
        auto it = totals.find(*id);
        if (it == totals.end()) continue;
        const auto anchor = geo::label_point(f.geometry);
        if (!anchor) continue;
        const geo::Vec2 sp = controller_.camera().map_to_screen(*anchor);
        const ParkInvestment& inv = it->second;
        // Area proportional to the known capital; a small ring when none is known.
        const float r = (10.0f + 1.2f * float(std::sqrt(inv.capital_musd))) * ui_scale_;
        const ImVec2 at(float(sp.x), float(sp.y));
        dl.AddCircleFilled(at, r, ui::with_alpha(render::palette().project_pin, 150), 40);
        dl.AddCircle(at, r, IM_COL32(255, 255, 255, 255), 40, 2.0f);
        std::string text = std::to_string(inv.projects) + (inv.projects == 1 ? " project" : " projects");
        text += inv.with_capital ? ", " + ui::format_number(inv.capital_musd) + " M USD known" : ", capital unknown";
        ui::draw_halo_text(dl, fonts_.label, fonts_.label->FontSize, ImVec2(at.x + r + 4, at.y - fonts_.label->FontSize * 0.5f),
                           IM_COL32(120, 10, 60, 255), ui::to_imgui(render::palette().halo), text,
                           fonts_.label_halo_px, fonts_.label_halo);
    }
}

std::optional<ui::FeatureRef> WindowApp::hover_hit() const {
    if (dragging_ || cursor_.x < 0 || ImGui::GetIO().WantCaptureMouse) return std::nullopt;
    const auto& cam = controller_.camera();
    if (cursor_.x >= cam.width_px || cursor_.y >= cam.height_px) return std::nullopt;
    const auto hits = picker_.pick(catalog_, cam, cursor_, pick_options(), layers_.order);
    if (hits.empty()) return std::nullopt;
    return ui::FeatureRef{hits.front().layer, hits.front().feature};
}

Settings WindowApp::current_settings() const {
    Settings s;
    const render::Camera t = controller_.target();
    s.centre = t.centre;
    s.metres_per_pixel = t.metres_per_pixel;
    for (size_t pos = 0; pos < layers_.order.size(); ++pos) {
        const size_t li = layers_.order[pos];
        s.layers[catalog_.layers[li].layer.name] = {catalog_.layers[li].visible, layers_.opacity[li], int(pos)};
    }
    return s;
}

void WindowApp::apply_settings(const Settings& s) {
    if (!options_.view_given && s.centre && s.metres_per_pixel) controller_.set_view(*s.centre, *s.metres_per_pixel);
    for (size_t li = 0; li < catalog_.layers.size(); ++li) {
        auto it = s.layers.find(catalog_.layers[li].layer.name);
        if (it == s.layers.end()) continue;
        catalog_.layers[li].visible = it->second.visible;
        layers_.opacity[li] = it->second.opacity;
    }
    // Saved positions first, in their order; layers without one keep their relative place.
    std::stable_sort(layers_.order.begin(), layers_.order.end(), [&](size_t a, size_t b) {
        auto pa = s.layers.find(catalog_.layers[a].layer.name), pb = s.layers.find(catalog_.layers[b].layer.name);
        const int oa = pa == s.layers.end() ? -1 : pa->second.order, ob = pb == s.layers.end() ? -1 : pb->second.order;
        if (oa < 0 || ob < 0) return false;
        return oa < ob;
    });
}

double WindowApp::phase_mark(double& since) const {
    if (!timing_phases_) return 0.0;
    glFinish();
    const double now = glfwGetTime(), ms = (now - since) * 1000.0;
    since = now;
    return ms;
}

void WindowApp::frame(double dt) {
    double mark = glfwGetTime();
    int win_w = 1, win_h = 1, fb_w = 1, fb_h = 1;
    glfwGetWindowSize(window_, &win_w, &win_h);
    glfwGetFramebufferSize(window_, &fb_w, &fb_h);
    win_w = std::max(win_w, 1), win_h = std::max(win_h, 1);
    // The map (and its furniture: scale bar, attribution) ends above the status bar.
    controller_.set_viewport(win_w, std::max(1, win_h - int(status_height_)));
    if (controller_.update(dt)) wake(1);

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    handle_mouse_events(ImGui::GetIO().WantCaptureMouse);

    const render::Camera& cam = controller_.camera();
    ui::OverlayOptions overlay_options{options_.language, ui_scale_, true, true};
    if (figures_.ok()) overlay_options.occupancy_dates = ui::legend_dates(figures_, options_.language == i18n::Language::Vi);
    if (!hits_.empty()) {
        const auto [layer, feature] = hits_[current_hit_];
        overlay_options.selected = &catalog_.layers[layer].layer.features[feature];
    }
    // Badges are drawn over the labels: the labels keep clear of them (a park's name under
    // its projects' badge was unreadable).
    hidden_.clear();
    const std::vector<PinBadge> badges = pin_badges();
    const float br = badge_radius() + 1.0f;  // the white ring
    for (const PinBadge& b : badges)
        overlay_options.keep_clear.push_back({{b.centre.x - br, b.centre.y - br}, {b.centre.x + br, b.centre.y + br}});
    const ui::OverlayReport overlay =
        ui::draw_map_overlay(*ImGui::GetBackgroundDrawList(), catalog_, cam, fonts_, overlay_options);
    draw_pin_badges(*ImGui::GetBackgroundDrawList(), badges);
    draw_investment_view(*ImGui::GetBackgroundDrawList());
    draw_measure(*ImGui::GetBackgroundDrawList(), measure_, cam, options_.language, ui_scale_);
    hovered_ = hover_hit();
    if (hovered_) {
        // Parks: the figures as of the slider's date, as everywhere else on screen.
        const bool park = figures_.ok() && hovered_->first == figures_.parks_layer && hovered_->second < figures_.parks.size();
        ui::draw_hover_tooltip(catalog_, *hovered_, options_.language, park ? &figures_.parks[hovered_->second] : nullptr);
    }

    const float pad = 10.0f * ui_scale_;
    status_height_ = std::round(ImGui::GetFrameHeight() + 6.0f);
    const float panel_w = std::min(400.0f * ui_scale_, win_w * 0.4f);
    float details_bottom = float(win_h) - status_height_ - pad;
    if (!overlay.legend_rect.empty() && overlay.legend_rect.min.x < win_w - pad - panel_w + panel_w)
        details_bottom = std::min(details_bottom, float(overlay.legend_rect.min.y) - pad);
    details_bottom = std::max(details_bottom, 200.0f);
    // A park's availability as of the slider's date comes first in its details.
    std::vector<ui::DetailRow> avail_rows;
    ui::DetailsExtras extras;
    const std::optional<size_t> park = selected_park();
    if (park) {
        avail_rows = ui::availability_rows(figures_, *park, options_.language);
        extras = {ui::availability_heading(figures_, options_.language), &avail_rows,
                  std::find(compare_.begin(), compare_.end(), figures_.parks[*park].id) != compare_.end()};
    }
    const ui::DetailsAction act = ui::draw_details_panel(catalog_, hits_, current_hit_, options_.language,
                                                         ImVec2(win_w - panel_w - pad, pad), ImVec2(panel_w, details_bottom - pad),
                                                         park ? &extras : nullptr);
    if (act.toggle_compare && park && ui::toggle_compared(compare_, figures_.parks[*park].id) && compare_.size() == 2)
        toolbar_.compare = true;
    if (act.close) select({});
    if (act.step && !hits_.empty()) select(hits_, (current_hit_ + hits_.size() + act.step) % hits_.size());
    if (act.zoom_to && !hits_.empty()) fly_to_feature(hits_[current_hit_], 1500.0, 0.5);

    const float left_y = 90.0f * ui_scale_;
    const float left_w = 300.0f * ui_scale_;
    // Room is left at the bottom for the scale bar.
    const float left_h = std::max(160.0f, (win_h - left_y - status_height_ - 3 * pad - 40.0f * ui_scale_) * 0.5f);
    const ui::LayersAction la =
        ui::draw_layers_panel(catalog_, layers_, ImVec2(pad, left_y), ImVec2(left_w, left_h), ui::data_warnings(figures_));
    if (la.add_file) pending_files_.push_back(*la.add_file);
    if (la.add_file || la.changed) wake();

    const std::optional<ui::FeatureRef> selected = current_selection();
    if (auto chosen = ui::draw_park_list(catalog_, park_list_, options_.language, selected,
                                         ImVec2(pad, left_y + left_h + pad), ImVec2(left_w, left_h))) {
        select({*chosen});
        fly_to_feature(*chosen, 3000.0, 0.6);
    }

    // Toolbar at the top between the title and the details panel; the analysis windows below it.
    const float centre_left = std::max(pad + left_w + pad, float(overlay.title_rect.empty() ? 0.0 : overlay.title_rect.max.x) + pad);
    float centre_right = float(win_w) - pad - (hits_.empty() ? 60.0f * ui_scale_ : panel_w + pad);
    const ui::ToolbarAction ta = ui::draw_toolbar(toolbar_, figures_, options_.language, measure_.adding(),
                                                  measure_.summary(options_.language), compare_.size(),
                                                  ImVec2(centre_left, pad), std::max(300.0f, centre_right - centre_left));
    if (ta.asof) set_asof(*ta.asof);
    if (ta.toggle_measure) measure_.toggle();
    if (!overlay.legend_rect.empty()) centre_right = std::min(centre_right, float(overlay.legend_rect.min.x) - pad);
    draw_analysis_panels(ta.bottom + pad, pad + left_w + pad, std::max(centre_right, float(win_w) - panel_w - 2 * pad),
                         float(win_h) - status_height_ - pad);

    // Status bar: the cursor in lon/lat and VN-2000 TM-3.
    std::optional<geo::Vec2> ll, vn;
    double ground = 0.0;
    if (cursor_.x >= 0 && cursor_.y >= 0 && cursor_.x < win_w && cursor_.y < win_h) {
        const geo::Vec2 m = cam.screen_to_map(cursor_);
        if (to_lonlat_) ll = to_lonlat_->transform(m);
        if (to_vn2000_) vn = to_vn2000_->transform(m);
        if (ll) ground = cam.metres_per_pixel * std::cos(ll->y * 3.14159265358979323846 / 180.0);
    }
    std::string status = ui::status_text(ll, vn, ground);
    if (!message_.empty()) status += "   |   " + message_;
    ui::draw_status_bar(status, float(win_w), status_height_, float(win_h) - status_height_);

    poll_loading(float(win_w), float(win_h));
    draw_area_highlight(*ImGui::GetBackgroundDrawList());
    if (ImGui::IsAnyItemActive()) wake(2);  // a widget in use: its value may change after it was drawn
    ImGui::Render();
    update_styles();
    phases_.ui = phase_mark(mark);

    render::Camera fb_cam = cam;
    fb_cam.width_px = std::max(fb_w, 1);
    fb_cam.height_px = std::max(fb_h, 1);
    fb_cam.metres_per_pixel = cam.metres_per_pixel * double(win_w) / fb_cam.width_px;
    fb_cam.centre.y -= status_height_ * 0.5 * cam.metres_per_pixel;  // same map under the status bar
    // Areas and lines go into the canvas; pins are drawn over it every frame (they are
    // restyled as clusters form and on hover). The content key changes whenever what the
    // canvas shows does.
    std::vector<render::DrawLayer> areas, pins;
    // Big layers' new pictures enter the canvas together once all are sharp (or every quarter
    // second meanwhile): one canvas redraw rather than one per picture.
    const double now = glfwGetTime();
    if (scene_->pictures_completed() != pictures_shown_ && (pictures_sharp_ || now - pictures_shown_time_ > 0.25)) {
        pictures_shown_ = scene_->pictures_completed();
        pictures_shown_time_ = now;
    }
    uint64_t content = map_content_version_ * 0x9E3779B97F4A7C15ull + pictures_shown_;
    for (size_t li : layers_.order)
        if ((scene_->gpu_layer(li) || scene_->cache(li)) && catalog_.layers[li].visible && layers_.opacity[li] > 0.0f) {
            if (is_pin_layer(li)) {
                pins.push_back(scene_->draw_item(li, layers_.opacity[li]));
                continue;
            }
            areas.push_back(scene_->draw_item(li, layers_.opacity[li]));
            content = (content ^ (li * 1000003u + uint64_t(layers_.opacity[li] * 1e6f))) * 0x100000001B3ull;
        }
    const float pixel_ratio = float(fb_cam.width_px) / float(win_w);
    // Moving: the camera changed in this frame or a moment ago, or the map is held by the
    // mouse. Between the mouse's events a drag has frames without motion, which must not
    // start a new canvas.
    if (fb_cam.centre != last_camera_.centre || fb_cam.metres_per_pixel != last_camera_.metres_per_pixel ||
        fb_cam.width_px != last_camera_.width_px || fb_cam.height_px != last_camera_.height_px)
        last_motion_time_ = now;
    const bool recently_moved = now - last_motion_time_ < 0.12;
    const bool moving = dragging_ || controller_.animating() || recently_moved;
    last_camera_ = fb_cam;
    const render::MapCanvas::Shown shown = canvas_->present(
        *renderer_, fb_cam, content, moving, [&](const render::Camera& c) { renderer_->draw_layers(c, areas, pixel_ratio); },
        rest_budget());
    rest_work_ms_ = std::chrono::duration<double, std::milli>(shown.band_time).count();
    if (!shown.exact || recently_moved || canvas_->busy()) wake(1);
    phases_.canvas_copied = shown.copied;
    phases_.moving = moving;
    phases_.map = phase_mark(mark);
    // Big layers: a few milliseconds of work towards a sharp picture of this view, once the
    // camera rests and the canvas has no work left (in motion the canvas shows no new
    // picture); until it is sharp, keep drawing frames.
    switch (canvas_->rest_turn(shown, moving)) {
    case render::MapCanvas::RestTurn::Pictures: {
        const double start = glfwGetTime();
        pictures_sharp_ = scene_->advance(*renderer_, fb_cam, rest_budget(), pixel_ratio);
        rest_work_ms_ += (glfwGetTime() - start) * 1000.0;
        if (!pictures_sharp_ || pictures_shown_ != scene_->pictures_completed()) wake(1);
        break;
    }
    case render::MapCanvas::RestTurn::NextFrame: wake(1); break;
    case render::MapCanvas::RestTurn::None: break;
    }
    phases_.pictures = phase_mark(mark);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, fb_cam.width_px, fb_cam.height_px);
    renderer_->draw_layers(shown.camera, pins, pixel_ratio);
    panel_cache_.render(*ImGui::GetDrawData(), 0);
    phases_.panels = phase_mark(mark);
    glfwSwapBuffers(window_);
    phases_.swap = phase_mark(mark);
}

int WindowApp::run() {
    GlfwSession glfw;
    if (!glfw.ok) {
        std::cerr << "parkatlas: cannot start GLFW (is there a display?)\n";
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    // No multisampling: outlines and lines antialias in their shaders and cover the edges of
    // fills, so 4x MSAA changed no visible pixel on the bundled map while costing llvmpipe
    // about 2.6x per frame (bench/README.md). PNG renders keep it.
    glfwWindowHint(GLFW_SAMPLES, 0);
    window_ = glfwCreateWindow(options_.width, options_.height, "Park Atlas", nullptr, nullptr);
    if (!window_) {
        std::cerr << "parkatlas: cannot open an OpenGL 3.3 core window\n";
        return 1;
    }
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(1);
    glfwSetWindowUserPointer(window_, this);

    // Our callbacks first: ImGui's backend chains to them.
    glfwSetMouseButtonCallback(window_, [](GLFWwindow* w, int b, int a, int) { self(w).on_mouse_button(b, a); });
    glfwSetCursorPosCallback(window_, [](GLFWwindow* w, double x, double y) { self(w).on_cursor(x, y); });
    glfwSetScrollCallback(window_, [](GLFWwindow* w, double, double dy) { self(w).on_scroll(dy); });
    glfwSetKeyCallback(window_, [](GLFWwindow* w, int k, int, int a, int m) { self(w).on_key(k, a, m); });
    glfwSetCharCallback(window_, [](GLFWwindow* w, unsigned) { self(w).wake(); });
    glfwSetCursorEnterCallback(window_, [](GLFWwindow* w, int entered) {
        if (!entered) self(w).cursor_ = {-1, -1};
        self(w).wake();
    });
    glfwSetWindowFocusCallback(window_, [](GLFWwindow* w, int) { self(w).wake(); });
    glfwSetFramebufferSizeCallback(window_, [](GLFWwindow* w, int, int) { self(w).wake(); });
    glfwSetWindowRefreshCallback(window_, [](GLFWwindow* w) { self(w).wake(); });
    glfwSetDropCallback(window_, [](GLFWwindow* w, int n, const char** paths) {
        for (int i = 0; i < n; ++i) self(w).pending_files_.push_back(paths[i]);
        self(w).wake();
    });

    std::string error;
    renderer_ = render::MapRenderer::create(&error);
    if (!renderer_) {
        std::cerr << "parkatlas: " << error << "\n";
        glfwDestroyWindow(window_);
        return 1;
    }
    canvas_.emplace(render::palette().background);
    rebuild_scene();
    figures_ = ui::load_park_figures(catalog_, ui::metrics_path_beside_parks(catalog_));
    for (const auto& w : ui::data_warnings(figures_)) std::cerr << "parkatlas: warning: " << w << "\n";
    set_asof(figures_.asof);

    int win_w = 0, win_h = 0, fb_w = 0, fb_h = 0;
    glfwGetWindowSize(window_, &win_w, &win_h);
    glfwGetFramebufferSize(window_, &fb_w, &fb_h);
    const float dpi = win_w > 0 ? float(fb_w) / float(win_w) : 1.0f;
    controller_.set_viewport(win_w, std::max(1, win_h - int(status_height_)));
    render::Camera start = controller_.camera();
    start.fit(options_.view, 0.0);
    controller_.set_view(start.centre, start.metres_per_pixel);
    controller_.set_home(default_view(catalog_));

    // Saved settings; a broken file is reported and ignored (and overwritten on exit).
    const std::string settings_file = settings_path();
    if (!settings_file.empty()) {
        std::string why;
        if (auto s = load_settings(settings_file, &why))
            apply_settings(*s);
        else {
            std::cerr << "parkatlas: ignoring broken settings: " << why << "\n";
            message_ = "Ignored broken settings file (" + why + ")";
        }
    }

    if (auto t = geo::Transformer::create(geo::kDisplayCrs, geo::kLonLatCrs, &error)) to_lonlat_ = std::move(t);
    if (auto t = geo::Transformer::create(geo::kDisplayCrs, "EPSG:9210", &error)) to_vn2000_ = std::move(t);

    IMGUI_CHECKVERSION();
    ImGuiContext* imgui = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    ImGui::StyleColorsDark();
    // Sizes as the headless render at the same height, sharp on HiDPI screens.
    ui_scale_ = std::max(0.75f, float(options_.height) / 900.0f);
    std::string font_warning;
    fonts_ = ui::load_map_fonts(font_texts(), ui_scale_ * dpi, &font_warning);
    if (!font_warning.empty()) std::cerr << "parkatlas: " << font_warning << "\n";
    io.FontGlobalScale = 1.0f / dpi;
    ImGui::GetStyle().ScaleAllSizes(ui_scale_);
    ImGui_ImplGlfw_InitForOpenGL(window_, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    // PARKATLAS_FRAME_LOG=FILE: every frame drawn, one line each: its time in ms, then its
    // phases (ui map pictures panels swap; map = the canvas, pictures = big layers' work at
    // rest, panels = pins and ImGui), whether the map was a copy of the canvas, and the canvas's
    // strips, bands, canvases and overviews so far, then whether the camera was moving: for
    // checking the window stays fluid on a big layer (see bench/README.md).
    std::unique_ptr<FILE, int (*)(FILE*)> frame_log(nullptr, &std::fclose);
    if (const char* path = std::getenv("PARKATLAS_FRAME_LOG")) frame_log.reset(std::fopen(path, "w"));
    timing_phases_ = frame_log != nullptr;
    double last = glfwGetTime();
    while (!glfwWindowShouldClose(window_)) {
        const bool loading = loading_ || !pending_files_.empty();
        if (frames_wanted_ > 0 || controller_.animating())
            glfwPollEvents();
        else
            glfwWaitEventsTimeout(loading ? 1.0 / 12.0 : 1.0);  // idle: sleep until something happens
        if (glfwWindowShouldClose(window_)) break;
        const double now = glfwGetTime();
        const double dt = std::min(0.1, now - last);
        last = now;
        if (frames_wanted_ <= 0 && !controller_.animating() && !loading) continue;
        frames_wanted_ = std::max(0, frames_wanted_ - 1);
        const double frame_start = glfwGetTime();
        frame(dt);
        // The swap has waited for the frame: its time is real.
        const double fixed_ms = std::max(0.0, (glfwGetTime() - frame_start) * 1000.0 - rest_work_ms_);
        frame_fixed_ms_ += 0.25 * (fixed_ms - frame_fixed_ms_);
        if (frame_log) {
            const auto& cs = canvas_->stats();
            std::fprintf(frame_log.get(), "%.2f %.2f %.2f %.2f %.2f %.2f %d %zu %zu %zu %zu %d\n", (glfwGetTime() - frame_start) * 1000.0,
                         phases_.ui, phases_.map, phases_.pictures, phases_.panels, phases_.swap, int(phases_.canvas_copied),
                         cs.strips, cs.bands, cs.canvases, cs.overviews, int(phases_.moving));
            std::fflush(frame_log.get());
        }
    }

    if (!settings_file.empty()) {
        std::string why;
        if (!save_settings(settings_file, current_settings(), &why)) std::cerr << "parkatlas: cannot save settings: " << why << "\n";
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext(imgui);
    canvas_.reset();
    panel_cache_.clear();
    scene_.reset();  // GPU buffers go while the context is still current
    picture_pool_.clear();
    renderer_.reset();
    glfwDestroyWindow(window_);
    return 0;
}

}  // namespace

int run_window(data::Catalog catalog, const WindowOptions& options) {
    WindowApp app(std::move(catalog), options);
    return app.run();
}

}  // namespace app
