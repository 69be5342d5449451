#include "ui/presenter_view.h"

#include <imgui.h>

#include <algorithm>

#include "i18n/catalogue.h"
#include "ui/draw_helpers.h"
#include "ui/slide_overlay.h"

namespace ui {

namespace {

// A slide's picture (or, until it is rendered, an empty frame) with its caption under it.
void slide_box(ImDrawList& dl, ImVec2 at, float w, const PresenterViewModel& m, unsigned long long texture,
               const std::string& caption, const MapFonts& fonts, const Theme& theme) {
    const float h = w / m.picture_aspect;
    const ImVec2 end(at.x + w, at.y + h);
    if (texture) dl.AddImage(ImTextureID(static_cast<uintptr_t>(texture)), at, end);
    else dl.AddRectFilled(at, end, to_imgui(colours::kPanelAlt));
    dl.AddRect(at, end, to_imgui(colours::kLine));
    float y = end.y + theme.gap;
    for (const auto& line : wrap_text(fonts.heading, theme.heading_px, caption, w)) {
        dl.AddText(fonts.heading, theme.heading_px, ImVec2(at.x, y), to_imgui(colours::kInk), line.c_str());
        y += theme.heading_px * 1.25f;
    }
}

}  // namespace

PresenterViewBoxes draw_presenter_view(const PresenterViewModel& m, const MapFonts& fonts, const Theme& theme, float width,
                                       float height, i18n::Language lang) {
    PresenterViewBoxes boxes;
    ImDrawList& dl = *ImGui::GetBackgroundDrawList();
    dl.AddRectFilled(ImVec2(0, 0), ImVec2(width, height), to_imgui(colours::kPanel));
    const float pad = theme.pad * 1.5f;
    ImFont* big = fonts.room ? fonts.room : fonts.title;
    const float big_px = fonts.room ? theme.room_px : theme.title_px;

    // The top line: slide number, timer, clock; what the audience sees when it is not the slide.
    dl.AddText(big, big_px, ImVec2(pad, pad), to_imgui(colours::kInk), m.counter.c_str());
    const std::string times = m.timer + "    " + m.clock;
    const float tw = big->CalcTextSizeA(big_px, 1e9f, 0, times.c_str()).x;
    dl.AddText(big, big_px, ImVec2(width - pad - tw, pad), to_imgui(colours::kAccent), times.c_str());
    float top = pad + big_px * 1.4f;
    const std::string info = m.audience.empty() ? m.language : m.audience + "  ·  " + m.language;
    dl.AddText(fonts.heading, theme.heading_px, ImVec2(pad, top), to_imgui(m.audience.empty() ? colours::kInkMuted : colours::kWarning),
               info.c_str());
    top += theme.heading_px * 1.8f;

    // The current slide large on the left with the notes under it; the next one on the right.
    const float left_w = (width - 3 * pad) * 0.58f, right_w = (width - 3 * pad) - left_w;
    const float current_w = std::min(left_w, (height - top) * 0.45f * m.picture_aspect);
    slide_box(dl, ImVec2(pad, top), current_w, m, m.current_texture, m.caption, fonts, theme);
    const float right_x = 2 * pad + left_w;
    dl.AddText(fonts.heading, theme.heading_px, ImVec2(right_x, top - theme.heading_px * 1.4f), to_imgui(colours::kInkMuted),
               i18n::tr("Next", lang));
    if (!m.next_caption.empty()) {
        slide_box(dl, ImVec2(right_x, top), std::min(right_w, current_w * 0.7f), m, m.next_texture, m.next_caption, fonts, theme);
    } else {
        dl.AddText(fonts.heading, theme.heading_px, ImVec2(right_x, top), to_imgui(colours::kInkMuted),
                   i18n::tr("End of the tour", lang));
    }

    // Notes: as large as the space allows, for reading while standing.
    float y = top + current_w / m.picture_aspect + theme.heading_px * 3.0f;
    boxes.notes_top = y;
    dl.AddText(fonts.heading, theme.heading_px, ImVec2(pad, y), to_imgui(colours::kInkMuted), i18n::tr("Speaker notes", lang));
    y += theme.heading_px * 1.5f;
    const std::string notes = m.notes.empty() ? i18n::tr("No notes for this slide.", lang) : m.notes;
    for (const auto& line : wrap_text(fonts.title, theme.title_px, notes, left_w)) {
        if (y + theme.title_px > height - pad * 2) break;
        dl.AddText(fonts.title, theme.title_px, ImVec2(pad, y), to_imgui(colours::kInk), line.c_str());
        y += theme.title_px * 1.3f;
    }
    const std::string keys = i18n::tr("Right/Space next · Left previous · B black · W white · L language · Esc end", lang);
    dl.AddText(fonts.caption, theme.caption_px, ImVec2(pad, height - pad - theme.caption_px), to_imgui(colours::kInkMuted),
               keys.c_str());
    return boxes;
}

}  // namespace ui
