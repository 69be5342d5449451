#include "ui/panels/attribute_table.h"
#include "i18n/catalogue.h"
#include "i18n/number_format.h"

#include <imgui.h>

#include <algorithm>

#include "state/park_figures.h"
#include "ui/panels/dock.h"
#include "ui/panels/feature_text.h"

namespace ui {

namespace {

constexpr const char* kStatusValues[] = {"", "operating", "building", "planned"};

std::string cell(std::optional<double> v, int decimals, i18n::Language lang) {
    return v ? i18n::format_number(*v, decimals) : i18n::tr("unknown", lang);
}

void text_or_unknown(const std::string& s, i18n::Language lang) {
    if (s == i18n::tr("unknown", lang) || s.empty())
        ImGui::TextDisabled("%s", i18n::tr("unknown", lang));
    else
        ImGui::TextUnformatted(s.c_str());
}

}  // namespace

TableFilter AttributeTableState::filter() const {
    TableFilter f;
    f.text = text;
    if (status > 0 && status < 4) f.statuses = {kStatusValues[status]};
    f.min_free_ha = min_free_ha;
    f.sector = sector;
    return f;
}

AttributeTableAction draw_attribute_table(const std::vector<TableRow>& rows, AttributeTableState& state,
                                          const std::set<std::string>& compare_ids, std::optional<size_t> selected,
                                          const analysis::Date& asof, i18n::Language lang) {
    AttributeTableAction action;
    const float unit = ImGui::GetFontSize();
    // Filters on one line.
    if (state.focus_filter) {
        ImGui::SetKeyboardFocusHere();
        state.focus_filter = false;
    }
    ImGui::SetNextItemWidth(unit * 11);
    const bool enter = ImGui::InputTextWithHint("##text", i18n::tr("search: vsip, dinh vu…", lang), state.text, sizeof state.text,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    const char* statuses[] = {i18n::tr("all", lang), i18n::tr("operating", lang), i18n::tr("under construction", lang),
                              i18n::tr("planned", lang)};
    ImGui::SetNextItemWidth(unit * 8);
    ImGui::Combo("##status", &state.status, statuses, 4);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(i18n::tr("min free ha", lang));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(unit * 5.0f);
    if (ImGui::DragFloat("##minfree", &state.min_free_ha, 1.0f, 0.0f, 100000.0f, "%.0f ha", ImGuiSliderFlags_AlwaysClamp))
        state.min_free_ha = std::max(0.0f, state.min_free_ha);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::tr("Drag to change, or double-click to type a value", lang));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(unit * 9);
    ImGui::InputTextWithHint("##sector", i18n::tr("sector / tenant / developer", lang), state.sector, sizeof state.sector);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::tr("Searches the sectors a public source says each park welcomes (where one does), its developer, tenant names and notes, and its investment pins. For met / not met / unknown per criterion, use the Site finder (Ctrl+I).", lang));

