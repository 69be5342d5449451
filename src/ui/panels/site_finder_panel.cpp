#include "ui/panels/site_finder_panel.h"

#include <imgui.h>

#include <algorithm>
#include <iterator>

#include "analysis/site_report.h"
#include "data/park_model.h"
#include "i18n/catalogue.h"
#include "i18n/number_format.h"
#include "ui/draw_helpers.h"
#include "ui/panels/dock.h"
#include "ui/theme.h"

namespace ui {

namespace {

using i18n::N_;

constexpr render::Rgba kMet = colours::kAccent;
constexpr render::Rgba kNotMet = colours::kBelow;
constexpr render::Rgba kUnknown = colours::kInkMuted;

// The criteria, one line that wraps: a checkbox switches each on, its field sets it.
void draw_criteria(state::SiteFinderQuery& q, i18n::Language lang) {
    const float unit = ImGui::GetFontSize();
    auto gap = [&] {
        ImGui::SameLine(0.0f, unit * 1.2f);
        if (ImGui::GetContentRegionAvail().x < unit * 14) ImGui::NewLine();
    };
    ImGui::Checkbox(i18n::tr("Free land at least", lang), &q.use_free);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(unit * 5);
    ImGui::BeginDisabled(!q.use_free);
    ImGui::DragFloat("##ha", &q.free_ha, 1.0f, 1.0f, 5000.0f, "%.0f ha", ImGuiSliderFlags_AlwaysClamp);
    ImGui::EndDisabled();

    gap();
    ImGui::Checkbox(i18n::tr("Sector", lang), &q.use_sector);
    ImGui::SameLine();
    std::vector<std::string> sectors;
    for (const auto& s : analysis::kSectorKeys) sectors.push_back(i18n::tr(s.words, lang));
    ImGui::SetNextItemWidth(unit * 10);
    ImGui::BeginDisabled(!q.use_sector);
    if (ImGui::BeginCombo("##sector", sectors[size_t(std::clamp(q.sector, 0, int(sectors.size()) - 1))].c_str())) {
        for (size_t i = 0; i < sectors.size(); ++i)
            if (ImGui::Selectable(sectors[i].c_str(), int(i) == q.sector)) q.sector = int(i);
        ImGui::EndCombo();
    }
    ImGui::EndDisabled();

    gap();
    ImGui::Checkbox(i18n::tr("Ready by", lang), &q.use_ready);
    ImGui::SameLine();
    ImGui::BeginDisabled(!q.use_ready);
    ImGui::SetNextItemWidth(unit * 4);
    ImGui::DragInt("##year", &q.ready_year, 0.1f, 2020, 2040, "%d", ImGuiSliderFlags_AlwaysClamp);
    ImGui::SameLine(0.0f, 2.0f);
    ImGui::SetNextItemWidth(unit * 3);
    ImGui::DragInt("##month", &q.ready_month, 0.1f, 1, 12, "%02d", ImGuiSliderFlags_AlwaysClamp);
    ImGui::EndDisabled();

    gap();
    ImGui::Checkbox(i18n::tr("Within", lang), &q.use_distance);
    ImGui::SameLine();
    ImGui::BeginDisabled(!q.use_distance);
    ImGui::SetNextItemWidth(unit * 4.5f);
    ImGui::DragFloat("##km", &q.max_km, 0.5f, 1.0f, 200.0f, "%.0f km", ImGuiSliderFlags_AlwaysClamp);
    ImGui::SameLine();
    static constexpr const char* kLandmarkWords[] = {N_("of Lạch Huyện port"), N_("of Cát Bi airport"),
                                                     N_("of the city centre"), N_("of Nam Đồ Sơn port (planned)")};
    static_assert(std::size(kLandmarkWords) == state::kFinderLandmarks.size());
    ImGui::SetNextItemWidth(unit * 10);
    const int landmark = std::clamp(q.landmark, 0, int(std::size(kLandmarkWords)) - 1);
    if (ImGui::BeginCombo("##landmark", i18n::tr(kLandmarkWords[landmark], lang))) {
        for (int i = 0; i < int(std::size(kLandmarkWords)); ++i)
            if (ImGui::Selectable(i18n::tr(kLandmarkWords[i], lang), i == landmark)) q.landmark = i;
        ImGui::EndCombo();
    }
    ImGui::EndDisabled();
}

geo::Box item_box() {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    return {{a.x, a.y}, {b.x, b.y}};
}

// A criterion's cell: the verdict in its colour, then the figure; basis and source on hover.
void draw_verdict_cell(const analysis::CriterionResult& r, i18n::Language lang) {
    const render::Rgba colour = r.verdict == analysis::Verdict::Met      ? kMet
                                : r.verdict == analysis::Verdict::NotMet ? kNotMet
                                                                         : kUnknown;
    const char* mark = r.verdict == analysis::Verdict::Met ? "✓" : r.verdict == analysis::Verdict::NotMet ? "✗" : "?";
    ImGui::BeginGroup();
    ImGui::TextColored(to_vec4(colour), "%s %s", mark, analysis::verdict_words(r.verdict, lang));
    ImGui::SameLine();
    ImGui::TextUnformatted(r.figure.c_str());
    ImGui::EndGroup();
    if (ImGui::IsItemHovered()) {
        std::string tip = r.figure;
        if (!r.basis.empty()) tip += "\n" + r.basis;
        if (!r.asof.empty()) tip += "\n" + i18n::trf(N_("as of {0}"), lang, {r.asof});
        tip += "\n" + std::string(r.verdict == analysis::Verdict::Unknown ? i18n::tr("looked for in", lang) : i18n::tr("source", lang)) +
               ": " + r.source;
        ImGui::SetTooltip("%s", tip.c_str());
    }
}

}  // namespace

SiteFinderAction draw_site_finder_panel(state::SiteFinderQuery& query, const analysis::SiteFinderResult& result,
                                        const state::CompareSet& compare, const std::string& selected_park,
                                        i18n::Language lang) {
    SiteFinderAction action;
    draw_criteria(query, lang);

    int counts[3] = {0, 0, 0};
    for (const auto& c : result.candidates) ++counts[int(c.group)];
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(i18n::trf(N_("{0} fit · {1} to ask the developer · {2} do not fit · as of {3}"), lang,
                                     {std::to_string(counts[0]), std::to_string(counts[1]), std::to_string(counts[2]),
                                      i18n::format_month(result.query.asof.year, result.query.asof.month, result.query.asof.day, lang)})
                               .c_str());
    ImGui::SameLine();
    ImGui::Checkbox(i18n::tr("Show on the map", lang), &query.show_on_map);
    ImGui::SameLine();
    ImGui::BeginDisabled(counts[0] == 0);
    if (ImGui::Button(i18n::tr("Compare those that fit", lang)))
        for (const auto& c : result.candidates)
            if (c.group == analysis::FitGroup::Fits && action.compare.size() < state::CompareSet::kMax) action.compare.push_back(c.park_id);
    action.compare_button = item_box();
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(i18n::tr("Export CSV", lang))) action.export_csv = true;
    action.export_button = item_box();
    ImGui::SameLine();
    ImGui::BeginDisabled(counts[0] == 0);
    if (ImGui::Button(i18n::tr("Brochure of those that fit (PDF)", lang)))
        for (const auto& c : result.candidates)
            if (c.group == analysis::FitGroup::Fits) action.brochure.push_back(c.park_id);
    action.brochure_button = item_box();
    ImGui::EndDisabled();

