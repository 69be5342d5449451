#include "app/headless_render.h"
#include "i18n/catalogue.h"

#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <set>

#include "render/egl_context.h"
#include "render/map_renderer.h"
#include "render/map_scene.h"
#include "render/map_style.h"
#include "ui/fonts.h"
#include "ui/map_overlay.h"

namespace app {

namespace {

// An ImGui context for one headless frame; ImGui keeps global state, hence the scope guard.
class ImGuiFrame {
public:
    ImGuiFrame() : context_(ImGui::CreateContext()) { ImGui::GetIO().IniFilename = nullptr; }
    ~ImGuiFrame() {
        if (backend_) ImGui_ImplOpenGL3_Shutdown();
        ImGui::DestroyContext(context_);
    }
    ImGuiFrame(const ImGuiFrame&) = delete;
    ImGuiFrame& operator=(const ImGuiFrame&) = delete;
    bool init_backend() { return backend_ = ImGui_ImplOpenGL3_Init("#version 330 core"); }

private:
    ImGuiContext* context_;
    bool backend_ = false;
};

// Every string the overlay may draw, so the font atlas holds exactly their glyphs.
ui::GlyphSet overlay_glyphs(const data::Catalog& catalog, i18n::Language lang, bool vietnamese_beneath, ui::GlyphSet glyphs) {
    ui::add_interface_glyphs(glyphs, lang, false);  // a picture has no language menu
    for (const auto& l : catalog.layers)
        for (const auto& f : l.layer.features) glyphs.add(ui::map_label_lines(l.layer, f, lang, vietnamese_beneath));
    return glyphs;
}

}  // namespace

std::optional<render::Image> render_map(const data::Catalog& catalog, const RenderRequest& request, RenderStats* stats,
                                        std::string* error) {
    auto context = render::EglContext::create(error);
    if (!context) return std::nullopt;
    auto target = render::OffscreenTarget::create(request.width, request.height, 4, error);
    if (!target) return std::nullopt;
    auto renderer = render::MapRenderer::create(error);
    if (!renderer) return std::nullopt;

    render::MapScene scene(catalog);
    scene.upload();
    if (request.parks_layer < catalog.layers.size() && !request.park_occupancy.empty())
        if (render::GpuLayer* parks = scene.gpu_layer(request.parks_layer))
            parks->set_styles(render::style_parks(catalog.layers[request.parks_layer], request.park_occupancy));

    // Fonts first: a slide's frame (the map above its caption band) depends on them.
    RenderStats local;
    std::optional<ImGuiFrame> imgui;
    ui::MapFonts fonts;
    // Sizes follow the image: a 900-pixel-high image is scale 1.
    const ui::Theme theme = request.theme ? *request.theme : ui::make_theme(std::max(0.75f, request.height / 900.0f));
    if (request.overlay) {
        imgui.emplace();
        std::string font_warning;
        fonts = ui::load_map_fonts(overlay_glyphs(catalog, request.language, request.vietnamese_beneath, request.extra_glyphs),
                                   request.language, theme, 1.0f, &font_warning);
        local.font = fonts.regular_path.empty() ? font_warning : fonts.regular_path;
        if (!fonts.cjk_path.empty()) local.font += " + " + fonts.cjk_path;
        local.cjk_glyphs = fonts.cjk_glyphs;
        local.font_warning = font_warning;
    }
    const RenderRequest::Frames frames =
        request.frame_for && request.overlay ? request.frame_for(fonts, theme) : RenderRequest::Frames{request.frame, request.frame};
    const geo::Box& frame = frames.furniture;

    render::Camera camera;
    camera.width_px = request.width;
    camera.height_px = request.height;
    if (frames.view.empty()) camera.fit(request.view, 0.0);
    else camera.fit_within(request.view, frames.view, 0.0);

    // Big layers: render their pictures to completion first (no frame budget here).
    // Lines and pins scale with the type: a 3840x2160 image is the 1920x1080 one at twice the density.
    const float density = theme.scale;
    for (int round = 0; round < 100000 && !scene.advance(*renderer, camera, std::chrono::seconds(1), density); ++round) {
    }
    // Raster basemaps: read for this view at this size, here and now.
    local.mesh_diagnostics = scene.fetch_rasters(camera);
    target->bind();
    renderer->draw(camera, scene.draw_list(), render::palette().background, density);

    local.renderer = context->renderer_name();
    local.metres_per_pixel = camera.metres_per_pixel;
    for (const auto& p : scene.layers()) {
        if (auto problem = render::triangle_diagnostic(p.source->layer, p.mesh)) local.mesh_diagnostics.push_back(*problem);
        if (!p.source->visible) continue;
        local.triangles += p.mesh.triangle_count();
        local.segments += p.mesh.segments.size();
        local.points += p.mesh.points.size();
    }

    if (imgui) {
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(float(request.width), float(request.height));
        io.DeltaTime = 1.0f / 60.0f;
        if (!imgui->init_backend()) {
            if (error) *error = "the ImGui OpenGL backend cannot start";
            return std::nullopt;
        }
        ImGui_ImplOpenGL3_NewFrame();
        ImGui::NewFrame();
        ui::OverlayOptions overlay;
        overlay.language = request.language;
        overlay.vietnamese_beneath = request.vietnamese_beneath;
        overlay.scale = theme.scale;
        overlay.title = request.title;
        overlay.frame = frame;
        overlay.occupancy_dates = request.occupancy_dates;
        overlay.selected = request.selected;
        ImDrawList& dl = *ImGui::GetBackgroundDrawList();
        if (request.draw_under) request.draw_under(dl, camera, fonts, theme);
        const ui::OverlayReport report = ui::draw_map_overlay(dl, catalog, camera, fonts, overlay);
        if (request.draw_over) request.draw_over(dl, camera, fonts, theme);
        local.labels_wanted = report.labels_wanted;
        local.labels_placed = report.labels_placed;
        ImGui::Render();
        target->bind();
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    }
    render::Image image = target->read_pixels();
    if (stats) *stats = local;
    return image;
}

}  // namespace app
