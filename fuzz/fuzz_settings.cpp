// libFuzzer target: app::parse_settings, the window's settings.ini reader, and its writer.
// src/app/settings.cpp is compiled into this target alone (it needs pa_data, geo and i18n
// only), so the fuzz build does not build pa_app and its GL, ImGui and Cairo.
//
// Input: the file's text.
// Checks, beyond what ASan and UBSan catch: every value kept is in its range (settings.cpp
// promises that nothing out of range reaches a cast); format_settings(parse_settings(text))
// reads back without a problem to the same settings, and writing those again gives the same
// text. The one change allowed on the way: ui_scale is written with two decimals, so it comes
// back rounded to the nearest hundredth.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "app/settings.h"
#include "data/legacy_vietnamese.h"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail = {}) {
    std::fprintf(stderr, "fuzz_settings: %s%s%s\n", what, detail.empty() ? "" : ":\n", detail.c_str());
    std::abort();
}

bool in(double v, double lo, double hi) { return std::isfinite(v) && v >= lo && v <= hi; }

void check_ranges(const app::Settings& s, const std::string& text) {
    if (s.centre && !(in(s.centre->x, -1e8, 1e8) && in(s.centre->y, -1e8, 1e8))) fail("centre out of range", text);
    if (s.visible_size_m && !(in(s.visible_size_m->x, 1e-3, 1e8) && in(s.visible_size_m->y, 1e-3, 1e8)))
        fail("visible size out of range", text);
    if (s.metres_per_pixel && !in(*s.metres_per_pixel, 1e-4, 1e6)) fail("metres_per_pixel out of range", text);
    if (s.ui_scale && !in(*s.ui_scale, 0.5, 3.0)) fail("ui_scale out of range", text);
    for (const auto& f : s.files)
        if (f.empty()) fail("an empty file name kept", text);
    if (!s.encoding.empty() && !data::parse_encoding_name(s.encoding)) fail("an encoding kept that has no meaning", s.encoding);
    for (const auto& [key, l] : s.layers) {
        if (key.rfind("bundled:", 0) != 0 && key.rfind("file:", 0) != 0) fail("a layer key with no bundled:/file: prefix", key);
        if (!in(l.opacity, 0, 1)) fail("opacity out of range", key);
        if (l.order < -1 || l.order > 100000) fail("order out of range", key);
    }
}

bool same(const app::Settings& a, const app::Settings& b) {
    auto same_scale = [](const std::optional<float>& x, const std::optional<float>& y) {
        if (x.has_value() != y.has_value()) return false;
        return !x || std::abs(double(*x) - double(*y)) <= 0.005 + 1e-6;  // written with two decimals
    };
    auto same_layers = [](const auto& x, const auto& y) {
        if (x.size() != y.size()) return false;
        for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j)
            if (i->first != j->first || i->second.visible != j->second.visible || i->second.opacity != j->second.opacity ||
                i->second.order != j->second.order)
                return false;
        return true;
    };
    auto same_vec = [](const std::optional<geo::Vec2>& x, const std::optional<geo::Vec2>& y) {
        return x.has_value() == y.has_value() && (!x || *x == *y);
    };
    return same_vec(a.centre, b.centre) && a.metres_per_pixel == b.metres_per_pixel &&
           same_vec(a.visible_size_m, b.visible_size_m) && same_scale(a.ui_scale, b.ui_scale) && a.language == b.language &&
           a.vietnamese_beneath == b.vietnamese_beneath && a.left_sidebar_open == b.left_sidebar_open &&
           a.legend_open == b.legend_open && a.files == b.files && a.encoding == b.encoding &&
           same_layers(a.layers, b.layers);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    std::vector<std::string> problems;
    const app::Settings s = app::parse_settings(text, &problems);
    (void)app::parse_settings(text, nullptr);  // no list to report to
    check_ranges(s, text);
    (void)s.visible_box();

    const std::string written = app::format_settings(s);
    std::vector<std::string> again;
    const app::Settings back = app::parse_settings(written, &again);
    if (!again.empty()) fail("the written settings do not read back cleanly", again.front() + "\n" + written);
    if (!same(s, back)) fail("the written settings read back different", written);
    if (app::format_settings(back) != written) fail("writing the read-back settings gives other text", written);
    return 0;
}
