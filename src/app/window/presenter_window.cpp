#include "app/window/presenter_window.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <ctime>
#include <iostream>

#include "app/slide_drawing.h"
#include "i18n/catalogue.h"
#include "render/gl_frame.h"
#include "render/image_texture.h"
#include "ui/glyph_set.h"
#include "ui/presenter_view.h"

namespace app {

namespace {

std::string minutes_seconds(double seconds) {
    const long s = long(seconds);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    return buf;
}

std::string time_of_day() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buf[16];
    std::strftime(buf, sizeof buf, "%H:%M", &local);
    return buf;
}

}  // namespace

bool PresenterWindow::open(GLFWwindow* share, GLFWmonitor* monitor, void* user) {
    if (window_) return true;
    int width = 1280, height = 720;
    if (monitor)
        if (const GLFWvidmode* mode = glfwGetVideoMode(monitor)) width = mode->width, height = mode->height;
    glfwWindowHint(GLFW_FOCUSED, GLFW_FALSE);  // the keys stay with the audience's window until the speaker clicks here
    window_ = glfwCreateWindow(width, height, "Park Atlas - presenter view", monitor, share);
    glfwDefaultWindowHints();
    if (!window_) {
        std::cerr << "parkatlas: cannot open the presenter view\n";
        return false;
    }
    glfwSetWindowUserPointer(window_, user);
    ImGuiContext* main = ImGui::GetCurrentContext();
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(0);  // the audience's window waits for the screen; this one must not wait too
    context_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(context_);
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window_, false);  // its keys are the shell's; it takes no other input
    ImGui_ImplOpenGL3_Init("#version 330 core");
    ImGui::SetCurrentContext(main);
    glfwMakeContextCurrent(share);
    return true;
}

void PresenterWindow::close() {
    if (!window_) return;
    pictures_.clear();  // in the shared context, current
    GLFWwindow* share = glfwGetCurrentContext();
    ImGuiContext* main = ImGui::GetCurrentContext();
    glfwMakeContextCurrent(window_);
    ImGui::SetCurrentContext(context_);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext(context_);
    context_ = nullptr;
    ImGui::SetCurrentContext(main);
    glfwMakeContextCurrent(share);
    glfwDestroyWindow(window_);
    window_ = nullptr;
    drawn_.clear();
    fonts_height_ = 0;
}

void PresenterWindow::add_picture(size_t slide, const render::Image& image) { pictures_[slide] = render::upload_image(image); }

void PresenterWindow::forget_pictures() {
    pictures_.clear();
    drawn_.clear();
}

// The interface's words and the tour's texts in the language shown, at a size for the window.
void PresenterWindow::build_fonts(const state::AppState& app, float height) {
    if (height == fonts_height_ && app.language == fonts_language_ && app.tour_version == fonts_tour_) return;
    ImGuiIO& io = ImGui::GetIO();
    if (fonts_height_ > 0) {
        io.Fonts->Clear();
        ImGui_ImplOpenGL3_DestroyFontsTexture();
    }
    theme_ = ui::presentation_theme(std::max(height, 900.0f));  // a laptop read at arm's length: never smaller than the desk
    ui::GlyphSet glyphs;
    ui::add_interface_glyphs(glyphs, app.language, false);
    add_slide_glyphs(glyphs, app.catalog, app.presentation.tour, app.language);
    glyphs.add("0123456789:/ ");
    std::string warning;
    fonts_ = ui::load_map_fonts(glyphs, app.language, theme_, 1.0f, &warning);
    if (!warning.empty()) std::cerr << "parkatlas: presenter view: " << warning << "\n";
    io.FontDefault = fonts_.body;
    if (fonts_height_ > 0) ImGui_ImplOpenGL3_CreateFontsTexture();
    fonts_height_ = height;
    fonts_language_ = app.language;
    fonts_tour_ = app.tour_version;
}

void PresenterWindow::draw(const state::AppState& app, GLFWwindow* share, ImGuiContext* main) {
    if (!window_) return;
    const state::Presentation& p = app.presentation;
    const tour::Slide* slide = p.current();
    const tour::Slide* next = p.next();
    const i18n::Language lang = app.language;
    ui::PresenterViewModel m;
    m.counter = std::to_string(p.slide + 1) + " / " + std::to_string(p.tour.slides.size());
    m.timer = minutes_seconds(p.talk_s);
    m.clock = time_of_day();
    m.audience = p.screen == state::Screen::Black   ? i18n::tr("The room sees a black screen (B)", lang)
                 : p.screen == state::Screen::White ? i18n::tr("The room sees a white screen (W)", lang)
                                                    : std::string();
    m.language = i18n::native_name(lang);
    m.caption = slide ? slide->caption.in(lang) : "";
    m.next_caption = next ? next->caption.in(lang) : "";
    m.notes = slide ? slide->notes.in(lang) : "";
    const auto picture = [&](size_t i) {
        const auto it = pictures_.find(i);
        return it == pictures_.end() ? 0ull : static_cast<unsigned long long>(it->second.get());
    };
    m.current_texture = picture(p.slide);
    m.next_texture = next ? picture(p.slide + 1) : 0;

    int w = 1, h = 1;
    glfwGetFramebufferSize(window_, &w, &h);
    const std::string shown = m.counter + m.timer + m.clock + m.audience + m.language + m.caption + m.notes +
                              std::to_string(m.current_texture) + "/" + std::to_string(m.next_texture) + "/" +
                              std::to_string(w) + "x" + std::to_string(h) + std::to_string(app.tour_version);
    if (shown == drawn_) return;
    drawn_ = shown;
    notes_shown_ = m.notes;
    current_picture_shown_ = m.current_texture != 0;

    glfwMakeContextCurrent(window_);
    ImGui::SetCurrentContext(context_);
    build_fonts(app, float(std::max(h, 1)));
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ui::draw_presenter_view(m, fonts_, theme_, float(w), float(h), lang);
    ImGui::Render();
    render::clear_window(w, h, 0.98f, 0.98f, 0.97f);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(window_);
    ImGui::SetCurrentContext(main);
    glfwMakeContextCurrent(share);
}

}  // namespace app
