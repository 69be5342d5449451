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
ui::GlyphSet overlay_glyphs(const data::Catalog& catalog, i18n::Language lang, bool vietnamese_beneath) {
    ui::GlyphSet glyphs;
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

    render::Camera camera;
    camera.width_px = request.width;
    camera.height_px = request.height;
    camera.fit(request.view, 0.0);

    // Big layers: render their pictures to completion first (no frame budget here).
    for (int round = 0; round < 100000 && !scene.advance(*renderer, camera, std::chrono::seconds(1)); ++round) {
    }
    target->bind();
    renderer->draw(camera, scene.draw_list(), render::palette().background);

    RenderStats local;
    local.renderer = context->renderer_name();
    local.metres_per_pixel = camera.metres_per_pixel;
    for (const auto& p : scene.layers()) {
        if (!p.source->visible) continue;
        local.triangles += p.mesh.triangle_count();
        local.segments += p.mesh.segments.size();
        local.points += p.mesh.points.size();
    }

    if (request.overlay) {
        ImGuiFrame frame;
        // Sizes follow the image: a 900-pixel-high image is scale 1.
        const float scale = std::max(0.75f, request.height / 900.0f);
        std::string font_warning;
        const ui::MapFonts fonts =
            ui::load_map_fonts(overlay_glyphs(catalog, request.language, request.vietnamese_beneath), request.language,
                               ui::make_theme(scale), 1.0f, &font_warning);
        local.font = fonts.regular_path.empty() ? font_warning : fonts.regular_path;
        if (!fonts.cjk_path.empty()) local.font += " + " + fonts.cjk_path;
        local.cjk_glyphs = fonts.cjk_glyphs;
        local.font_warning = font_warning;
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(float(request.width), float(request.height));
        io.DeltaTime = 1.0f / 60.0f;
        if (!frame.init_backend()) {
            if (error) *error = "the ImGui OpenGL backend cannot start";
            return std::nullopt;
        }
        ImGui_ImplOpenGL3_NewFrame();
        ImGui::NewFrame();
        ui::OverlayOptions overlay;
        overlay.language = request.language;
        overlay.vietnamese_beneath = request.vietnamese_beneath;
        overlay.scale = scale;
        const ui::OverlayReport report =
            ui::draw_map_overlay(*ImGui::GetBackgroundDrawList(), catalog, camera, fonts, overlay);
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
