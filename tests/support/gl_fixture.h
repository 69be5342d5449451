// For tests that draw: a headless GL context with a 320 x 240 target and the renderer, and
// ways to compare the pictures drawn.
#pragma once

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>

#include "render/egl_context.h"
#include "render/map_renderer.h"
#include "render/offscreen_target.h"

namespace test_support {

inline constexpr int kTargetWidth = 320, kTargetHeight = 240;

struct GlFixture {
    std::optional<render::EglContext> context;
    std::optional<render::OffscreenTarget> target;
    std::optional<render::MapRenderer> renderer;
    GlFixture() {
        std::string error;
        context = render::EglContext::create(&error);
        REQUIRE(context);
        target = render::OffscreenTarget::create(kTargetWidth, kTargetHeight, 1, &error);
        REQUIRE(target);
        renderer = render::MapRenderer::create(&error);
        REQUIRE(renderer);
    }
};

// The share of pixels whose colour differs by more than `tolerance` in some channel.
inline double share_different(const render::Image& a, const render::Image& b, int tolerance) {
    size_t differ = 0;
    for (size_t i = 0; i < a.rgba.size(); i += 4) {
        int d = 0;
        for (int k = 0; k < 3; ++k) d = std::max(d, std::abs(int(a.rgba[i + k]) - int(b.rgba[i + k])));
        differ += d > tolerance;
    }
    return double(differ) / double(a.rgba.size() / 4);
}

// Pixels that are not white (the tests' background).
inline size_t painted(const render::Image& img) {
    size_t n = 0;
    for (size_t i = 0; i < img.rgba.size(); i += 4) n += img.rgba[i] != 255 || img.rgba[i + 1] != 255 || img.rgba[i + 2] != 255;
    return n;
}

}  // namespace test_support
