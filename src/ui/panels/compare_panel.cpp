#include "ui/panels/compare_panel.h"
#include "i18n/catalogue.h"

#include <imgui.h>

#include <algorithm>

#include "ui/icons.h"
#include "ui/panels/dock.h"
#include "ui/panels/feature_text.h"
#include "ui/theme.h"
#include "ui/panels/availability_text.h"

namespace ui {

CompareAction draw_compare_panel(const state::ParkFigures& f, const state::CompareSet& compare, i18n::Language lang) {
    CompareAction action;
    std::vector<size_t> parks;
    for (const auto& id : compare.ids())
        if (auto i = f.index_of(id)) parks.push_back(*i);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(availability_heading(f, lang).c_str());
    if (!parks.empty()) {
        ImGui::SameLine();
        if (ImGui::Button(i18n::tr("Clear", lang))) action.clear = true;
    }
    if (parks.size() < 2) note_text(i18n::tr("Tick up to 4 parks in the table (Cmp column) or press \"Add to compare\" in the details panel.", lang));
    if (!parks.empty() && ImGui::BeginTable("cmp", int(parks.size()) + 1,
                                            ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInner | ImGuiTableFlags_ScrollY |
                                                ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableSetupScrollFreeze(1, 1);
        ImGui::TableSetupColumn("##what", ImGuiTableColumnFlags_WidthStretch, 1.2f);
        for (size_t i : parks) {
            const auto& p = f.parks[i];
            ImGui::TableSetupColumn((lang == i18n::Language::Vi && !p.name_vi.empty() ? p.name_vi : p.name).c_str(),
                                    ImGuiTableColumnFlags_WidthStretch, 1.0f);
        }
        ImGui::TableHeadersRow();
        std::vector<std::vector<DetailRow>> cols;
        for (size_t i : parks) {
            cols.push_back(availability_rows(f, i, lang));
            const auto more = investor_rows(f, i, lang);
            cols.back().insert(cols.back().end(), more.begin(), more.end());
        }
        // Status first, then the rows every park has in the same order.
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextColored(to_vec4(colours::kInkMuted), "%s", i18n::tr("Status", lang));
        for (size_t k = 0; k < parks.size(); ++k) {
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(status_words(f.parks[parks[k]].status, lang));
            ImGui::SameLine();
            ImGui::PushID(int(k));
            if (icon_button("remove", Icon::Close, i18n::tr("Remove from compare", lang))) action.remove = f.parks[parks[k]].id;
            ImGui::PopID();
        }
        for (size_t r = 0; r < cols.front().size(); ++r) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextColored(to_vec4(colours::kInkMuted), "%s", cols.front()[r].label.c_str());
            ImGui::PopTextWrapPos();
            for (const auto& col : cols) {
                ImGui::TableNextColumn();
                const DetailRow& row = col[r];
                ImGui::PushTextWrapPos(0.0f);
                if (row.value == i18n::tr("unknown", lang))
                    ImGui::TextDisabled("%s", row.value.c_str());
                else
                    ImGui::TextUnformatted(row.value.c_str());
                if (!row.note.empty()) {
                    ImGui::TextDisabled("%s", row.note.c_str());
                    if (!row.source_detail.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", row.source_detail.c_str());
                }
                ImGui::PopTextWrapPos();
            }
        }
        ImGui::EndTable();
    }
    return action;
}

}  // namespace ui
