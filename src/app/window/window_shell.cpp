#include "app/window/window_shell.h"
#include "data/database_source.h"
#include "i18n/catalogue.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>

#include "app/map_view.h"
#include "app/modes/explore_mode.h"
#include "app/modes/present_mode.h"
#include "app/window/frame_scheduler.h"
#include "app/slide_thumbnails.h"
#include "app/window/imgui_session.h"
#include "app/window/monitors.h"
#include "app/window/presenter_window.h"
#include "app/window/settings_sync.h"
#include "app/window/state_dump.h"

namespace app {

namespace {

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

class WindowShell {
public:
    WindowShell(data::Catalog catalog, const WindowOptions& options) : app_(std::move(catalog)), options_(options) {
        app_.language = options.language;
    }
    int run();

private:
    static WindowShell& self(GLFWwindow* w) { return *static_cast<WindowShell*>(glfwGetWindowUserPointer(w)); }
    void install_callbacks();
    static void on_key(GLFWwindow* w, int key, int scancode, int action, int mods);
    // The presenter view: opened with a talk when there are two monitors (or asked for), its
    // slide pictures rendered meanwhile, drawn after the audience's frame.
    void open_presenter_view();
    void update_presenter_view();
    void start();
    FrameContext context(int win_w, int win_h);
    void frame(double dt);
    void sync_glyphs();
    // Presenting: the tour from its file (or as edited), full screen; and back to the desk.
    void load_tour();
    void enter_presentation(size_t from = 0);
    void leave_presentation();
    void set_fullscreen(bool on);
    Mode& mode() { return app_.mode == state::Mode::Present ? static_cast<Mode&>(present_) : explore_; }
    bool text_input() const { return ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput; }

