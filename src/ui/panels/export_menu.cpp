#include "ui/panels/export_menu.h"

#include <imgui.h>

#include <cstring>

#include "i18n/catalogue.h"
#include "ui/draw_helpers.h"

namespace ui {

namespace {

void set_path(ExportMenuState& w, const std::string& path) {
    std::strncpy(w.path, path.c_str(), sizeof w.path - 1);
    w.path[sizeof w.path - 1] = '\0';
}

}  // namespace

ExportMenuAction draw_export_menu(const state::AppState& app, ExportMenuState& w, const std::string& park_title,
                                  const std::string& park_id, bool busy, const std::string& folder) {
    ExportMenuAction action;
    const i18n::Language lang = app.language;
    const std::string button = std::string(i18n::tr("Export", lang)) + "###export";
    if (ImGui::Button(button.c_str())) {
        if (!w.path[0] || w.kind == state::ExportKind::Brochure)
            set_path(w, state::default_export_path(folder, w.kind, park_id));
        ImGui::OpenPopup("##export");
    }
    action.button = last_item_box();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::tr("Save the view as a picture or a PDF, or a park's brochure", lang));
    if (!ImGui::BeginPopup("##export")) return action;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
    for (const state::ExportKind k : state::kExportKinds) {
        const bool brochure = k == state::ExportKind::Brochure;
        ImGui::BeginDisabled(brochure && park_id.empty());
        const std::string label = brochure && !park_title.empty()
                                      ? i18n::trf(i18n::N_("Brochure of {0} (PDF)"), lang, {park_title})
                                      : std::string(i18n::tr(state::export_label(k), lang));
        if (ImGui::RadioButton(label.c_str(), w.kind == k)) {
            // A name the user typed keeps, with the kind's extension; an offered one follows the kind.
            const bool offered = !w.path[0] || w.path == state::default_export_path(folder, w.kind, park_id);
            set_path(w, brochure || offered ? state::default_export_path(folder, k, park_id)
                                            : state::with_export_extension(w.path, k));
            w.kind = k;
        }
        ImGui::EndDisabled();
        action.kinds.push_back(last_item_box());
        if (brochure && park_id.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("%s", i18n::tr("Select a park on the map first", lang));
    }
    ImGui::Separator();
    ImGui::TextUnformatted(i18n::tr("File", lang));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 26.0f);
    const bool enter = ImGui::InputText("##export-path", w.path, sizeof w.path, ImGuiInputTextFlags_EnterReturnsTrue);
    action.path_field = last_item_box();
    ImGui::BeginDisabled(busy);
    const bool pressed = ImGui::Button(i18n::tr(busy ? "Exporting…" : "Export", lang));
    ImGui::EndDisabled();
    action.run_button = last_item_box();
    if ((pressed || enter) && !busy) {
        action.run = true;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
    return action;
}

}  // namespace ui
