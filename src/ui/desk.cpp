#include "ui/desk.h"
#include "ui/draw_helpers.h"
#include "i18n/catalogue.h"

#include <imgui.h>

#include <set>

#include "ui/panels/dock.h"
#include "ui/panels/status_bar.h"
#include "ui/theme.h"

namespace ui {

namespace {

// A tab of a dock's header: a flat button, filled when it is the one shown.
bool tab_button(const char* label, bool active) {
    ImGui::PushStyleColor(ImGuiCol_Button, active ? to_vec4(colours::kAccentSoft) : ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, to_vec4(active ? colours::kAccentSoftHover : colours::kFrameHover));
    ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(active ? colours::kAccent : colours::kInkMuted));
    const bool pressed = ImGui::Button(label);
    ImGui::PopStyleColor(3);
    ImGui::SameLine();
    return pressed;
}

// Icon buttons at the right end of the current line.
std::optional<size_t> right_buttons(std::initializer_list<HeaderButton> buttons) {
    const float side = ImGui::GetFrameHeight(), gap = ImGui::GetStyle().ItemSpacing.x;
    float x = ImGui::GetWindowContentRegionMax().x - float(buttons.size()) * (side + gap) + gap;
    std::optional<size_t> pressed;
    size_t i = 0;
    for (const HeaderButton& b : buttons) {
        ImGui::SameLine(x);
        if (icon_button(b.id, b.icon, b.tooltip)) pressed = i;
        x += side + gap;
        ++i;
    }
    return pressed;
}

// A collapsed sidebar: its padding shrinks so that the strip stays slim.
bool begin_slim(const char* id, const geo::Box& rect) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(2.0f, ImGui::GetStyle().WindowPadding.y));
    const bool shown = begin_dock(id, rect);
    ImGui::PopStyleVar();
    return shown;
}

void draw_left(const state::AppState& app, DeskWidgets& w, const DeskView& view, const DeskLayout& layout,
               DeskActions& out) {
    const i18n::Language lang = app.language;
    if (layout.left_slim) {
        if (begin_slim("##left", layout.left)) {
            const auto pressed = slim_strip({{"expand", Icon::ChevronRight, i18n::tr("Show the sidebar (Ctrl+B)", lang)},
                                             {"parks", Icon::Parks, i18n::tr("Parks", lang)},
                                             {"layers", Icon::Layers, i18n::tr("Layers", lang)},
                                             {"tour", Icon::Present, i18n::tr("Tour", lang)}});
            if (pressed == 0u) out.left_open = true;
            if (pressed == 1u) out.left_tab = state::SideTab::Parks;
            if (pressed == 2u) out.left_tab = state::SideTab::Layers;
            if (pressed == 3u) out.left_tab = state::SideTab::Tour;
        }
        end_dock();
        return;
    }
    if (begin_dock("##left", layout.left)) {
        const state::SideTab tab = app.desk.left_tab;
        if (tab_button(i18n::tr("Parks", lang), tab == state::SideTab::Parks)) out.left_tab = state::SideTab::Parks;
        if (tab_button(i18n::tr("Layers", lang), tab == state::SideTab::Layers)) out.left_tab = state::SideTab::Layers;
        if (tab_button(i18n::tr("Tour", lang), tab == state::SideTab::Tour)) out.left_tab = state::SideTab::Tour;
        out.tour_tab = last_item_box();
        if (right_buttons({{"collapse", Icon::ChevronLeft, i18n::tr("Fold the sidebar to a strip (Ctrl+B)", lang)}}) == 0u) out.left_open = false;
        ImGui::Separator();
        if (tab == state::SideTab::Parks) out.parks = draw_park_list(app, w.parks);
        else if (tab == state::SideTab::Layers) out.layers = draw_layers_panel(app, w.layers, view.data_notes);
        else out.tour = draw_tour_panel(app, w.tour);
    }
    end_dock();
}

