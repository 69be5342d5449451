#include "ui/panels/compare_panel.h"

#include <imgui.h>

#include <algorithm>

#include "ui/panel_cache.h"
#include "ui/panels/availability_text.h"

namespace ui {

bool toggle_compared(std::vector<std::string>& ids, const std::string& id) {
    auto it = std::find(ids.begin(), ids.end(), id);
    if (it != ids.end()) {
        ids.erase(it);
        return true;
    }
    if (ids.size() >= kMaxCompared) return false;
    ids.push_back(id);
    return true;
}

CompareAction draw_compare_panel(const ParkFigures& f, const std::vector<std::string>& ids, i18n::Language lang,
                                 const ImVec2& pos, const ImVec2& size, bool* open, bool place) {
    CompareAction action;
    // `place`: the window app's layout changed (a window opened or closed): put it in its slot.
    ImGui::SetNextWindowPos(pos, place ? ImGuiCond_Always : ImGuiCond_Appearing);
    ImGui::SetNextWindowSize(size, place ? ImGuiCond_Always : ImGuiCond_Appearing);
    const std::string title = std::string(i18n::tr(i18n::Text::CompareTitle, lang)) + " · " + availability_heading(f, lang) + "###compare";
    if (!begin_opaque_panel(title.c_str(), open)) {
        ImGui::End();
        return action;
    }
    std::vector<size_t> parks;
    for (const auto& id : ids)
        if (auto i = f.index_of(id)) parks.push_back(*i);
    if (parks.size() < 2) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", i18n::tr(i18n::Text::CompareHint, lang));
        ImGui::PopTextWrapPos();
    }
    if (!parks.empty() && ImGui::SmallButton(i18n::tr(i18n::Text::Clear, lang))) action.clear = true;
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
        for (size_t i : parks) cols.push_back(availability_rows(f, i, lang));
        // Status first, then the rows every park has in the same order.
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextColored(ImVec4(0.55f, 0.75f, 1.0f, 1.0f), "%s", i18n::tr(i18n::Text::ColStatus, lang));
        for (size_t k = 0; k < parks.size(); ++k) {
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(f.parks[parks[k]].status.c_str());
            ImGui::SameLine();
            ImGui::PushID(int(k));
            if (ImGui::SmallButton("x")) action.remove = f.parks[parks[k]].id;
            ImGui::PopID();
        }
        for (size_t r = 0; r < cols.front().size(); ++r) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextColored(ImVec4(0.55f, 0.75f, 1.0f, 1.0f), "%s", cols.front()[r].label.c_str());
            ImGui::PopTextWrapPos();
            for (const auto& col : cols) {
                ImGui::TableNextColumn();
                const DetailRow& row = col[r];
                ImGui::PushTextWrapPos(0.0f);
                if (row.value == i18n::tr(i18n::Text::Unknown, lang))
                    ImGui::TextDisabled("%s", row.value.c_str());
                else
                    ImGui::TextUnformatted(row.value.c_str());
                if (!row.note.empty()) {
                    ImGui::TextDisabled("%s", row.note.c_str());
                }
                ImGui::PopTextWrapPos();
            }
        }
        ImGui::EndTable();
    }
    ImGui::End();
    return action;
}

}  // namespace ui
