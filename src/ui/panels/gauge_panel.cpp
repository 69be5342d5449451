#include "ui/panels/gauge_panel.h"
#include "i18n/catalogue.h"
#include "i18n/number_format.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "ui/icons.h"
#include "ui/panels/dock.h"
#include "ui/draw_helpers.h"
#include "ui/theme.h"
#include "ui/panels/feature_text.h"

namespace ui {

namespace {

using i18n::N_;

// The language the panel is drawn in, for pct (set by draw_gauge_panel and gauge_headline).
thread_local i18n::Language t_lang = i18n::Language::En;

std::string pct(double v) { return i18n::format_number(v, 2, t_lang) + "%"; }

std::string reported_text(const std::optional<analysis::ReportedCityFigure>& r, const char* what, i18n::Language lang) {
    if (!r) return i18n::trf(N_("{0}: {1}"), lang, {i18n::tr(what, lang), i18n::tr("unknown", lang)});
    return i18n::trf(N_("{0}: {1} ({2})"), lang, {i18n::tr(what, lang), pct(r->occ_pct), r->when(lang)});
}

// The bar: 0–100%, the reported figure filled (gauge_bar), the computed average as a marker, the
// 60% line, the land-handed-over figure as a tick when all land fills the bar.
void draw_bar(const analysis::Decree35Gauge& g, i18n::Language lang) {
    const GaugeBar bar = gauge_bar(g, lang);
    ImDrawList& dl = *ImGui::GetWindowDrawList();
    const float w = ImGui::GetContentRegionAvail().x, h = ImGui::GetFrameHeight() * 1.2f;
    const float r = ImGui::GetStyle().FrameRounding;
    const ImVec2 p0 = ImGui::GetCursorScreenPos(), p1(p0.x + w, p0.y + h);
    auto x_of = [&](double v) { return p0.x + float(std::clamp(v, 0.0, 100.0) / 100.0) * w; };
    dl.AddRectFilled(p0, p1, to_imgui(colours::kFrame), r);
    const ImVec2 text = ImGui::CalcTextSize(bar.fill_label.c_str());
    const float text_y = p0.y + (h - text.y) * 0.5f;
    float fill_end = p0.x;
    if (bar.fill_pct) {
        fill_end = x_of(*bar.fill_pct);
        const auto colour = bar.meets ? colours::kAccent : colours::kBelowFill;
        dl.AddRectFilled(p0, ImVec2(fill_end, p1.y), to_imgui(colour), r);
        // A computed, partial fill is hatched: it is not the figure the authorities count.
        if (!bar.fill_is_reported)
            for (float x = p0.x - h; x < fill_end; x += 8.0f)
                dl.AddLine(ImVec2(std::max(x, p0.x), p1.y - std::max(0.0f, p0.x - x)),
                           ImVec2(std::min(x + h, fill_end), p0.y + std::max(0.0f, x + h - fill_end)),
                           to_imgui(colours::kOnAccent), 1.0f);
    }
    // White on the fill when it holds the words, else ink beside it.
    if (fill_end - p0.x > text.x + 16)
        dl.AddText(ImVec2(p0.x + 8, text_y), to_imgui(colours::kOnAccent), bar.fill_label.c_str());
    else
        dl.AddText(ImVec2(fill_end + 8, text_y), to_imgui(colours::kInk), bar.fill_label.c_str());
    const float t = x_of(g.threshold_pct);
    dl.AddLine(ImVec2(t, p0.y - 4), ImVec2(t, p1.y + 4), to_imgui(colours::kBelow), 3.0f);
    dl.AddText(ImVec2(t + 5, p1.y + 2), to_imgui(colours::kBelow), "60%");
    if (bar.fill_is_reported && g.reported_all_land && g.reported_handed_over) {
        const float x = x_of(g.reported_handed_over->occ_pct);
        dl.AddTriangleFilled(ImVec2(x - 6, p1.y + 9), ImVec2(x + 6, p1.y + 9), ImVec2(x, p1.y + 1), to_imgui(colours::kNavy));
    }
    float below = p1.y + ImGui::GetFontSize() + 6;
    if (bar.marker_pct) {
        // The computed average: an outlined diamond on the bar's lower edge, its words beneath.
        const float x = x_of(*bar.marker_pct), y = p1.y;
        dl.AddQuadFilled(ImVec2(x, y - 7), ImVec2(x + 7, y), ImVec2(x, y + 7), ImVec2(x - 7, y), to_imgui(colours::kPanel));
        dl.AddQuad(ImVec2(x, y - 7), ImVec2(x + 7, y), ImVec2(x, y + 7), ImVec2(x - 7, y), to_imgui(colours::kInk), 2.0f);
        const float tw = ImGui::CalcTextSize(bar.marker_label.c_str()).x;
        dl.AddText(ImVec2(std::clamp(x - tw * 0.5f, p0.x, p1.x - tw), below), to_imgui(colours::kInkMuted), bar.marker_label.c_str());
        below += ImGui::GetFontSize() + 4;
    }
    ImGui::Dummy(ImVec2(w, below - p0.y));
}

std::string names(const analysis::Decree35Gauge& g, const std::vector<std::string>& ids, const state::ParkFigures& f,
                  i18n::Language lang) {
    if (ids.empty()) return i18n::tr("none", lang);
    std::string s;
    for (const auto& id : ids)
        for (const auto& p : g.included)
            if (p.id == id) {
                const auto i = f.index_of(id);
                const std::string name = i && lang == i18n::Language::Vi ? f.parks[*i].name_vi : p.name;
                s += (s.empty() ? "" : ", ") + name + " " + pct(p.occ_pct) +
                     (p.overridden ? " (" + std::string(i18n::tr("what-if", lang)) + ")" : "");
            }
    return s;
}

}  // namespace

analysis::Decree35Gauge panel_gauge(const state::ParkFigures& f, const state::WhatIfState& w) {
    return analysis::compute_gauge(f.parks, f.metrics, f.asof, w.to_what_if());
}

GaugeBar gauge_bar(const analysis::Decree35Gauge& g, i18n::Language lang) {
    t_lang = lang;
    GaugeBar bar;
    const auto& official = g.reported_all_land ? g.reported_all_land : g.reported_handed_over;
    const size_t n = g.included.size(), all = g.included.size() + g.excluded.size();
    if (official) {
        bar.fill_pct = official->occ_pct;
        bar.fill_is_reported = true;
        bar.fill_label = i18n::trf(N_("reported by the city {0} ({1})"), lang, {pct(official->occ_pct), official->when(lang)});
        if (g.average_pct) {
            bar.marker_pct = g.average_pct;
            bar.marker_label = i18n::trf(N_("computed {0} ({1} of {2} parks)"), lang,
                                         {pct(*g.average_pct), std::to_string(n), std::to_string(all)});
        }
    } else if (g.average_pct) {
        bar.fill_pct = g.average_pct;
        bar.fill_label = i18n::trf(N_("computed average {0} ({1} of {2} parks, partial)"), lang,
                                   {pct(*g.average_pct), std::to_string(n), std::to_string(all)});
    } else {
        bar.fill_label = std::string(i18n::tr("computed average", lang)) + ": " + i18n::tr("unknown", lang);
    }
    bar.meets = bar.fill_pct && *bar.fill_pct >= g.threshold_pct;
    return bar;
}

std::string gauge_headline(const analysis::Decree35Gauge& g, i18n::Language lang) {
    t_lang = lang;
    const size_t n = g.included.size(), all = g.included.size() + g.excluded.size();
    // The city's own figure first: it is what the authorities count. The average computed here
    // from the park figures follows, said to be partial when it is.
    std::string s;
    if (g.reported_all_land || g.reported_handed_over) {
        std::string reported;
        if (g.reported_all_land)
            reported = i18n::trf(N_("{0} (all land, {1})"), lang, {pct(g.reported_all_land->occ_pct), g.reported_all_land->when(lang)});
        if (g.reported_handed_over)
            reported += std::string(g.reported_all_land ? "; " : "") +
                        i18n::trf(N_("{0} (land handed over, {1})"), lang,
                                  {pct(g.reported_handed_over->occ_pct), g.reported_handed_over->when(lang)});
        const double official = g.reported_all_land ? g.reported_all_land->occ_pct : g.reported_handed_over->occ_pct;
        s = i18n::trf(official >= g.threshold_pct ? N_("The city reported: {0}: meets 60%.")
                                                  : N_("The city reported: {0}: below 60%."),
                      lang, {reported}) +
            " ";
    }
    if (!g.average_pct) {
        s += i18n::trf(N_("Computed average: unknown (no established park has both an occupancy and an area as of {0})."),
                       lang, {state::format_date(g.asof, lang)});
    } else {
        s += i18n::trf(*g.meets_threshold ? N_("Computed average {0} of {1} of {2} established parks MEETS the 60% line.")
                                          : N_("Computed average {0} of {1} of {2} established parks is BELOW the 60% line."),
                       lang, {pct(*g.average_pct), std::to_string(n), std::to_string(all)});
        if (n < all) s += std::string(" ") + i18n::tr("Partial: parks without figures are left out, so it is not the official average.", lang);
    }
    return s;
}

namespace {

// The verdict: the rule, the bar, the headline, the reported figures, who pulls the average down.
void draw_summary(const analysis::Decree35Gauge& g, const state::ParkFigures& f, const state::WhatIfState& what_if,
                  i18n::Language lang) {
    ImGui::PushTextWrapPos(0.0f);
    note_text(i18n::tr("Art. 9(6): a new park's infrastructure project may be filed only while the established parks average at least 60% occupancy.", lang));
    draw_bar(g, lang);
    ImGui::TextColored(to_vec4(colours::kInk), "%s", gauge_headline(g, lang).c_str());
    if (!what_if.empty())
        ImGui::TextColored(to_vec4(colours::kWhatIf), "%s", i18n::tr("What-if values are set: the average above is not the sourced one.", lang));
    for (const auto& [r, what] : {std::pair{&g.reported_all_land, i18n::N_("reported by the city, all land")},
                                  std::pair{&g.reported_handed_over, i18n::N_("reported by the city, land handed over")}}) {
        ImGui::BulletText("%s", reported_text(*r, what, lang).c_str());
        if (*r)
            ImGui::TextDisabled("   %s: %s", i18n::tr("source", lang),
                                data::cite((*r)->source, f.sources, lang).c_str());
    }
    ImGui::TextColored(to_vec4(colours::kAccent), "%s", i18n::tr("Pulling the average down", lang));
    ImGui::BulletText("%s: %s", i18n::tr("below the computed average", lang), names(g, g.below_average, f, lang).c_str());
    ImGui::BulletText("%s: %s", i18n::tr("below 60%", lang), names(g, g.below_threshold, f, lang).c_str());
    ImGui::PopTextWrapPos();
}

// The what-if: per established park, counted or not and its occupancy, and the reset.
void draw_what_if(const analysis::Decree35Gauge& g, const state::ParkFigures& f, const state::WhatIfState& what_if,
                  i18n::Language lang, GaugeAction& action) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(to_vec4(colours::kAccent), "%s", i18n::tr("What-if (per established park)", lang));
    ImGui::SameLine();
    ImGui::BeginDisabled(what_if.empty());
    if (ImGui::Button(i18n::tr("Reset what-if", lang))) action.reset = true;
    ImGui::EndDisabled();
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("whatif", 4, flags)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(i18n::tr("count", lang), ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn(i18n::tr("Park", lang), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn(i18n::tr("Occupancy %", lang), ImGuiTableColumnFlags_WidthStretch, 1.8f);
        ImGui::TableSetupColumn(i18n::tr("weight ha / why left out", lang), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableHeadersRow();
        for (const auto& p : f.parks) {
            if (!p.established) continue;
            ImGui::PushID(p.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            bool counted = !what_if.exclude.count(p.id);
            if (ImGui::Checkbox("##count", &counted)) action.set_counted = {p.id, counted};
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::tr("Untick to leave this park out", lang));
            ImGui::TableNextColumn();
            const analysis::GaugePark* in = nullptr;
            for (const auto& q : g.included)
                if (q.id == p.id) in = &q;
            const bool low = in && in->occ_pct < g.threshold_pct;
            const std::string name = lang == i18n::Language::Vi && !p.name_vi.empty() ? p.name_vi : p.name;
            if (low) ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(colours::kBelow));
            if (ImGui::Selectable(name.c_str(), false)) action.select_park = p.id;
            if (low) ImGui::PopStyleColor();
            ImGui::TableNextColumn();
            const auto over = what_if.occupancy.find(p.id);
            const bool overridden = over != what_if.occupancy.end();
            float v = float(overridden ? over->second : p.occ_pct.value.value_or(0.0));
            std::string fmt = overridden ? "%.1f%% (" + std::string(i18n::tr("what-if", lang)) + ")"
                                         : p.occ_pct.known() ? "%.1f%% · " + p.occ_pct.asof : std::string(i18n::tr("unknown", lang));
            if (overridden) ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(colours::kWhatIf));
            const float side = ImGui::GetFrameHeight();
            ImGui::SetNextItemWidth(overridden ? -(side + ImGui::GetStyle().ItemSpacing.x) : -1.0f);
            if (ImGui::DragFloat("##occ", &v, 0.2f, 0.0f, 100.0f, fmt.c_str(), ImGuiSliderFlags_AlwaysClamp))
                action.set_occupancy = {p.id, double(v)};
            if (overridden) ImGui::PopStyleColor();
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s%s%s", i18n::tr("Drag to change, or double-click to type a value", lang), p.occ_pct.known() ? "\n" : "",
                                  p.occ_pct.known() ? (std::string(i18n::tr("source", lang)) + ": " +
                                                       data::cite(p.occ_pct.source, f.sources, lang))
                                                          .c_str()
                                                    : "");
            if (overridden) {
                ImGui::SameLine();
                if (icon_button("undo", Icon::Close, i18n::tr("Back to the sourced figure", lang))) action.clear_occupancy = p.id;
            }
            ImGui::TableNextColumn();
            if (in) {
                ImGui::TextUnformatted(i18n::trf(N_("{0} ha ({1})"), lang,
                                                 {i18n::format_number(in->weight_ha, 0, lang), i18n::tr(in->basis.c_str(), lang)})
                                           .c_str());
            } else {
                for (const auto& e : g.excluded)
                    if (e.id == p.id) ImGui::TextDisabled("%s", e.reason.in(lang).c_str());
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
}

}  // namespace

GaugeAction draw_gauge_panel(const state::ParkFigures& f, const state::WhatIfState& what_if, i18n::Language lang) {
    t_lang = lang;
    GaugeAction action;
    const analysis::Decree35Gauge g = panel_gauge(f, what_if);
    // Side by side where the dock is wide (the verdict beside the what-if), else one under the other.
    const float width = ImGui::GetContentRegionAvail().x;
    if (width > ImGui::GetFontSize() * 45.0f) {
        if (ImGui::BeginChild("summary", ImVec2(width * 0.46f, 0.0f))) draw_summary(g, f, what_if, lang);
        ImGui::EndChild();
        ImGui::SameLine();
        if (ImGui::BeginChild("whatif", ImVec2(0.0f, 0.0f))) draw_what_if(g, f, what_if, lang, action);
        ImGui::EndChild();
    } else {
        draw_summary(g, f, what_if, lang);
        ImGui::Separator();
        draw_what_if(g, f, what_if, lang, action);
    }
    return action;
}

}  // namespace ui