void draw_right(const state::AppState& app, const DeskLayout& layout, const MapFonts& fonts, DeskActions& out) {
    if (layout.right.empty()) return;
    const i18n::Language lang = app.language;
    if (layout.right_slim) {
        if (begin_slim("##right", layout.right)) {
            const auto pressed = slim_strip({{"expand", Icon::ChevronLeft, i18n::tr("Show the details", lang)},
                                             {"close", Icon::Close, i18n::tr("Close the details (Esc)", lang)}});
            if (pressed == 0u) out.right_open = true;
            if (pressed == 1u) out.close_details = true;
        }
        end_dock();
        return;
    }
    if (begin_dock("##right", layout.right)) {
        ImGui::PushFont(fonts.heading);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(i18n::tr("Details", lang));
        ImGui::PopFont();
        const auto pressed = right_buttons({{"collapse", Icon::ChevronRight, i18n::tr("Fold the details to a strip", lang)},
                                            {"close", Icon::Close, i18n::tr("Close the details (Esc)", lang)}});
        if (pressed == 0u) out.right_open = false;
        if (pressed == 1u) out.close_details = true;
        ImGui::Separator();
        out.details = draw_details_panel(app, fonts);
    }
    end_dock();
}

void draw_bottom(const state::AppState& app, DeskWidgets& w, const DeskView& view, const DeskLayout& layout,
                 DeskActions& out) {
    // The table's search field takes the cursor each time the table is opened.
    if (app.desk.bottom != state::BottomTab::Table) w.table.focus_filter = true;
    if (layout.bottom.empty() || !app.desk.bottom) return;
    const i18n::Language lang = app.language;
    if (begin_dock("##bottom", layout.bottom)) {
        const state::BottomTab tab = *app.desk.bottom;
        const std::string compare = std::string(i18n::tr("Compare", lang)) + " (" + std::to_string(app.compare.size()) + ")";
        if (tab_button(i18n::tr("Parks: land availability", lang), tab == state::BottomTab::Table)) out.bottom_tab = state::BottomTab::Table;
        if (tab_button(compare.c_str(), tab == state::BottomTab::Compare)) out.bottom_tab = state::BottomTab::Compare;
        if (tab_button(i18n::tr("Decree 35 gauge", lang), tab == state::BottomTab::Gauge)) out.bottom_tab = state::BottomTab::Gauge;
        if (tab_button(i18n::tr("Site finder", lang), tab == state::BottomTab::Finder)) out.bottom_tab = state::BottomTab::Finder;
        if (right_buttons({{"close", Icon::Close, i18n::tr("Close this view", lang)}}) == 0u) out.close_bottom = true;
        ImGui::Separator();
        switch (tab) {
            case state::BottomTab::Table: {
                static const std::vector<TableRow> kNoRows;
                std::set<std::string> picked(app.compare.ids().begin(), app.compare.ids().end());
                out.table = draw_attribute_table(view.table_rows ? *view.table_rows : kNoRows, w.table, picked,
                                                 app.selected_park(), app.figures.asof, lang);
                break;
            }
            case state::BottomTab::Compare: out.compare = draw_compare_panel(app.figures, app.compare, lang); break;
            case state::BottomTab::Gauge: out.gauge = draw_gauge_panel(app.figures, app.what_if, lang); break;
            case state::BottomTab::Finder: {
                static const analysis::SiteFinderResult kNone;
                const auto sel = app.selected_park();
                const std::string selected = sel && *sel < app.figures.parks.size() ? app.figures.parks[*sel].id : "";
                out.finder = draw_site_finder_panel(w.finder, view.finder ? *view.finder : kNone, app.compare, selected, lang);
                break;
            }
        }
    }
    end_dock();
}

}  // namespace

DeskActions draw_desk(const state::AppState& app, DeskWidgets& widgets, const DeskView& view, const DeskLayout& layout,
                      const MapFonts& fonts) {
    DeskActions out;
    // The bars: the toolbar is a shade darker than the panels, like a frame round the map.
    ImGui::PushStyleColor(ImGuiCol_WindowBg, to_vec4(colours::kPanelAlt));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ImGui::GetStyle().WindowPadding.x,
                                                            (float(layout.top_bar.height()) - ImGui::GetFrameHeight()) * 0.5f));
    if (begin_dock("##topbar", layout.top_bar)) {
        ExportMenuContext exports = view.exports;
        exports.widgets = &widgets.exports;
        out.top = draw_top_bar(app, fonts, exports);
    }
    end_dock();
    ImGui::PopStyleVar();
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ImGui::GetStyle().WindowPadding.x,
                                                            (float(layout.status.height()) - ImGui::GetFrameHeight()) * 0.5f));
    if (begin_dock("##status", layout.status)) draw_status_bar(view.position, app.message.in(app.language));
    end_dock();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();

    draw_left(app, widgets, view, layout, out);
    draw_right(app, layout, fonts, out);
    draw_bottom(app, widgets, view, layout, out);
    return out;
}

}  // namespace ui
