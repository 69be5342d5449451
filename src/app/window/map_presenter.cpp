#include "app/window/map_presenter.h"

#include <algorithm>
#include <cmath>
#include <iostream>

#include "app/highlight.h"
#include "render/gl_frame.h"
#include "render/map_style.h"
#include "ui/draw_helpers.h"

namespace app {

bool MapPresenter::start(std::string* error) {
    renderer_ = render::MapRenderer::create(error);
    if (!renderer_) return false;
    canvas_.emplace(render::palette().background);
    return true;
}

void MapPresenter::stop() {
    canvas_.reset();
    scene_.reset();  // GPU buffers go while the context is still current
    picture_pool_.clear();
    renderer_.reset();
}

bool MapPresenter::is_pin_layer(const state::AppState& app, size_t layer) const {
    return layer < app.catalog.layers.size() && app.catalog.layers[layer].layer.kind == geo::GeometryKind::Points;
}

void MapPresenter::rebuild(const state::AppState& app, std::vector<render::PreparedLayer> ready,
                           std::vector<geo::GridIndex> indexes) {
    const data::Catalog& catalog = app.catalog;
    // Rasters' pictures stay on screen across the rebuild (a new one is read once the camera rests).
    std::vector<std::pair<std::shared_ptr<const data::RasterSource>, render::RasterPicture>> kept;
    for (size_t i = 0; scene_ && i < scene_->raster_count(); ++i)
        kept.emplace_back(scene_->raster_source(i), std::move(scene_->raster_picture(i)));  // the catalog may have changed
    // The old scene goes first: its pictures' textures go to the pool, for the new one.
    scene_.reset();
    scene_ = std::make_unique<render::MapScene>(catalog, render::kChunkedLayerMinFeatures, std::move(ready));
    scene_->upload(&picture_pool_);
    raster_fetch_.forget();
    raster_asked_.assign(scene_->raster_count(), {});
    for (size_t i = 0; i < scene_->raster_count(); ++i)
        for (auto& [source, picture] : kept)
            if (source == scene_->raster_source(i)) scene_->raster_picture(i) = std::move(picture);
    built_catalog_ = app.catalog_version;
    released_ = false;
    ++content_version_;
    pictures_made_ = false;
    // A big layer's extent is its chunks' (already known): walking a million parcels' vertices
    // again would stall the window when a load finishes.
    geo::Box extent;
    for (size_t i = 0; i < catalog.layers.size(); ++i) {
        if (catalog.layers[i].role == data::LayerRole::Sea) continue;
        if (const render::LayerImageCache* big = scene_->cache(i)) extent.merge(big->layer().chunks().bounds);
        else extent.merge(catalog.layers[i].layer.bounds());
    }
    for (const auto& r : catalog.rasters) extent.merge(r.source->bounds());
    canvas_->set_extent(extent);
    // Indexes only if there is one for every ready layer (a cancelled load stops early).
    picker_.rebuild(catalog, std::move(indexes));
    // The new GPU layers start from the layers' own styles.
    styled_figures_ = ~uint64_t(0);
    styled_layers_.clear();
    styled_sel_.reset();
    styled_hover_.reset();
    styled_hidden_.clear();
}

void MapPresenter::sync(const state::AppState& app) {
    if (built_catalog_ != app.catalog_version || !scene_ || released_) rebuild(app);
}

void MapPresenter::release_layers() {
    if (scene_) scene_->stop_building();
    released_ = true;
}

std::vector<state::FeatureRef> MapPresenter::pick(const state::AppState& app, const render::Camera& camera,
                                                  geo::Vec2 screen) const {
    PickOptions options;
    options.pin_radius = [this](size_t li, size_t fi) {
        const auto& styles = scene_->layers()[li].styles;
        return fi < styles.size() ? styles[fi].point_px * 0.5 * pin_scale_ + 3.0 : 8.0;
    };
    std::vector<state::FeatureRef> refs;
    for (const Hit& h : picker_.pick(app.catalog, camera, screen, options, app.layers.order)) refs.push_back({h.layer, h.feature});
    return refs;
}

void MapPresenter::restyle(const state::AppState& app, const std::set<state::FeatureRef>& hidden) {
    const state::ParkFigures& figures = app.figures;
    const std::optional<state::FeatureRef> sel = app.selection.current();
    const std::optional<state::FeatureRef> hover = app.hover;
    const bool new_date = styled_figures_ != app.figures_version;
    if (!new_date && sel == styled_sel_ && hover == styled_hover_ && hidden == styled_hidden_) return;
    const bool parks_dated =
        figures.ok() && figures.parks_layer < app.catalog.layers.size() &&
        figures.parks.size() == app.catalog.layers[figures.parks_layer].layer.features.size();
    if (new_date && parks_dated)
        park_styles_ = render::style_parks(app.catalog.layers[figures.parks_layer], state::occupancy_by_feature(figures));
    std::set<size_t> layers = styled_layers_;
    if (new_date && parks_dated) layers.insert(figures.parks_layer);
    for (const auto& ref : {sel, hover, styled_sel_, styled_hover_})
        if (ref) layers.insert(ref->first);
    for (const auto& h : hidden) layers.insert(h.first);
    for (const auto& h : styled_hidden_) layers.insert(h.first);
    for (size_t li : layers) {
        render::GpuLayer* gpu = scene_->gpu_layer(li);
        if (!gpu) continue;
        // Areas and lines are emphasised over the map (draw_highlights); only the park colours
        // of the chosen date change their styles, and the canvas with them.
        const bool pins = is_pin_layer(app, li);
        const bool parks = parks_dated && li == figures.parks_layer;
        if (!pins && !(parks && new_date)) continue;
        if (!pins) ++content_version_;
        const auto s = pins && sel && sel->first == li ? std::optional(sel->second) : std::nullopt;
        const auto h = pins && hover && hover->first == li ? std::optional(hover->second) : std::nullopt;
        // Parks start from their colours as of the chosen date, never from a rebuilt mesh.
        auto styles = highlighted_styles(parks ? park_styles_ : scene_->layers()[li].styles, s, h);
        for (const auto& hid : hidden)
            if (hid.first == li && hid.second < styles.size() && hid.second != s) styles[hid.second].point_px = 0.0f;
        gpu->set_styles(styles);
    }
    styled_layers_.clear();
    for (const auto& ref : {sel, hover})
        if (ref) styled_layers_.insert(ref->first);
    for (const auto& h : hidden) styled_layers_.insert(h.first);
    styled_figures_ = app.figures_version;
    styled_sel_ = sel;
    styled_hover_ = hover;
    styled_hidden_ = hidden;
}

void MapPresenter::draw_highlights(ImDrawList& dl, const state::AppState& app, const render::Camera& camera) const {
    auto outline = [&](const std::optional<state::FeatureRef>& ref, Emphasis e) {
        if (!ref || ref->first >= app.catalog.layers.size() || is_pin_layer(app, ref->first)) return;
        const auto& styles = scene_->layers()[ref->first].styles;
        if (ref->second >= styles.size()) return;
        const render::FeatureStyle s = emphasise(styles[ref->second], e);
        data::Feature read;  // an indexed layer's feature, read from its file (the last few are kept)
        const data::Feature& f = app.catalog.layers[ref->first].layer.feature_ref(ref->second, read);
        ui::draw_geometry_outline(dl, camera, f.geometry, ui::to_imgui(s.stroke), s.stroke_px * 0.75f);
    };
    outline(app.hover, Emphasis::Hover);
    outline(app.selection.current(), Emphasis::Selected);
}

render::Camera MapPresenter::framebuffer_camera(const render::Camera& camera, int fb_w, int fb_h) const {
    render::Camera fb = camera;
    fb.width_px = std::max(fb_w, 1);
    fb.height_px = std::max(fb_h, 1);
    fb.metres_per_pixel = camera.metres_per_pixel * double(camera.width_px) / fb.width_px;
    return fb;
}

MapPresenter::Frame MapPresenter::draw(const state::AppState& app, const render::Camera& camera, int fb_w, int fb_h,
                                       double now, bool held, std::chrono::duration<double> budget, FramePhases& phases,
                                       PhaseTimer& timer) {
    Frame frame;
    const render::Camera fb_cam = framebuffer_camera(camera, fb_w, fb_h);
    const float pixel_ratio = float(fb_cam.width_px) / float(std::max(1, camera.width_px));
    if (!pictures_made_ && scene_) {  // the frame the layers arrived in: long already
        scene_->make_pictures(fb_cam);
        pictures_made_ = true;
    }
    // Areas and lines go into the canvas; pins are drawn over it every frame (they are
    // restyled as clusters form and on hover). The content key changes whenever what the
    // canvas shows does. Big layers' new pictures enter the canvas together once all are
    // sharp (or every quarter second meanwhile): one canvas redraw rather than one per picture.
    if (scene_->pictures_completed() != pictures_shown_ && (pictures_sharp_ || now - pictures_shown_time_ > 0.25)) {
        pictures_shown_ = scene_->pictures_completed();
        pictures_shown_time_ = now;
    }
    uint64_t content = content_version_ * 0x9E3779B97F4A7C15ull + pictures_shown_;
    std::vector<render::DrawLayer> areas, pins;
    // Raster basemaps: pictures read since the last frame go on the GPU; they are drawn over
    // the sea and land fills, under every other layer.
    for (const auto& done : raster_fetch_.take()) {
        if (done.key >= scene_->raster_count()) continue;
        if (done.error.empty()) scene_->raster_picture(done.key).set(done.texels);
        else std::cerr << "parkatlas: cannot read " << scene_->raster_source(done.key)->path() << ": " << done.error << "\n";
    }
    bool rasters_placed = false;
    const auto place_rasters = [&] {
        rasters_placed = true;
        for (size_t i = 0; i < scene_->raster_count() && i < app.catalog.rasters.size(); ++i) {
            const data::RasterLayer& r = app.catalog.rasters[i];
            if (!r.visible || r.opacity <= 0.0f || scene_->raster_picture(i).empty()) continue;
            areas.push_back(scene_->raster_item(i, r.opacity));
            content = (content ^ (scene_->raster_picture(i).version() * 7919u + uint64_t(r.opacity * 1e6f) + i)) *
                      0x100000001B3ull;
        }
    };
    for (size_t li : app.layers.order) {
        const data::LayerRole role = li < app.catalog.layers.size() ? app.catalog.layers[li].role : data::LayerRole::User;
        if (!rasters_placed && role != data::LayerRole::Sea && role != data::LayerRole::Land) place_rasters();
        if (!(scene_->gpu_layer(li) || scene_->cache(li)) || !app.catalog.layers[li].visible || app.layers.opacity[li] <= 0.0f)
            continue;
        const float opacity = app.layers.opacity[li];
        if (is_pin_layer(app, li)) {
            pins.push_back(scene_->draw_item(li, opacity));
            continue;
        }
        areas.push_back(scene_->draw_item(li, opacity));
        content = (content ^ (li * 1000003u + uint64_t(opacity * 1e6f))) * 0x100000001B3ull;
    }
    if (!rasters_placed) place_rasters();
    // Moving: the camera changed in this frame or a moment ago, or the map is held by the
    // mouse. Between the mouse's events a drag has frames without motion, which must not
    // start a new canvas.
    if (fb_cam.centre != last_camera_.centre || fb_cam.metres_per_pixel != last_camera_.metres_per_pixel ||
        fb_cam.width_px != last_camera_.width_px || fb_cam.height_px != last_camera_.height_px)
        last_motion_time_ = now;
    const bool recently_moved = now - last_motion_time_ < 0.12;
    const bool moving = held || app.camera.animating() || recently_moved;
    last_camera_ = fb_cam;
    if (!moving) request_rasters(app, fb_cam);
    std::optional<render::Camera> ahead;
    if (const auto landing = app.camera.flight_target()) ahead = framebuffer_camera(*landing, fb_w, fb_h);
    const render::MapCanvas::Shown shown = canvas_->present(
        *renderer_, fb_cam, content, moving, [&](const render::Camera& c) { renderer_->draw_layers(c, areas, pixel_ratio); },
        budget, 0, ahead ? &*ahead : nullptr);
    frame.rest_work_ms = std::chrono::duration<double, std::milli>(shown.band_time).count();
    frame.wants_next = !shown.exact || recently_moved || canvas_->busy() || raster_fetch_.busy();
    phases.canvas_copied = shown.copied;
    phases.moving = moving;
    phases.map = timer.lap();
    // Big layers: a few milliseconds of work towards a sharp picture of this view, once the
    // camera rests and the canvas has no work left (in motion the canvas shows no new
    // picture); until it is sharp, keep drawing frames.
    switch (canvas_->rest_turn(shown, moving)) {
        case render::MapCanvas::RestTurn::Pictures: {
            const auto start = std::chrono::steady_clock::now();
            pictures_sharp_ = scene_->advance(*renderer_, fb_cam, budget, pixel_ratio);
            frame.rest_work_ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            if (!pictures_sharp_ || pictures_shown_ != scene_->pictures_completed()) frame.wants_next = true;
            break;
        }
        case render::MapCanvas::RestTurn::NextFrame: frame.wants_next = true; break;
        case render::MapCanvas::RestTurn::None: break;
    }
    phases.pictures = timer.lap();
    render::bind_window(fb_cam.width_px, fb_cam.height_px);
    renderer_->draw_layers(shown.camera, pins, pixel_ratio * pin_scale_);
    return frame;
}

void MapPresenter::request_rasters(const state::AppState& app, const render::Camera& view) {
    // The view and a margin around it at the screen's resolution: a short pan or a small zoom
    // is still covered while the next picture is read.
    constexpr double kMargin = 1.3;
    const geo::Box visible = view.visible_box();
    const int width = std::min(4096, int(std::lround(view.width_px * kMargin)));
    const int height = std::min(4096, int(std::lround(view.height_px * kMargin)));
    geo::Box want;
    want.expand(view.centre - geo::Vec2{width * 0.5 * view.metres_per_pixel, height * 0.5 * view.metres_per_pixel});
    want.expand(view.centre + geo::Vec2{width * 0.5 * view.metres_per_pixel, height * 0.5 * view.metres_per_pixel});
    for (size_t i = 0; i < scene_->raster_count() && i < app.catalog.rasters.size(); ++i) {
        const data::RasterLayer& r = app.catalog.rasters[i];
        if (!r.visible || r.opacity <= 0.0f || !r.source->bounds().intersects(visible)) continue;
        const render::RasterPicture& picture = scene_->raster_picture(i);
        const bool covers = !picture.empty() && picture.box().contains(visible.min) && picture.box().contains(visible.max) &&
                            std::abs(picture.metres_per_pixel() / view.metres_per_pixel - 1.0) < 0.01;
        RasterAsked& asked = raster_asked_[i];
        if (covers || (asked.width == width && asked.height == height && asked.box.min == want.min && asked.box.max == want.max))
            continue;
        asked = {want, width, height};
        raster_fetch_.request(i, r.source, want, width, height);
    }
}

}  // namespace app
