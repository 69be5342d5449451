#include "ui/panels/gauge_panel.h"

#include <imgui.h>

#include <cstdio>

#include "ui/panel_cache.h"
#include "ui/panels/feature_text.h"

namespace ui {

namespace {

std::string pct(double v) { return format_number(v, 2) + "%"; }

const ImVec4 kWhatIfColour(1.0f, 0.6f, 0.2f, 1.0f);
const ImVec4 kLowColour(1.0f, 0.45f, 0.4f, 1.0f);
const ImVec4 kHeadColour(1.0f, 0.85f, 0.45f, 1.0f);

std::string reported_text(const std::optional<analysis::ReportedCityFigure>& r, i18n::Text what, i18n::Language lang) {
    if (!r) return std::string(i18n::tr(what, lang)) + ": " + i18n::tr(i18n::Text::Unknown, lang);
    return std::string(i18n::tr(what, lang)) + ": " + pct(r->occ_pct) + " (" + r->date + ")";
}

// The bar: 0–100%, the computed average filled, the 60% line, the reported figures as ticks.
void draw_bar(const analysis::Decree35Gauge& g, i18n::Language lang) {
    ImDrawList& dl = *ImGui::GetWindowDrawList();
    const float w = ImGui::GetContentRegionAvail().x, h = ImGui::GetFrameHeight() * 1.2f;
    const ImVec2 p0 = ImGui::GetCursorScreenPos(), p1(p0.x + w, p0.y + h);
    auto x_of = [&](double v) { return p0.x + float(v / 100.0) * w; };
    dl.AddRectFilled(p0, p1, IM_COL32(60, 64, 70, 255), 3.0f);
    if (g.average_pct) {
        const ImU32 fill = *g.average_pct >= g.threshold_pct ? IM_COL32(53, 151, 143, 255) : IM_COL32(230, 97, 1, 255);
        dl.AddRectFilled(p0, ImVec2(x_of(*g.average_pct), p1.y), fill, 3.0f);
    }
    const float t = x_of(g.threshold_pct);
    dl.AddLine(ImVec2(t, p0.y - 4), ImVec2(t, p1.y + 4), IM_COL32(230, 40, 40, 255), 3.0f);
    for (const auto& [r, colour] : {std::pair{g.reported_all_land, IM_COL32(255, 255, 255, 255)},
                                    std::pair{g.reported_handed_over, IM_COL32(180, 200, 255, 255)}}) {
        if (!r) continue;
        const float x = x_of(r->occ_pct);
        dl.AddTriangleFilled(ImVec2(x - 6, p1.y + 8), ImVec2(x + 6, p1.y + 8), ImVec2(x, p1.y), colour);
    }
    const std::string inside = g.average_pct ? std::string(i18n::tr(i18n::Text::ComputedAverage, lang)) + " " + pct(*g.average_pct)
                                             : std::string(i18n::tr(i18n::Text::ComputedAverage, lang)) + ": " + i18n::tr(i18n::Text::Unknown, lang);
    dl.AddText(ImVec2(p0.x + 6, p0.y + (h - ImGui::GetFontSize()) * 0.5f), IM_COL32(255, 255, 255, 255), inside.c_str());
    dl.AddText(ImVec2(t + 4, p1.y + 2), IM_COL32(255, 120, 120, 255), "60%");
    ImGui::Dummy(ImVec2(w, h + ImGui::GetFontSize() + 6));
}

std::string names(const analysis::Decree35Gauge& g, const std::vector<std::string>& ids, const ParkFigures& f,
                  i18n::Language lang) {
    if (ids.empty()) return i18n::tr(i18n::Text::None, lang);
    std::string s;
    for (const auto& id : ids)
        for (const auto& p : g.included)
            if (p.id == id) {
                const auto i = f.index_of(id);
                const std::string name = i && lang == i18n::Language::Vi ? f.parks[*i].name_vi : p.name;
                s += (s.empty() ? "" : ", ") + name + " " + pct(p.occ_pct) + (p.overridden ? " (what-if)" : "");
            }
    return s;
}

}  // namespace

analysis::Decree35Gauge panel_gauge(const ParkFigures& f, const WhatIfState& w) {
    return analysis::compute_gauge(f.parks, f.metrics, f.asof, w.to_what_if());
}

std::string gauge_headline(const analysis::Decree35Gauge& g, i18n::Language lang) {
    const bool vi = lang == i18n::Language::Vi;
    const size_t n = g.included.size(), all = g.included.size() + g.excluded.size();
    std::string s;
    if (!g.average_pct) {
        s = vi ? "Bình quân tính toán: chưa rõ (không KCN đã thành lập nào có đủ tỷ lệ lấp đầy và diện tích tính đến " +
                     g.asof.to_string() + ")."
               : "Computed average: unknown (no established park has both an occupancy and an area as of " +
                     g.asof.to_string() + ").";
    } else if (vi) {
        s = "Bình quân tính toán " + pct(*g.average_pct) + " của " + std::to_string(n) + "/" + std::to_string(all) +
            " KCN đã thành lập " + (*g.meets_threshold ? "ĐẠT" : "KHÔNG ĐẠT") + " ngưỡng 60%.";
        if (n < all) s += " Chỉ là một phần: KCN thiếu số liệu không được tính, nên đây không phải số chính thức.";
    } else {
        s = "Computed average " + pct(*g.average_pct) + " of " + std::to_string(n) + " of " + std::to_string(all) +
            " established parks " + (*g.meets_threshold ? "MEETS" : "is BELOW") + " the 60% line.";
        if (n < all) s += " Partial: parks without figures are left out, so it is not the official average.";
    }
    if (g.reported_all_land || g.reported_handed_over) {
        s += vi ? " Thành phố báo cáo: " : " The city reported: ";
        if (g.reported_all_land)
            s += pct(g.reported_all_land->occ_pct) + (vi ? " (toàn bộ đất, " : " (all land, ") + g.reported_all_land->date + ")";
        if (g.reported_handed_over)
            s += std::string(g.reported_all_land ? "; " : "") + pct(g.reported_handed_over->occ_pct) +
                 (vi ? " (đất đã bàn giao, " : " (land handed over, ") + g.reported_handed_over->date + ")";
        const double official = g.reported_all_land ? g.reported_all_land->occ_pct : g.reported_handed_over->occ_pct;
        s += official >= g.threshold_pct ? (vi ? ": đạt 60%." : ": meets 60%.") : (vi ? ": dưới 60%." : ": below 60%.");
    }
    return s;
}

std::string draw_gauge_panel(const ParkFigures& f, WhatIfState& what_if, i18n::Language lang, const ImVec2& pos,
                             const ImVec2& size, bool* open, bool place) {
    std::string clicked;
    // `place`: the window app's layout changed (a window opened or closed): put it in its slot.
    ImGui::SetNextWindowPos(pos, place ? ImGuiCond_Always : ImGuiCond_Appearing);
    ImGui::SetNextWindowSize(size, place ? ImGuiCond_Always : ImGuiCond_Appearing);
    const std::string title = std::string(i18n::tr(i18n::Text::GaugeTitle, lang)) + " · " + format_date(f.asof, lang == i18n::Language::Vi) + "###gauge";
    if (!begin_opaque_panel(title.c_str(), open)) {
        ImGui::End();
        return clicked;
    }
    const analysis::Decree35Gauge g = panel_gauge(f, what_if);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", i18n::tr(i18n::Text::GaugeRule, lang));
    draw_bar(g, lang);
    ImGui::TextColored(kHeadColour, "%s", gauge_headline(g, lang).c_str());
    if (!what_if.empty()) ImGui::TextColored(kWhatIfColour, "%s", (std::string(i18n::tr(i18n::Text::WhatIfMark, lang)) + ": on").c_str());
    for (const auto& [r, what] : {std::pair{&g.reported_all_land, i18n::Text::ReportedAllLand},
                                  std::pair{&g.reported_handed_over, i18n::Text::ReportedHandedOver}}) {
        ImGui::BulletText("%s", reported_text(*r, what, lang).c_str());
        if (*r) ImGui::TextDisabled("   %s: %s", i18n::tr(i18n::Text::Source, lang), (*r)->source.c_str());
    }
    ImGui::TextColored(kHeadColour, "%s", i18n::tr(i18n::Text::PullDown, lang));
    ImGui::BulletText("%s: %s", i18n::tr(i18n::Text::BelowAverage, lang), names(g, g.below_average, f, lang).c_str());
    ImGui::BulletText("%s: %s", i18n::tr(i18n::Text::Below60, lang), names(g, g.below_threshold, f, lang).c_str());
    ImGui::PopTextWrapPos();

    ImGui::Separator();
    ImGui::TextColored(kHeadColour, "%s", i18n::tr(i18n::Text::WhatIf, lang));
    ImGui::SameLine();
    ImGui::BeginDisabled(what_if.empty());
    if (ImGui::SmallButton(i18n::tr(i18n::Text::ResetWhatIf, lang))) what_if.reset();
    ImGui::EndDisabled();
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("whatif", 4, flags)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(i18n::tr(i18n::Text::CountInGauge, lang), ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn(i18n::tr(i18n::Text::ColName, lang), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn(i18n::tr(i18n::Text::ColOccupancy, lang), ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableSetupColumn(lang == i18n::Language::Vi ? "trọng số ha / lý do" : "weight ha / why left out",
                                ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableHeadersRow();
        for (const auto& p : f.parks) {
            if (!p.established) continue;
            ImGui::PushID(p.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            bool counted = !what_if.exclude.count(p.id);
            if (ImGui::Checkbox("##count", &counted)) what_if.set_counted(p.id, counted);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", lang == i18n::Language::Vi ? "bỏ chọn để không tính KCN này" : "untick to leave this park out");
            ImGui::TableNextColumn();
            const analysis::GaugePark* in = nullptr;
            for (const auto& q : g.included)
                if (q.id == p.id) in = &q;
            const bool low = in && in->occ_pct < g.threshold_pct;
            const std::string name = lang == i18n::Language::Vi && !p.name_vi.empty() ? p.name_vi : p.name;
            if (low) ImGui::PushStyleColor(ImGuiCol_Text, kLowColour);
            if (ImGui::Selectable(name.c_str(), false)) clicked = p.id;
            if (low) ImGui::PopStyleColor();
            ImGui::TableNextColumn();
            const auto over = what_if.occupancy.find(p.id);
            const bool overridden = over != what_if.occupancy.end();
            float v = float(overridden ? over->second : p.occ_pct.value.value_or(0.0));
            std::string fmt = overridden ? "%.1f%% (" + std::string(i18n::tr(i18n::Text::WhatIfMark, lang)) + ")"
                                         : p.occ_pct.known() ? "%.1f%% · " + p.occ_pct.asof : std::string(i18n::tr(i18n::Text::Unknown, lang));
            if (overridden) ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0.55f, 0.3f, 0.05f, 1.0f));
            ImGui::SetNextItemWidth(-1.0f);
            if (ImGui::SliderFloat("##occ", &v, 0.0f, 100.0f, fmt.c_str())) what_if.set_occupancy(p.id, double(v));
            if (overridden) ImGui::PopStyleColor();
            if (ImGui::IsItemHovered() && p.occ_pct.known())
                ImGui::SetTooltip("%s: %s", i18n::tr(i18n::Text::Source, lang), p.occ_pct.source.c_str());
            ImGui::TableNextColumn();
            if (in) {
                ImGui::Text("%s ha (%s)", format_number(in->weight_ha, 0).c_str(), in->basis.c_str());
            } else {
                for (const auto& e : g.excluded)
                    if (e.id == p.id) ImGui::TextDisabled("%s", e.reason.c_str());
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::End();
    return clicked;
}

}  // namespace ui
