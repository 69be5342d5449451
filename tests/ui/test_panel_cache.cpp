// ImGui frames drawn through the PanelCache look exactly as drawn by ImGui's backend alone,
// while unchanged opaque panels are copied from their pictures instead of drawn again.
#include <catch2/catch.hpp>

#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <string>

#include "support/gl_fixture.h"
#include "ui/panel_cache.h"

namespace {

using test_support::share_different;

// Drawn into a picture, the panel's triangles sit at other sub-pixel coordinates: antialiased
// edges may differ by a unit of colour, no more.
constexpr int kTolerance = 2;

// A headless ImGui context with the OpenGL backend, drawing into the fixture's target.
struct ImGuiGl : test_support::GlFixture {
    ImGuiContext* imgui = ImGui::CreateContext();
    ImGuiGl() {
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(float(test_support::kTargetWidth), float(test_support::kTargetHeight));
        io.DeltaTime = 1.0f / 60.0f;
        REQUIRE(ImGui_ImplOpenGL3_Init("#version 330 core"));
    }
    ~ImGuiGl() {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui::DestroyContext(imgui);
    }

    struct Scene {
        std::string panel_text = "Layers";
        bool panel_opaque = true;   // marked for the cache
        bool with_child = true;     // a child window inside the panel
        bool overlapping = true;    // an unmarked window over the panel's corner
    };
    // Builds one frame: a backdrop on the background list, the panel, the window over it.
    void build(const Scene& s) {
        ImGui_ImplOpenGL3_NewFrame();
        ImGui::NewFrame();
        ImDrawList& bg = *ImGui::GetBackgroundDrawList();
        bg.AddRectFilled(ImVec2(0, 0), ImVec2(320, 240), IM_COL32(40, 120, 200, 255));
        bg.AddCircleFilled(ImVec2(200, 120), 60.0f, IM_COL32(250, 200, 40, 255));
        ImGui::SetNextWindowPos(ImVec2(10, 10), ImGuiCond_Always);
        ImGui::SetNextWindowSize(ImVec2(180, 150), ImGuiCond_Always);
        const bool open = s.panel_opaque ? ui::begin_opaque_panel("Panel") : ImGui::Begin("Panel");
        if (open) {
            ImGui::TextUnformatted(s.panel_text.c_str());
            ImGui::Button("A button");
            if (s.with_child) {
                ImGui::BeginChild("list", ImVec2(0, 60), true);
                for (int i = 0; i < 6; ++i) ImGui::Text("row %d", i);
                ImGui::EndChild();
            }
        }
        ImGui::End();
        if (s.overlapping) {
            ImGui::SetNextWindowPos(ImVec2(150, 120), ImGuiCond_Always);
            ImGui::SetNextWindowSize(ImVec2(140, 90), ImGuiCond_Always);
            ImGui::SetNextWindowBgAlpha(0.6f);
            ImGui::Begin("Over");
            ImGui::TextUnformatted("translucent");
            ImGui::End();
        }
        ImGui::Render();
    }
    render::Image clear_target() {
        target->bind();
        glViewport(0, 0, test_support::kTargetWidth, test_support::kTargetHeight);
        glDisable(GL_SCISSOR_TEST);
        glClearColor(1, 1, 1, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        return {};
    }
    render::Image draw_direct() {
        clear_target();
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        return target->read_pixels();
    }
    render::Image draw_cached(ui::PanelCache& cache) {
        clear_target();
        cache.render(*ImGui::GetDrawData(), target->framebuffer());
        return target->read_pixels();
    }
};

}  // namespace

TEST_CASE("panels served from the cache look as drawn by ImGui's backend", "[ui][panel_cache]") {
    ImGuiGl gl;
    ui::PanelCache cache;
    ImGuiGl::Scene scene;
    for (int warm = 0; warm < 3; ++warm) gl.build(scene);  // windows take their size over the first frames

    gl.build(scene);
    const render::Image direct = gl.draw_direct();
    const render::Image first = gl.draw_cached(cache);
    CHECK(cache.stats().redrawn == 1);  // the panel, with its child, into its picture
    CHECK(cache.stats().copied == 0);
    CHECK(cache.stats().direct == 2);   // the backdrop and the translucent window
    CHECK(share_different(direct, first, kTolerance) == 0.0);

    gl.build(scene);
    const render::Image second = gl.draw_cached(cache);
    CHECK(cache.stats().copied == 1);
    CHECK(cache.stats().redrawn == 0);
    CHECK(share_different(direct, second, kTolerance) == 0.0);
    CHECK(share_different(gl.draw_direct(), second, kTolerance) == 0.0);

    SECTION("a panel whose content changed is drawn again") {
        scene.panel_text = "Layers (changed)";
        gl.build(scene);
        const render::Image changed = gl.draw_cached(cache);
        CHECK(cache.stats().redrawn == 1);
        CHECK(cache.stats().copied == 0);
        CHECK(share_different(gl.draw_direct(), changed, kTolerance) == 0.0);
        CHECK(share_different(direct, changed, kTolerance) > 0.0);
    }
    SECTION("the backdrop under the panel changing does not matter; over it, it shows") {
        scene.overlapping = false;
        gl.build(scene);
        const render::Image without = gl.draw_cached(cache);
        CHECK(cache.stats().copied == 1);
        CHECK(cache.stats().direct == 1);
        CHECK(share_different(gl.draw_direct(), without, kTolerance) == 0.0);
    }
    SECTION("a window that no longer marks itself opaque is drawn as usual") {
        scene.panel_opaque = false;
        gl.build(scene);
        const render::Image plain = gl.draw_cached(cache);
        CHECK(cache.stats().copied == 0);
        CHECK(cache.stats().redrawn == 0);
        CHECK(cache.stats().direct == 4);  // backdrop, panel, its child, the other window
        CHECK(share_different(gl.draw_direct(), plain, kTolerance) == 0.0);
    }
}
