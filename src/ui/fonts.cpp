#include "ui/fonts.h"

#include <imgui.h>

#include <filesystem>

namespace ui {

namespace {

std::string first_existing(std::initializer_list<const char*> paths) {
    std::error_code ec;
    for (const char* p : paths)
        if (std::filesystem::exists(p, ec)) return p;
    return {};
}

}  // namespace

MapFonts load_map_fonts(const std::vector<std::string>& texts, float scale, std::string* warning) {
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
        fonts.label = fonts.body = fonts.title = io.Fonts->AddFontDefault();
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
    fonts.body = io.Fonts->AddFontFromFileTTF(fonts.regular_path.c_str(), 15.0f * scale, &config, ranges.Data);
    fonts.label = io.Fonts->AddFontFromFileTTF(fonts.bold_path.c_str(), 14.0f * scale, &config, ranges.Data);
    fonts.title = io.Fonts->AddFontFromFileTTF(fonts.bold_path.c_str(), 24.0f * scale, &config, ranges.Data);
    if (!fonts.body || !fonts.label || !fonts.title) {
        if (warning) *warning = "cannot read font " + fonts.regular_path + ": using ImGui's built-in font";
        fonts.label = fonts.body = fonts.title = io.Fonts->AddFontDefault();
    }
    return fonts;
}

}  // namespace ui
