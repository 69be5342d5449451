// parkatlas-atlas-bench [DATA_DIR] [--repeat N]: the window's font atlas in each language, built
// from the characters the window asks for (app::window_glyphs over the bundled data), against
// the atlas of before the five languages: the English interface and the data's values, Noto
// Sans only (no language menu, no CJK). One JSON line per atlas: build time (median of N), its
// texture's size and bytes (RGBA32, as the OpenGL back end uploads it), and ratios to the
// baseline measured in the same run. Asserts nothing about speed.
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "app/picking.h"
#include "app/window/imgui_session.h"
#include "data/catalog.h"
#include "geo/crs.h"
#include "i18n/catalogue.h"
#include "ui/fonts.h"
#include "ui/glyph_set.h"
#include "ui/theme.h"

namespace {

struct Atlas {
    double build_ms = 0;
    int width = 0, height = 0;
    size_t cjk = 0;
    size_t glyphs = 0;
};

Atlas build(const ui::GlyphSet& glyphs, i18n::Language lang, int repeat) {
    std::vector<double> ms;
    Atlas a;
    for (int i = 0; i < repeat; ++i) {
        ImGuiContext* ctx = ImGui::CreateContext();
        const auto t0 = std::chrono::steady_clock::now();
        std::string warning;
        const ui::MapFonts fonts = ui::load_map_fonts(glyphs, lang, ui::make_theme(1.0f), 1.0f, &warning);
        unsigned char* pixels = nullptr;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &a.width, &a.height);  // what the back end uploads
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        a.cjk = fonts.cjk_glyphs;
        a.glyphs = size_t(fonts.body ? fonts.body->Glyphs.Size : 0);
        ImGui::DestroyContext(ctx);
    }
    std::sort(ms.begin(), ms.end());
    a.build_ms = ms[ms.size() / 2];
    return a;
}

void print(const char* name, const Atlas& a, const Atlas& base) {
    const double bytes = 4.0 * a.width * a.height, base_bytes = 4.0 * base.width * base.height;
    std::printf("{\"atlas\":\"%s\",\"build_ms\":%.1f,\"texture\":\"%dx%d\",\"texture_mb\":%.2f,\"glyphs_per_font\":%zu,"
                "\"cjk\":%zu,\"build_ratio\":%.2f,\"texture_ratio\":%.2f}\n",
                name, a.build_ms, a.width, a.height, bytes / 1e6, a.glyphs, a.cjk, a.build_ms / base.build_ms, bytes / base_bytes);
}

}  // namespace

int main(int argc, char** argv) {
    std::string data_dir = PARKATLAS_DATA_DIR;
    int repeat = 5;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
        else data_dir = argv[i];
    }
    state::AppState app(data::load_catalog(data_dir, {}, geo::kDisplayCrs));

    // Before: English words and the data's values, as the window asked for then.
    ui::GlyphSet before;
    before.add("°·…–—’“”‹›");
    for (const auto& l : app.catalog.layers)
        if (!app::is_basemap(l.role))
            for (const auto& f : l.layer.features)
                for (const auto& v : f.values) {
                    if (!v) continue;
                    ui::GlyphSet one;
                    one.add(*v);
                    if (one.cjk().empty()) before.add(*v);  // the bundled data had no CJK names then
                }
    const Atlas base = build(before, i18n::Language::En, repeat);
    print("before (English, Noto Sans only)", base, base);
    for (const i18n::Language lang : i18n::kLanguages) {
        app.language = lang;
        print(i18n::code(lang), build(app::window_glyphs(app), lang, repeat), base);
    }
    return 0;
}