    const size_t ncrit = result.candidates.empty() ? 0 : result.candidates.front().criteria.size();
    if (ncrit == 0) {
        note_text(i18n::tr("Switch on at least one criterion.", lang));
        return action;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_ScrollX | ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingFixedFit;
    const float note_h = ImGui::GetTextLineHeightWithSpacing() * 1.3f * float(result.notes.size());
    if (ImGui::BeginTable("sites", int(ncrit) + 4, flags, ImVec2(0.0f, -note_h))) {
        ImGui::TableSetupScrollFreeze(2, 1);
        ImGui::TableSetupColumn(i18n::tr("Cmp", lang));
        ImGui::TableSetupColumn(i18n::tr("Park", lang));
        ImGui::TableSetupColumn(i18n::tr("Status", lang));
        for (size_t k = 0; k < ncrit; ++k) ImGui::TableSetupColumn(analysis::criterion_title(result.query, k, lang).c_str());
        ImGui::TableSetupColumn(i18n::tr("developer contact", lang));
        ImGui::TableHeadersRow();
        std::optional<analysis::FitGroup> group;
        for (const auto& c : result.candidates) {
            if (group != c.group) {
                group = c.group;
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(1);
                ImGui::TextColored(to_vec4(colours::kAccent), "%s", analysis::group_words(c.group, lang));
            }
            ImGui::PushID(c.park_id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (ImGui::Selectable("##row", c.park_id == selected_park,
                                  ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
                action.select_park = c.park_id;
            ImGui::SameLine(0.0f, 0.0f);
            bool picked = compare.contains(c.park_id);
            if (ImGui::Checkbox("##cmp", &picked)) action.toggle_compare = c.park_id;
            ImGui::TableNextColumn();
            ImGui::Text("%d. %s", c.rank, c.name.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(data::status_words(c.status, lang));
            for (const auto& r : c.criteria) {
                ImGui::TableNextColumn();
                draw_verdict_cell(r, lang);
            }
            ImGui::TableNextColumn();
            if (!c.contact.empty()) {
                ImGui::TextUnformatted(c.contact.c_str());
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s: %s", i18n::tr("source", lang), c.contact_source.c_str());
            } else {
                ImGui::TextDisabled("%s%s%s", c.developer.c_str(), c.developer.empty() ? "" : "; ",
                                    i18n::tr("contact not found in public sources", lang));
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    for (const auto& n : result.notes) note_text(n.c_str());
    return action;
}

}  // namespace ui