    action.shown = filter_and_sort(rows, state.filter(), state.sort);
    if (enter && !action.shown.empty()) action.select = action.shown.front().feature;

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(i18n::trf("{0} / {1} parks shown · as of {2}", lang,
                                     {std::to_string(action.shown.size()), std::to_string(rows.size()), state::format_date(asof, lang)})
                               .c_str());
    ImGui::SameLine();
    if (ImGui::Button(i18n::tr("Export CSV", lang))) action.export_csv = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Ctrl+E");
    ImGui::SameLine();
    ImGui::TextUnformatted(i18n::tr("to file", lang));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputText("##path", state.export_path, sizeof state.export_path);

    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingFixedFit;
    const float note_h = ImGui::GetTextLineHeightWithSpacing() * 2.2f;
    if (ImGui::BeginTable("parks", 11, flags, ImVec2(0.0f, -note_h))) {
        ImGui::TableSetupScrollFreeze(2, 1);
        const auto col = [](const char* label, TableColumn c, ImGuiTableColumnFlags extra = 0) {
            ImGui::TableSetupColumn(label, extra, 0.0f, ImGuiID(c));
        };
        ImGui::TableSetupColumn(i18n::tr("Cmp", lang), ImGuiTableColumnFlags_NoSort, 0.0f, ImGuiID(TableColumn::Count));
        col(i18n::tr("Park", lang), TableColumn::Name, ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_WidthFixed);
        col(i18n::tr("Status", lang), TableColumn::Status);
        col(i18n::tr("Area ha", lang), TableColumn::Area);
        col(i18n::tr("Leasable ha", lang), TableColumn::Leasable);
        col(i18n::tr("Occupancy %", lang), TableColumn::Occupancy);
        ImGui::TableSetupColumn(i18n::tr("as of", lang), ImGuiTableColumnFlags_NoSort, 0.0f, ImGuiID(TableColumn::Count) + 1);
        col(i18n::tr("Occupied ha", lang), TableColumn::Occupied);
        col(i18n::tr("Free ha", lang), TableColumn::Free, ImGuiTableColumnFlags_PreferSortDescending);
        col(i18n::tr("To Lạch Huyện km", lang), TableColumn::DistPort);
        col(i18n::tr("Developer / tenants", lang), TableColumn::Developer);
        ImGui::TableHeadersRow();
        if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
            if (specs->SpecsCount > 0 && specs->Specs[0].ColumnUserID < ImGuiID(TableColumn::Count)) {
                state.sort.column = TableColumn(specs->Specs[0].ColumnUserID);
                state.sort.ascending = specs->Specs[0].SortDirection != ImGuiSortDirection_Descending;
                action.shown = filter_and_sort(rows, state.filter(), state.sort);
            }
            specs->SpecsDirty = false;
        }
        const bool scroll = selected && selected != state.scrolled_to;
        for (const TableRow& r : action.shown) {
            ImGui::PushID(r.id.c_str());
            ImGui::TableNextRow();
            // The row's selectable comes first so the checkbox drawn over it still takes its clicks.
            ImGui::TableNextColumn();
            const bool is_sel = selected && *selected == r.feature;
            if (ImGui::Selectable("##row", is_sel, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
                action.select = r.feature;
            if (is_sel && scroll) ImGui::SetScrollHereY(0.5f);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%s", r.name.c_str(), r.sources.c_str());
            ImGui::SameLine(0.0f, 0.0f);
            bool picked = compare_ids.count(r.id) > 0;
            if (ImGui::Checkbox("##cmp", &picked)) action.toggle_compare = r.id;
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(r.label.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(status_words(r.status, lang));
            for (const auto& [v, d] : {std::pair{r.area_ha, 0}, std::pair{r.lease_ha, 0}, std::pair{r.occ_pct, 1}}) {
                ImGui::TableNextColumn();
                text_or_unknown(cell(v, d, lang), lang);
            }
            ImGui::TableNextColumn();
            text_or_unknown(r.occ_asof, lang);
            for (const auto* v : {&r.occupied_ha, &r.free_ha, &r.dist_port_km}) {
                ImGui::TableNextColumn();
                // Occupied and free land are computed from a percentage: whole hectares, "≈".
                text_or_unknown(v == &r.dist_port_km ? cell(*v, 1, lang) : *v ? analysis::approx_hectares(**v, lang) : "", lang);
                if (v != &r.dist_port_km && *v && ImGui::IsItemHovered())
                    ImGui::SetTooltip("%s: %s", i18n::tr("basis", lang), r.basis.c_str());
            }
            ImGui::TableNextColumn();
            const std::string who = r.developer + (r.tenants.empty() ? "" : " · " + r.tenants);
            text_or_unknown(r.developer.empty() && r.tenants.empty() ? "" : who, lang);
            ImGui::PopID();
        }
        state.scrolled_to = selected;
        ImGui::EndTable();
    }
    note_text(i18n::tr("Occupied = occupancy × leasable land (else × total area, stated); free = that area - occupied. Distances are straight-line (geodesic) from the approximate outline.", lang));
    return action;
}

}  // namespace ui
