#include "ui/fonts.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <vector>

namespace ui {

namespace {

std::string first_existing(std::initializer_list<const char*> paths) {
    std::error_code ec;
    for (const char* p : paths)
        if (std::filesystem::exists(p, ec)) return p;
    return {};
}

// Grows every glyph of `font` by `radius` atlas pixels: each pixel takes the strongest nearby
// glyph pixel, weighted by distance for a soft edge, and is strengthened. The font must be rasterised without
// oversampling (one atlas pixel per font pixel) and the atlas padded by more than 2 * radius,
// so that grown glyphs do not reach their neighbours.
void dilate_glyphs(ImFontAtlas& atlas, ImFont& font, float radius) {
    const int r = int(std::ceil(radius));
    const int w = atlas.TexWidth, h = atlas.TexHeight;
    unsigned char* pixels = atlas.TexPixelsAlpha8;
    const std::vector<unsigned char> source(pixels, pixels + size_t(w) * h);
    for (ImFontGlyph& g : font.Glyphs) {
        if (!g.Visible) continue;
        const int x0 = int(std::lround(g.U0 * w)), y0 = int(std::lround(g.V0 * h));
        const int x1 = int(std::lround(g.U1 * w)), y1 = int(std::lround(g.V1 * h));
        const int gx0 = std::max(0, x0 - r), gy0 = std::max(0, y0 - r), gx1 = std::min(w, x1 + r), gy1 = std::min(h, y1 + r);
        for (int y = gy0; y < gy1; ++y)
            for (int x = gx0; x < gx1; ++x) {
                float best = 0.0f;
                for (int sy = std::max(y0, y - r); sy <= std::min(y1 - 1, y + r); ++sy)
                    for (int sx = std::max(x0, x - r); sx <= std::min(x1 - 1, x + r); ++sx) {
                        const float weight = std::clamp(radius + 1.0f - std::hypot(float(sx - x), float(sy - y)), 0.0f, 1.0f);
                        best = std::max(best, source[size_t(sy) * w + sx] * weight);
                    }
                // Stronger than the glyph's own edge: eight overlapping copies made an opaque halo.
                pixels[size_t(y) * w + x] = static_cast<unsigned char>(std::min(255L, std::lround(best * 1.8f)));
            }
        g.X0 -= float(x0 - gx0);
        g.Y0 -= float(y0 - gy0);
        g.X1 += float(gx1 - x1);
        g.Y1 += float(gy1 - y1);
        g.U0 = float(gx0) / w;
        g.V0 = float(gy0) / h;
        g.U1 = float(gx1) / w;
        g.V1 = float(gy1) / h;
    }
}

}  // namespace

MapFonts load_map_fonts(const std::vector<std::string>& texts, const Theme& theme, float pixel_ratio, std::string* warning) {
    ImGuiIO& io = ImGui::GetIO();
    MapFonts fonts;
    fonts.regular_path = first_existing({"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
                                         "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"});
    fonts.bold_path = first_existing({"/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
                                      "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"});
    if (fonts.bold_path.empty()) fonts.bold_path = fonts.regular_path;
    if (fonts.regular_path.empty()) {
        if (warning) *warning = "no Noto Sans or DejaVu font found (install fonts-noto-core): "
                                "labels use ImGui's built-in font, without Vietnamese letters";
        fonts.label = fonts.body = fonts.title = fonts.heading = fonts.caption = io.Fonts->AddFontDefault();
        return fonts;
    }

    // The ranges must outlive the atlas build, which happens later: keep them in static storage.
    static ImVector<ImWchar> ranges;
    ranges.clear();
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
    builder.AddRanges(io.Fonts->GetGlyphRangesVietnamese());
    // Dashes, quotes, bullets, arrows and ≤ ≥ used by the legend and panels.
    static const ImWchar kSymbols[] = {0x2010, 0x2027, 0x2190, 0x21FF, 0x2260, 0x2265, 0};
    builder.AddRanges(kSymbols);
    for (const auto& t : texts) builder.AddText(t.c_str());
    builder.BuildRanges(&ranges);

    ImFontConfig config;
    config.OversampleH = 2;
    config.OversampleV = 2;
    const float k = pixel_ratio;
    const char* regular = fonts.regular_path.c_str();
    const char* bold = fonts.bold_path.c_str();
    fonts.body = io.Fonts->AddFontFromFileTTF(regular, theme.body_px * k, &config, ranges.Data);
    fonts.label = io.Fonts->AddFontFromFileTTF(bold, theme.map_label_px * k, &config, ranges.Data);
    fonts.title = io.Fonts->AddFontFromFileTTF(bold, theme.title_px * k, &config, ranges.Data);
    fonts.heading = io.Fonts->AddFontFromFileTTF(bold, theme.heading_px * k, &config, ranges.Data);
    fonts.caption = io.Fonts->AddFontFromFileTTF(regular, theme.caption_px * k, &config, ranges.Data);
    ImFontConfig halo_config;
    halo_config.OversampleH = 1;
    halo_config.OversampleV = 1;
    fonts.label_halo = io.Fonts->AddFontFromFileTTF(bold, theme.map_label_px * k, &halo_config, ranges.Data);
    if (!fonts.body || !fonts.label || !fonts.title || !fonts.heading || !fonts.caption) {
        if (warning) *warning = "cannot read font " + fonts.regular_path + ": using ImGui's built-in font";
        fonts.label = fonts.body = fonts.title = fonts.heading = fonts.caption = io.Fonts->AddFontDefault();
        fonts.label_halo = nullptr;
        return fonts;
    }
    if (fonts.label_halo) {
        fonts.label_halo_px = 1.6f * theme.scale * k;
        io.Fonts->TexGlyphPadding = 2 * int(std::ceil(fonts.label_halo_px)) + 1;
        if (io.Fonts->Build()) dilate_glyphs(*io.Fonts, *fonts.label_halo, fonts.label_halo_px);
        else fonts.label_halo = nullptr;
    }
    return fonts;
}

}  // namespace ui