    state::AppState app_;
    WindowOptions options_;
    GLFWwindow* window_ = nullptr;
    std::unique_ptr<ImGuiSession> imgui_;
    MapPresenter map_;
    LayerLoader loader_;
    FrameScheduler scheduler_;
    FrameLog log_;
    StateDump dump_;
    ExploreMode explore_;
    PresentMode present_;
    PresenterWindow presenter_;
    SlideThumbnails thumbnails_;
    i18n::Language thumbnails_language_ = i18n::Language::En;
    FullScreen fullscreen_;
    double present_clock_ = 0.0;    // when the presentation's clocks last ticked
    bool had_input_ = false;        // a key, click, scroll or move since the last tick (pauses a kiosk)
    bool tour_unreadable_ = false;  // the tour file was broken: its message is not replaced
    Settings settings_;
    uint64_t glyphs_catalog_ = 0;                       // what the atlas's characters were taken from
    uint64_t glyphs_tour_ = 0;
    i18n::Language glyphs_language_ = i18n::Language::En;
    bool settings_had_problems_ = false;
    // Input queued by the callbacks, handled in the next frame.
    std::vector<PointerEvent> pointer_;
    std::vector<Command> commands_;
    std::string typed_;
    bool right_click_ = false;
    geo::Vec2 cursor_{-1, -1};
    MapGestures gestures_;
};

// Keys of the audience's window and of the presenter view alike.
void WindowShell::on_key(GLFWwindow* w, int key, int, int action, int mods) {
    WindowShell& s = self(w);
    s.scheduler_.wake();
    if (action == GLFW_RELEASE) return;
    s.had_input_ = true;
    // Digits typed in this same batch of events count too: "4" and Enter may arrive together.
    const bool number_typed = !s.app_.presentation.typed_number.empty() ||
                              std::any_of(s.commands_.begin(), s.commands_.end(), [](Command q) { return digit_of(q) >= 0; });
    const Command c = s.app_.mode == state::Mode::Present ? presentation_command_for_key(key, mods, number_typed)
                                                           : command_for_key(key, mods, s.text_input());
    if (c != Command::None) s.commands_.push_back(c);
}

void WindowShell::install_callbacks() {
    glfwSetWindowUserPointer(window_, this);
    // Ours first: ImGui's back end chains to them.
    glfwSetMouseButtonCallback(window_, [](GLFWwindow* w, int button, int action, int) {
        WindowShell& s = self(w);
        s.scheduler_.wake();
        s.had_input_ = true;
        if (button == GLFW_MOUSE_BUTTON_RIGHT && action == GLFW_PRESS) s.right_click_ = true;
        if (button != GLFW_MOUSE_BUTTON_LEFT) return;
        double x = 0, y = 0;
        glfwGetCursorPos(w, &x, &y);
        s.pointer_.push_back({action == GLFW_PRESS ? PointerEvent::Press : PointerEvent::Release, {x, y}, 0.0, glfwGetTime()});
    });
    glfwSetCursorPosCallback(window_, [](GLFWwindow* w, double x, double y) {
        WindowShell& s = self(w);
        if (s.cursor_.x >= 0 && (std::abs(s.cursor_.x - x) > 2 || std::abs(s.cursor_.y - y) > 2)) s.had_input_ = true;
        s.cursor_ = {x, y};
        s.scheduler_.wake(2);
        s.pointer_.push_back({PointerEvent::Move, {x, y}, 0.0, glfwGetTime()});
    });
    glfwSetScrollCallback(window_, [](GLFWwindow* w, double, double dy) {
        WindowShell& s = self(w);
        s.scheduler_.wake();
        s.had_input_ = true;
        s.pointer_.push_back({PointerEvent::Scroll, s.cursor_, dy, glfwGetTime()});
    });
    glfwSetKeyCallback(window_, on_key);
    glfwSetCharCallback(window_, [](GLFWwindow* w, unsigned codepoint) {
        WindowShell& s = self(w);
        s.scheduler_.wake();
        if (s.app_.mode == state::Mode::Present) return;  // a talk takes keys, not text
        append_utf8(s.typed_, codepoint);  // the frame decides where it goes
    });
    glfwSetCursorEnterCallback(window_, [](GLFWwindow* w, int entered) {
        if (!entered) self(w).cursor_ = {-1, -1};
        self(w).scheduler_.wake();
    });
    glfwSetWindowFocusCallback(window_, [](GLFWwindow* w, int) { self(w).scheduler_.wake(); });
    glfwSetFramebufferSizeCallback(window_, [](GLFWwindow* w, int, int) { self(w).scheduler_.wake(); });
    glfwSetWindowRefreshCallback(window_, [](GLFWwindow* w) { self(w).scheduler_.wake(); });
    glfwSetDropCallback(window_, [](GLFWwindow* w, int n, const char** paths) {
        const geo::Box view = self(w).app_.camera.camera().visible_box();
        for (int i = 0; i < n; ++i) self(w).loader_.queue(paths[i], true, true, view);
        self(w).scheduler_.wake();
    });
}

FrameContext WindowShell::context(int win_w, int win_h) {
    return FrameContext{app_, map_, loader_, imgui_->theme(), imgui_->fonts(), float(std::max(win_w, 1)),
                        float(std::max(win_h, 1)), {}, false, false, std::nullopt};
}

// The state at start: the dated figures, what the settings remember, the first view, the files.
void WindowShell::start() {
    app_.load_figures(state::metrics_path_beside_parks(app_.catalog));
    for (const auto& w : app_.figures.metrics.warnings) std::cerr << "parkatlas: " << w.to_string(app_.language) << "\n";
    const std::string path = settings_path();
    std::vector<std::string> problems;
    if (!path.empty()) settings_ = load_settings(path, &problems);
    for (const auto& p : problems) std::cerr << "parkatlas: settings: " << p << "\n";
    if (!problems.empty()) {
        settings_had_problems_ = true;
        app_.message = {i18n::N_("Settings: some lines were skipped (a copy is kept as settings.ini.bak): {0}"), {problems.front()}};
    }
    restore(settings_, app_);
    if (options_.language_given) app_.language = options_.language;
    if (options_.vietnamese_beneath) app_.vietnamese_beneath = true;
    sync_glyphs();

    int win_w = 1, win_h = 1, fb_w = 1, fb_h = 1;
    glfwGetWindowSize(window_, &win_w, &win_h);
    glfwGetFramebufferSize(window_, &fb_w, &fb_h);
    float xs = 1, ys = 1;
    glfwGetWindowContentScale(window_, &xs, &ys);
    imgui_->set_scale(app_.ui_scale.value(), xs, win_w > 0 ? float(fb_w) / float(win_w) : 1.0f);
    app_.camera.set_viewport(win_w, win_h);
    FrameContext ctx = context(win_w, win_h);
    explore_.layout(ctx);
    // The view asked for on the command line, else last time's, fitted into this run's visible
    // map: a smaller window or wider panels show the same place, not part of it under a panel.
    const auto remembered = settings_.visible_box();
    app_.camera.show(!options_.view_given && remembered ? *remembered : options_.view);
    app_.camera.set_home(default_view(app_.catalog));

    load_tour();
    if (options_.present) enter_presentation();

    // Files on the command line are for this run; those added in the window last time come back.
    // A big one with a spatial index is read for the view just shown first.
    loader_.assume = options_.assume;
    if (loader_.assume.encoding.empty()) loader_.assume.encoding = settings_.encoding;
    const geo::Box view = app_.camera.visible_box();
    for (const auto& f : options_.files_to_load) loader_.queue(f, false, true, view);
    for (const auto& f : settings_.files) {
        std::error_code ec;
        if (!data::is_database_source(f) && !std::filesystem::exists(f, ec)) {  // a database is not a file
            app_.message = {i18n::N_("A file added last time is gone: {0}"), {f}};
            continue;
        }
        const bool given = std::any_of(options_.files_to_load.begin(), options_.files_to_load.end(), [&](const std::string& g) {
            return std::filesystem::absolute(g, ec).lexically_normal() == std::filesystem::path(f);
        });
        if (!given) loader_.queue(f, true, false, view);
    }
}

// A file added or another language: the atlas grows to hold their characters (at the next
// set_scale).
void WindowShell::sync_glyphs() {
    const uint64_t tour = app_.tour_version + (app_.presentation.active ? 1u << 20 : 0);
    if (app_.catalog_version == glyphs_catalog_ && app_.language == glyphs_language_ && tour == glyphs_tour_) return;
    glyphs_catalog_ = app_.catalog_version;
    glyphs_tour_ = tour;
    glyphs_language_ = app_.language;
    if (imgui_->want_glyphs(window_glyphs(app_), app_.language)) scheduler_.wake(1);
}

// The tour file given, else the user's edited copy of the bundled tour, else the bundled one:
// F5 presents it, the tour tab edits it. A broken file is said on stderr and in the status bar,
// and the desk goes on without a tour. The editor saves a tour given back to its file, and the
// bundled tour to a copy beside the settings (the installed data is not the user's to change).
void WindowShell::load_tour() {
    const bool given = !options_.tour_given.empty();
    std::string path = given ? options_.tour_given : options_.tour_path;
    const std::string settings = settings_path();
    app_.tour_save_path = given ? path
                          : settings.empty() || path.empty()
                              ? std::string()
                              : (std::filesystem::path(settings).parent_path() / "tours" /
                                 std::filesystem::path(path).filename()).string();
    std::error_code ec;
    if (!given && !app_.tour_save_path.empty() && std::filesystem::exists(app_.tour_save_path, ec)) path = app_.tour_save_path;
    if (path.empty()) return;
    if (!given && !std::filesystem::exists(path, ec)) return;  // no bundled tour: F5 says so
    tour::TourRead read = tour::read_tour(path);
    if (!read.tour) {
        std::cerr << "parkatlas: " << read.problem.to_string(app_.language) << "\n";
        app_.message = {i18n::N_("The tour cannot be read: {0}"), {read.problem.to_string(app_.language)}};
        tour_unreadable_ = true;
        return;
    }
    app_.tour = std::move(*read.tour);
    ++app_.tour_version;
}

void WindowShell::enter_presentation(size_t from) {
    if (app_.tour.slides.empty()) {
        // A tour that could not be read has said so already; that message stays.
        if (!tour_unreadable_) app_.message = {i18n::N_("No tour to present: give one with --present TOUR.json"), {}};
        return;
    }
    state::start_presentation(app_, app_.presentation, app_.tour, options_.kiosk);
    if (from > 0) state::go_to_slide(app_, app_.presentation, from, false);
    for (const auto& p : app_.presentation.problems) std::cerr << "parkatlas: " << p.to_string(app_.language) << "\n";
    app_.mode = state::Mode::Present;
    present_clock_ = glfwGetTime();
    if (!options_.windowed) set_fullscreen(true);
    open_presenter_view();
    scheduler_.wake(2);
}

// With two monitors the speaker's view goes full screen on the one the room does not see; with
// one, only when asked for (--presenter-view), as a window to rehearse with.
void WindowShell::open_presenter_view() {
    GLFWmonitor* speaker = options_.windowed ? nullptr : choose_monitors(options_.monitor).speaker;
    if (!speaker && !options_.presenter_view) return;
    if (!presenter_.open(window_, speaker, this)) return;
    glfwSetKeyCallback(presenter_.window(), on_key);
    thumbnails_language_ = app_.language;
    thumbnails_.start(app_.catalog, state::metrics_path_beside_parks(app_.catalog), app_.presentation.tour, app_.language,
                      app_.vietnamese_beneath);
}

void WindowShell::update_presenter_view() {
    if (!presenter_.is_open()) return;
    if (glfwWindowShouldClose(presenter_.window())) {  // the speaker closed it: the talk goes on
        thumbnails_.stop();
        presenter_.close();
        return;
    }
    if (app_.language != thumbnails_language_) {  // L: the pictures in the new language
        presenter_.forget_pictures();
        thumbnails_language_ = app_.language;
        thumbnails_.start(app_.catalog, state::metrics_path_beside_parks(app_.catalog), app_.presentation.tour,
                          app_.language, app_.vietnamese_beneath);
    }
    while (auto picture = thumbnails_.poll()) presenter_.add_picture(picture->first, picture->second);
    presenter_.draw(app_, window_, imgui_->context());
}

void WindowShell::leave_presentation() {
    thumbnails_.stop();
    presenter_.close();
    state::stop_presentation(app_, app_.presentation);
    app_.mode = state::Mode::Explore;
    set_fullscreen(false);
    scheduler_.wake(2);
}

void WindowShell::set_fullscreen(bool on) {
    if (on) fullscreen_.enter(window_, choose_monitors(options_.monitor).audience);
    else fullscreen_.leave(window_);
    scheduler_.wake(2);
}

void WindowShell::frame(double dt) {
    PhaseTimer timer(log_.on());
    FramePhases phases;
    const auto frame_start = std::chrono::steady_clock::now();
    int win_w = 1, win_h = 1, fb_w = 1, fb_h = 1;
    glfwGetWindowSize(window_, &win_w, &win_h);
    glfwGetFramebufferSize(window_, &fb_w, &fb_h);
    win_w = std::max(win_w, 1), win_h = std::max(win_h, 1);
    float xs = 1, ys = 1;
    glfwGetWindowContentScale(window_, &xs, &ys);
    sync_glyphs();
    const bool presenting = app_.mode == state::Mode::Present;
    imgui_->set_scale(app_.ui_scale.value(), xs, float(fb_w) / float(win_w), presenting ? float(win_h) : 0.0f);
    map_.set_pin_scale(presenting ? imgui_->theme().scale : 1.0f);  // pins read from the back of the room
    app_.camera.set_viewport(win_w, win_h);
    if (app_.camera.update(dt)) scheduler_.wake(1);
    if (app_.presentation.active) {
        const double now = glfwGetTime();
        state::tick_presentation(app_, app_.presentation, now - present_clock_, std::exchange(had_input_, false));
        present_clock_ = now;
    }
    if (auto done = loader_.poll()) {
        const std::string path = done->path;
        if (add_loaded(std::move(*done), app_, map_, settings_)) loader_.queue_rest(path);
        scheduler_.wake();
    }
    if (auto written = loader_.poll_index()) {
        index_written(*written, app_, loader_);
        scheduler_.wake();
    }
    map_.sync(app_);

    imgui_->new_frame();
    FrameContext ctx = context(win_w, win_h);
    const bool on_panel = ImGui::GetIO().WantCaptureMouse;
    ctx.input.gestures = gestures_.feed(std::exchange(pointer_, {}), on_panel);
    for (const Command c : std::exchange(commands_, {})) {
        if (c == Command::ToggleFullscreen) set_fullscreen(!fullscreen_.on());
        else if (c == Command::Present && app_.mode == state::Mode::Explore) enter_presentation();
        else ctx.input.commands.push_back(c);
    }
    // Typed while a text field had the keyboard: ImGui gives it to the field. Else it is typing
    // over the map: a park search (the mode takes it from ImGui, which has it queued too).
    ctx.input.typed = std::exchange(typed_, {});
    if (text_input()) ctx.input.typed.clear();
    ctx.input.right_click = std::exchange(right_click_, false) && !on_panel;
    ctx.input.map_held = gestures_.dragging();
    ctx.input.cursor = cursor_;
    ctx.input.pointer_on_panel = on_panel;
    Mode& active = mode();
    active.layout(ctx);
    active.frame(ctx);
    if (ctx.quit) glfwSetWindowShouldClose(window_, GLFW_TRUE);
    if (ctx.leave_presentation) leave_presentation();
    if (ctx.present_from) enter_presentation(*ctx.present_from);
    if (ImGui::IsAnyItemActive()) scheduler_.wake(2);  // a widget in use: its value may change after it was drawn
    imgui_->end_frame();
    phases.ui = timer.lap();

    const MapPresenter::Frame drawn = map_.draw(app_, app_.camera.camera(), fb_w, fb_h, glfwGetTime(), ctx.input.map_held,
                                                scheduler_.rest_budget(), phases, timer);
    if (drawn.wants_next) scheduler_.wake(1);
    imgui_->draw();
    phases.panels = timer.lap();
    glfwSwapBuffers(window_);
    phases.swap = timer.lap();
    update_presenter_view();
    // The swap has waited for the frame: its time is real.
    const double frame_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - frame_start).count();
    scheduler_.end_frame(frame_ms, drawn.rest_work_ms);
    const auto& cs = map_.canvas_stats();
    log_.write(frame_ms, phases, {cs.strips, cs.bands, cs.canvases, cs.overviews});
    if (dump_.on()) {
        ScreenFacts facts = explore_.screen_facts();
        if (app_.mode == state::Mode::Present) {
            facts.slide_band = present_.facts().band;
            facts.slide_caption = present_.facts().caption;
            facts.slide_cards = present_.facts().cards.size();
        }
        facts.fullscreen = fullscreen_.on();
        facts.presenter_view = presenter_.is_open();
        facts.presenter_notes = presenter_.notes_shown();
        facts.presenter_pictures = presenter_.pictures();
        facts.atlas_builds = imgui_->atlas_builds();
        facts.atlas_cjk_glyphs = imgui_->fonts().cjk_glyphs;
        facts.atlas_cjk_face = imgui_->fonts().cjk_face;
        dump_.update(describe_state(app_, facts));
    }
}

int WindowShell::run() {
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
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    // A full-screen talk stays up when the speaker clicks the presenter view on the laptop.
    glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_FALSE);
    // WM_CLASS "parkatlas": the desktop entry's StartupWMClass, so the dock shows the installed
    // icon for this window (packaging/parkatlas.desktop).
    glfwWindowHintString(GLFW_X11_CLASS_NAME, "parkatlas");
    glfwWindowHintString(GLFW_X11_INSTANCE_NAME, "parkatlas");
    window_ = glfwCreateWindow(options_.width, options_.height, "Park Atlas", nullptr, nullptr);
    if (!window_) {
        std::cerr << "parkatlas: cannot open an OpenGL 3.3 core window\n";
        return 1;
    }
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(1);
    install_callbacks();
    std::string error;
    if (!map_.start(&error)) {
        std::cerr << "parkatlas: " << error << "\n";
        glfwDestroyWindow(window_);
        return 1;
    }
    map_.rebuild(app_);
    imgui_ = std::make_unique<ImGuiSession>(window_, window_glyphs(app_), app_.language);
    glyphs_catalog_ = app_.catalog_version;
    glyphs_language_ = app_.language;
    start();

