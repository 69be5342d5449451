// What the overlay draws over the map: marks (pin badges, investment bubbles) go under the
// legend and the furniture, and every label, a bubble's among them, keeps clear of every other
// label and mark; labels and furniture stay inside the visible map.
#include <catch2/catch.hpp>

#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include "app/modes/map_marks.h"
#include "data/catalog.h"
#include "geo/crs.h"
#include "render/egl_context.h"
#include "render/map_style.h"
#include "render/offscreen_target.h"
#include "state/app_state.h"
#include "ui/map_overlay.h"
#include "ui/theme.h"

namespace {

const data::Catalog& bundled() {
    static const data::Catalog c = data::load_catalog(PARKATLAS_TEST_DATA, {}, geo::kDisplayCrs);
    return c;
}

// An ImGui context with the map's fonts, for one frame of overlay drawing.
struct OverlayFrame {
    ImGuiContext* context = ImGui::CreateContext();
    ui::MapFonts fonts;
    OverlayFrame(int width, int height, const std::vector<std::string>& texts) {
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(float(width), float(height));
        io.DeltaTime = 1.0f / 60.0f;
        std::string warning;
        fonts = ui::load_map_fonts(texts, ui::make_theme(1.0f), 1.0f, &warning);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // built: text can be measured
    }
    ~OverlayFrame() { ImGui::DestroyContext(context); }
};

bool overlap(const geo::Box& a, const geo::Box& b) {
    return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

std::vector<std::string> label_texts(const data::Catalog& catalog) {
    std::vector<std::string> t = {"0123456789 ,projectsM USD knowncapital unknown"};

    for (const auto& l : catalog.layers)
        for (const auto& f : l.layer.features) t.push_back(ui::map_label(l.layer, f, i18n::Language::En));
    return t;
}

}  // namespace

TEST_CASE("investment bubbles' labels and park names never overlap, nor cover a bubble", "[ui][overlay]") {
    state::AppState app(bundled());
    app.investment_view = true;
    const int w = 1280, h = 720;
    render::Camera cam;
    cam.width_px = w;
    cam.height_px = h;
    const geo::Box frame{{300, 44}, {1280, 694}};
    cam.fit_within(app.catalog.bounds(), frame, 0.0);
    OverlayFrame imgui(w, h, label_texts(app.catalog));
    ImGui::NewFrame();
    const app::PinMarks marks = app::make_pin_marks(app, cam, 1.0f);
    REQUIRE(marks.marks.size() >= 3);  // parks with projects
    ui::OverlayOptions o;
    o.frame = frame;
    o.title = false;
    o.marks = marks.marks;
    const ui::OverlayReport r = ui::draw_map_overlay(*ImGui::GetBackgroundDrawList(), app.catalog, cam, imgui.fonts, o);
    ImGui::EndFrame();
    CHECK(r.labels_placed > 10);
    CHECK(r.mark_rects.size() == marks.marks.size());
    for (size_t i = 0; i < r.label_rects.size(); ++i) {
        const geo::Box& a = r.label_rects[i];
        CHECK((a.min.x >= frame.min.x && a.max.x <= frame.max.x && a.min.y >= frame.min.y && a.max.y <= frame.max.y));
        for (size_t j = i + 1; j < r.label_rects.size(); ++j) CHECK_FALSE(overlap(a, r.label_rects[j]));
        for (const geo::Box& m : r.mark_rects) CHECK_FALSE(overlap(a, m));
        for (const geo::Box& f : r.furniture) CHECK_FALSE(overlap(a, f));
    }
    // The bubbles' labels are placed, not dropped.
    CHECK(r.mark_labels_wanted == marks.marks.size());
    CHECK(r.mark_labels_placed == r.mark_labels_wanted);
}

TEST_CASE("a pin badge under the legend is drawn under it", "[ui][overlay]") {
    std::string error;
    auto context = render::EglContext::create(&error);
    REQUIRE(context);
    const int w = 900, h = 700;
    auto target = render::OffscreenTarget::create(w, h, 1, &error);
    REQUIRE(target);
    const data::Catalog& catalog = bundled();
    render::Camera cam;
    cam.width_px = w;
    cam.height_px = h;
    cam.fit(catalog.bounds(), 0.0);
    OverlayFrame imgui(w, h, label_texts(catalog));
    REQUIRE(ImGui_ImplOpenGL3_Init("#version 330 core"));
    auto draw = [&](const std::vector<ui::MapMark>& marks) {
        ImGui_ImplOpenGL3_NewFrame();
        ImGui::NewFrame();
        ui::OverlayOptions o;
        o.marks = marks;
        const ui::OverlayReport r = ui::draw_map_overlay(*ImGui::GetBackgroundDrawList(), catalog, cam, imgui.fonts, o);
        ImGui::Render();
        target->bind();
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        return r;
    };
    const ui::OverlayReport first = draw({});
    REQUIRE_FALSE(first.legend_rect.empty());
    // A badge in the middle of the legend (its pin colour is nothing like the legend's white).
    ui::MapMark badge;
    badge.centre = first.legend_rect.centre();
    badge.radius = 11.0f;
    badge.fill = render::palette().project_pin;
    badge.inside = "6";
    draw({badge});
    const render::Image img = target->read_pixels();
    const uint8_t* p = img.pixel(int(badge.centre.x), int(badge.centre.y));
    const render::Rgba pin = render::palette().project_pin;
    INFO("pixel " << int(p[0]) << "," << int(p[1]) << "," << int(p[2]));
    CHECK(std::abs(int(p[0]) - int(pin.r)) + std::abs(int(p[1]) - int(pin.g)) + std::abs(int(p[2]) - int(pin.b)) > 150);
    CHECK(p[1] > 200);  // the legend's near-white, not the pin's magenta (green 27)
    ImGui_ImplOpenGL3_Shutdown();
}
