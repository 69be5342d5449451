#include "ui/panels/tour_panel.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "i18n/catalogue.h"
#include "ui/draw_helpers.h"
#include "ui/icons.h"
#include "ui/theme.h"

namespace ui {

namespace {

// The caption's first line, short enough for the list.
std::string list_line(const std::string& caption) {
    std::string line = caption.substr(0, caption.find('\n'));
    if (line.size() > 60) {
        size_t cut = 57;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
        line = line.substr(0, cut) + "…";
    }
    return line;
}

std::string missing_text(const tour::Slide& s, i18n::Language lang) {
    std::string codes;
    for (const i18n::Language l : state::missing_captions(s)) codes += (codes.empty() ? "" : " ") + std::string(i18n::code(l));
    return codes.empty() ? std::string() : i18n::trf(i18n::N_("no caption in: {0}"), lang, {codes});
}

}  // namespace

TourAction draw_tour_panel(const state::AppState& app, TourTabState& w) {
    TourAction out;
    const i18n::Language lang = app.language;
    const tour::Tour& tour = app.tour;
    const float wide = ImGui::GetContentRegionAvail().x;

    if (icon_text_button("present", Icon::Present, i18n::tr("Present (F5)", lang)) && !tour.slides.empty())
        out.present_from = 0;
    ImGui::SameLine();
    if (ImGui::Button(app.tour_unsaved ? i18n::tr("Save*", lang) : i18n::tr("Save", lang))) out.save = true;
    out.save_button = last_item_box();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", app.tour_save_path.c_str());

    // The language the texts below are written in.
    ImGui::TextUnformatted(i18n::tr("Texts in:", lang));
    for (const i18n::Language l : i18n::kLanguages) {
        ImGui::SameLine();
        const bool on = w.edit_language == l;
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, to_vec4(colours::kAccentSoft));
        if (ImGui::SmallButton(i18n::code(l))) out.edit_language = l;
        if (on) ImGui::PopStyleColor();
    }
    const i18n::Language el = out.edit_language.value_or(w.edit_language);

    if (w.loaded_version != app.tour_version || w.loaded_slide != w.selected || w.loaded_language != el) {
        w.title = tour.title.raw(el);
        w.caption = w.selected < tour.slides.size() ? tour.slides[w.selected].caption.raw(el) : "";
        w.notes = w.selected < tour.slides.size() ? tour.slides[w.selected].notes.raw(el) : "";
        w.loaded_version = app.tour_version;
        w.loaded_slide = w.selected;
        w.loaded_language = el;
    }
    ImGui::SetNextItemWidth(wide);
    if (ImGui::InputTextWithHint("##title", i18n::tr("Title of the tour", lang), &w.title)) out.title = w.title;

    // The slides.
    const float list_h = std::min(ImGui::GetContentRegionAvail().y * 0.4f, ImGui::GetTextLineHeightWithSpacing() * 9.0f);
    if (ImGui::BeginChild("##slides", ImVec2(wide, list_h), true)) {
        if (tour.slides.empty()) ImGui::TextWrapped("%s", i18n::tr("No slides yet: show a place on the map and add it.", lang));
        for (size_t i = 0; i < tour.slides.size(); ++i) {
            const tour::Slide& s = tour.slides[i];
            const std::string label = std::to_string(i + 1) + ". " + list_line(s.caption.in(el)) + "##slide" + std::to_string(i);
            if (ImGui::Selectable(label.c_str(), i == w.selected)) out.select = i;
            if (ImGui::IsItemHovered()) {
                const std::string missing = missing_text(s, lang);
                if (!missing.empty()) ImGui::SetTooltip("%s", missing.c_str());
            }
        }
    }
    ImGui::EndChild();

    if (icon_text_button("add", Icon::Plus, i18n::tr("Add this view", lang))) out.add_from_view = true;
    out.add_button = last_item_box();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::tr("A new slide after the selected one: the map as it is now, its layers, date and selected feature", lang));
    if (w.selected >= tour.slides.size()) return out;
    ImGui::SameLine();
    if (icon_button("update", Icon::Target, i18n::tr("Use this view for the selected slide", lang))) out.update_view = true;
    ImGui::SameLine();
    if (icon_button("up", Icon::ArrowUp, i18n::tr("Move the slide earlier", lang), false, w.selected > 0)) out.move = -1;
    ImGui::SameLine();
    if (icon_button("down", Icon::ArrowDown, i18n::tr("Move the slide later", lang), false, w.selected + 1 < tour.slides.size()))
        out.move = +1;
    ImGui::SameLine();
    if (icon_button("delete", Icon::Trash, i18n::tr("Delete the slide", lang))) out.remove = true;

    // The selected slide's texts, in the language chosen above.
    const tour::Slide& s = tour.slides[w.selected];
    ImGui::TextUnformatted(i18n::trf(i18n::N_("Caption ({0})"), lang, {i18n::native_name(el)}).c_str());
    const float line = ImGui::GetTextLineHeight();
    if (ImGui::InputTextMultiline("##caption", &w.caption, ImVec2(wide, line * 3.4f))) out.caption = w.caption;
    if (el == i18n::Language::En && w.caption.empty())
        ImGui::TextColored(to_vec4(colours::kWarning), "%s", i18n::tr("Every slide needs an English caption: it is kept.", lang));
    else if (!s.caption.has(el))
        ImGui::TextColored(to_vec4(colours::kInkMuted), "%s", i18n::tr("None yet: the room reads the English caption.", lang));
    ImGui::TextUnformatted(i18n::trf(i18n::N_("Speaker notes ({0})"), lang, {i18n::native_name(el)}).c_str());
    if (ImGui::InputTextMultiline("##notes", &w.notes, ImVec2(wide, line * 5.4f))) out.notes = w.notes;
    if (icon_text_button("present_here", Icon::Present, i18n::tr("Present from this slide", lang))) out.present_from = w.selected;
    return out;
}

}  // namespace ui