    double last = glfwGetTime();
    while (!glfwWindowShouldClose(window_)) {
        const bool loading = loader_.busy() || explore_.exporting();  // a progress card to move
        if (scheduler_.wants_frame() || app_.camera.animating()) glfwPollEvents();
        else glfwWaitEventsTimeout(loading ? 1.0 / 12.0 : 1.0);  // idle: sleep until something happens
        if (glfwWindowShouldClose(window_)) break;
        const double now = glfwGetTime();
        const double dt = std::min(0.1, now - last);
        last = now;
        // A talk's timer and a kiosk's slides move on with no input: a frame every half second.
        if (app_.presentation.active && now - present_clock_ >= 0.5) scheduler_.wake();
        // While loading, the progress bar moves at about 12 frames a second: a frame per
        // screen refresh would take CPU from the loader for nothing.
        if (!scheduler_.wants_frame() && !app_.camera.animating() && !loading) continue;
        scheduler_.begin_frame();
        frame(dt);
    }

    state::stop_presentation(app_, app_.presentation);  // the settings remember the desk, not a slide
    if (const std::string path = settings_path(); !path.empty()) {
        std::string why;
        Settings now = snapshot(app_);
        now.encoding = settings_.encoding;  // set by hand in the file, never by the window: kept
        if (!save_settings(path, now, &why, settings_had_problems_))
            std::cerr << "parkatlas: cannot save settings: " << why << "\n";
    }
    thumbnails_.stop();
    presenter_.close();
    imgui_.reset();
    map_.stop();
    glfwDestroyWindow(window_);
    return 0;
}

}  // namespace

int run_window(data::Catalog catalog, const WindowOptions& options) {
    WindowShell shell(std::move(catalog), options);
    return shell.run();
}

}  // namespace app
