#include "app/window/imgui_session.h"
#include "i18n/catalogue.h"

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cmath>
#include <iostream>

#include "app/picking.h"
#include "app/slide_drawing.h"
#include "ui/map_overlay.h"

namespace app {

ui::GlyphSet window_glyphs(const state::AppState& app) {
    ui::GlyphSet glyphs;
    ui::add_interface_glyphs(glyphs, app.language, true);
    for (const auto& [key, name] : app.catalog.sources) glyphs.add(app.language == i18n::Language::Vi ? name.vi : name.en);
    // Every value of every data layer: the tables, the details and the labels show them.
    for (const auto& l : app.catalog.layers) {
        if (is_basemap(l.role)) continue;
        std::vector<bool> shown;
        for (const auto& field : l.layer.fields) shown.push_back(i18n::name_field_shown(field.name, app.language));
        for (const auto& f : l.layer.features) {
            size_t i = 0;
            for (const auto& v : f.values) {
                if (v && i < shown.size() && shown[i]) glyphs.add(*v);
                ++i;
            }
        }
        for (const auto& d : l.layer.diagnostics) glyphs.add(d.in(app.language));
    }
    for (const auto& d : app.catalog.diagnostics) glyphs.add(d.in(app.language));
    add_slide_glyphs(glyphs, app.catalog, app.tour, app.language);  // the tour to present or edit
    if (app.presentation.active) add_slide_glyphs(glyphs, app.catalog, app.presentation.tour, app.language);
    return glyphs;
}

ImGuiSession::ImGuiSession(GLFWwindow* window, ui::GlyphSet glyphs, i18n::Language lang)
    : glyphs_(std::move(glyphs)), language_(lang) {
    IMGUI_CHECKVERSION();
    context_ = ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    // The window's callbacks are set before this: ImGui's back end chains to them.
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
}

ImGuiSession::~ImGuiSession() {
    panel_cache_.clear();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext(context_);
}

void ImGuiSession::set_scale(float user_scale, float content_scale, float pixel_ratio, float room_height) {
    // GLFW's content scale counts framebuffer pixels where the window manager scales (macOS):
    // what is left of it after the pixel ratio is how much larger the interface must be drawn.
    const float scale = user_scale * std::max(0.5f, content_scale / std::max(0.5f, pixel_ratio));
    if (std::abs(scale - built_scale_) < 1e-3f && std::abs(pixel_ratio - built_ratio_) < 1e-3f &&
        std::abs(room_height - built_room_) < 0.5f && !glyphs_changed_)
        return;
    ImGuiIO& io = ImGui::GetIO();
    theme_ = room_height > 0 ? ui::presentation_theme(room_height) : ui::make_theme(scale);
    ui::apply_theme(theme_, ImGui::GetStyle());
    if (built_scale_ > 0) {
        io.Fonts->Clear();
        ImGui_ImplOpenGL3_DestroyFontsTexture();
    }
    std::string warning;
    fonts_ = ui::load_map_fonts(glyphs_, language_, theme_, pixel_ratio, &warning);
    if (!warning.empty()) std::cerr << "parkatlas: " << warning << "\n";
    glyphs_changed_ = false;
    ++atlas_builds_;
    io.FontDefault = fonts_.body;
    io.FontGlobalScale = 1.0f / pixel_ratio;
    if (built_scale_ > 0) ImGui_ImplOpenGL3_CreateFontsTexture();
    panel_cache_.clear();  // same draw lists, new atlas: the pictures are stale
    built_scale_ = scale;
    built_ratio_ = pixel_ratio;
    built_room_ = room_height;
}

bool ImGuiSession::want_glyphs(ui::GlyphSet glyphs, i18n::Language lang) {
    // Fewer characters (back to English) keep the atlas as it is: rebuilding costs a frame.
    const bool same_face = ui::cjk_face_for(lang, glyphs) == ui::cjk_face_for(language_, glyphs_) || glyphs.cjk().empty();
    if (glyphs_.covers(glyphs) && same_face) return false;
    glyphs_ = std::move(glyphs);
    language_ = lang;
    glyphs_changed_ = true;
    return true;
}

void ImGuiSession::new_frame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
}

void ImGuiSession::end_frame() { ImGui::Render(); }

void ImGuiSession::draw() { panel_cache_.render(*ImGui::GetDrawData(), 0); }

}  // namespace app
