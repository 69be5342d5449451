#include "ui/fonts.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace ui {

namespace {

constexpr int kCjkFaceJapanese = 0, kCjkFaceKorean = 1, kCjkFaceChinese = 2;  // faces of Noto Sans CJK .ttc
constexpr const char* kCjkRegularPath = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
constexpr const char* kCjkBoldPath = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc";

// A font file mapped read-only: stb_truetype touches only the tables and glyphs it needs, so
// a 20 MB CJK collection costs the pages of a few hundred glyphs, not a 20 MB read.
class MappedFile {
public:
    explicit MappedFile(const std::string& path) {
        if (path.empty()) return;
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return;
        struct stat st {};
        if (::fstat(fd, &st) == 0 && st.st_size > 0) {
            void* p = ::mmap(nullptr, size_t(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
            if (p != MAP_FAILED) {
                data_ = static_cast<char*>(p);
                size_ = size_t(st.st_size);
            }
        }
        ::close(fd);
    }
    ~MappedFile() {
        if (data_) ::munmap(data_, size_);
    }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    char* data() const { return data_; }
    size_t size() const { return size_; }
    bool empty() const { return !data_; }

private:
    char* data_ = nullptr;
    size_t size_ = 0;
};

// Takes back from the atlas's inputs the font files this code owns (the CJK .ttc bytes, shared
// by several fonts), so that ImGui does not free them: call before ClearInputData or Clear.
void release_shared_font_data(ImFontAtlas& atlas, std::initializer_list<const char*> ours) {
    for (ImFontConfig& cfg : atlas.ConfigData)
        for (const char* data : ours)
            if (data && cfg.FontData == data) {
                cfg.FontData = nullptr;
                cfg.FontDataOwnedByAtlas = false;
            }
}

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

int cjk_face_for(i18n::Language lang, const GlyphSet& glyphs) {
    switch (lang) {
        case i18n::Language::Ja: return kCjkFaceJapanese;
        case i18n::Language::Ko: return kCjkFaceKorean;
        case i18n::Language::Zh: return kCjkFaceChinese;
        case i18n::Language::En:
        case i18n::Language::Vi: break;
    }
    bool kana = false, hangul = false, han = false;
    for (char32_t cp : glyphs.cjk()) {
        kana |= cp >= 0x3040 && cp <= 0x30FF;
        hangul |= (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F);
        han |= cp >= 0x4E00 && cp <= 0x9FFF;
    }
    return kana ? kCjkFaceJapanese : hangul && !han ? kCjkFaceKorean : kCjkFaceChinese;
}

MapFonts load_map_fonts(const std::vector<std::string>& texts, const Theme& theme, float pixel_ratio, std::string* warning,
                        i18n::Language lang) {
    GlyphSet glyphs;
    for (const auto& t : texts) glyphs.add(t);
    return load_map_fonts(glyphs, lang, theme, pixel_ratio, warning);
}

MapFonts load_map_fonts(const GlyphSet& glyphs, i18n::Language lang, const Theme& theme, float pixel_ratio,
                        std::string* warning) {
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

    // The ranges must outlive the atlas build, which happens below: keep them in static storage.
    static ImVector<ImWchar> ranges;
    ranges.clear();
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
    builder.AddRanges(io.Fonts->GetGlyphRangesVietnamese());
    // Dashes, quotes, bullets, arrows and ≤ ≥ used by the legend and panels.
    static const ImWchar kSymbols[] = {0x2010, 0x2027, 0x2190, 0x21FF, 0x2260, 0x2265, 0};
    builder.AddRanges(kSymbols);
    for (char32_t cp : glyphs.code_points())
        if (cp <= 0xFFFF && !GlyphSet::is_cjk(cp)) builder.AddChar(ImWchar(cp));
    builder.BuildRanges(&ranges);

    // CJK characters come from Noto Sans CJK, merged into each font: only those in use (a few
    // hundred for a language's menus and names, where the blocks hold tens of thousands).
    static std::vector<ImWchar> cjk_ranges;
    cjk_ranges.clear();
    std::vector<char32_t> cjk = glyphs.cjk();
    const size_t wanted_cjk = cjk.size();
    cjk.erase(std::remove_if(cjk.begin(), cjk.end(), [](char32_t cp) { return cp > 0xFFFF; }), cjk.end());
    const bool want_cjk = !cjk.empty();
    fonts.cjk_path = want_cjk ? first_existing({kCjkRegularPath}) : std::string();
    const std::string bold_cjk_path = want_cjk ? first_existing({kCjkBoldPath, kCjkRegularPath}) : std::string();
    const MappedFile cjk_regular(fonts.cjk_path), cjk_bold(bold_cjk_path);  // shared by the six fonts
    if (want_cjk) {
        if (cjk_regular.empty() || cjk_bold.empty()) {
            fonts.cjk_path.clear();
            if (warning) *warning = "no Noto Sans CJK font found (install fonts-noto-cjk): Chinese, Korean and Japanese "
                                    "characters are not drawn";
        } else {
            for (uint32_t v : glyph_ranges(cjk)) cjk_ranges.push_back(ImWchar(v));
            fonts.cjk_face = cjk_face_for(lang, glyphs);
            fonts.cjk_glyphs = cjk.size();
        }
    }
    fonts.missing_cjk = wanted_cjk - fonts.cjk_glyphs;

    const std::string symbol_path = first_existing({"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"});
    const float k = pixel_ratio;
    const char* regular = fonts.regular_path.c_str();
    const char* bold = fonts.bold_path.c_str();
    auto add = [&](const char* path, const MappedFile& cjk_file, float px, int oversample) {
        ImFontConfig config;
        config.OversampleH = config.OversampleV = oversample;
        ImFont* font = io.Fonts->AddFontFromFileTTF(path, px, &config, ranges.Data);
        if (font && !cjk_ranges.empty()) {
            ImFontConfig merge;
            merge.MergeMode = true;
            merge.FontNo = fonts.cjk_face;
            // Marked as the atlas's so that ImGui does not copy 20 MB per font (it copies data it
            // does not own); release_shared_font_data() takes the pointers back before ImGui
            // would free them. ImGui only reads font data.
            merge.FontDataOwnedByAtlas = true;
            merge.OversampleH = merge.OversampleV = 1;  // dense glyphs: oversampling only grows the atlas
            io.Fonts->AddFontFromMemoryTTF(cjk_file.data(), int(cjk_file.size()), px, &merge, cjk_ranges.data());
        }
        // Noto Sans lacks the few symbols the figures use — ≈ ≠ ≤ ≥ ✓ ✗ — which DejaVu Sans
        // (fonts-dejavu-core) draws clearly at text sizes. Without it, a "?" stands in.
        static const ImWchar kSymbols[] = {0x2248, 0x2248, 0x2260, 0x2265, 0x2713, 0x2717, 0};
        if (font && !symbol_path.empty()) {
            ImFontConfig merge;
            merge.MergeMode = true;
            merge.OversampleH = merge.OversampleV = oversample;
            io.Fonts->AddFontFromFileTTF(symbol_path.c_str(), px, &merge, kSymbols);
        }
        return font;
    };
    fonts.body = add(regular, cjk_regular, theme.body_px * k, 2);
    fonts.label = add(bold, cjk_bold, theme.map_label_px * k, 2);
    fonts.title = add(bold, cjk_bold, theme.title_px * k, 2);
    fonts.heading = add(bold, cjk_bold, theme.heading_px * k, 2);
    fonts.caption = add(regular, cjk_regular, theme.caption_px * k, 2);
    if (theme.room_px > 0) fonts.room = add(bold, cjk_bold, theme.room_px * k, 1);  // large: no oversampling needed
    // The halo font is rasterised without oversampling: dilate_glyphs works in font pixels.
    fonts.label_halo = add(bold, cjk_bold, theme.map_label_px * k, 1);
    if (!fonts.body || !fonts.label || !fonts.title || !fonts.heading || !fonts.caption) {
        if (warning) *warning = "cannot read font " + fonts.regular_path + ": using ImGui's built-in font";
        release_shared_font_data(*io.Fonts, {cjk_regular.data(), cjk_bold.data()});
        io.Fonts->Clear();
        fonts = MapFonts{};
        fonts.label = fonts.body = fonts.title = fonts.heading = fonts.caption = io.Fonts->AddFontDefault();
        return fonts;
    }
    fonts.label_halo_px = 1.6f * theme.scale * k;
    io.Fonts->TexGlyphPadding = 2 * int(std::ceil(fonts.label_halo_px)) + 1;
    // As tall as the glyphs need, not the next power of two (OpenGL 3.3 takes any size): a few
    // hundred CJK characters would otherwise double the texture.
    io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    if (io.Fonts->Build())
        dilate_glyphs(*io.Fonts, *fonts.label_halo, fonts.label_halo_px);
    else
        fonts.label_halo = nullptr;
    // The atlas is built: the font files (40 MB for CJK) are not needed until the next build.
    release_shared_font_data(*io.Fonts, {cjk_regular.data(), cjk_bold.data()});
    io.Fonts->ClearInputData();
    return fonts;
}

}  // namespace ui
