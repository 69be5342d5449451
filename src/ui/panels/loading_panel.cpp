#include "ui/panels/loading_panel.h"
#include "i18n/catalogue.h"

#include <algorithm>
#include <filesystem>
#include <string>

namespace ui {

LoadingCard draw_loading_panel(const std::string& file, const std::string& status, float fraction, bool cancelling,
                               const geo::Box& frame, i18n::Language lang) {
    const float panel_w = std::min(ImGui::GetFontSize() * 32.0f, float(frame.width()) * 0.8f);
    ImGui::SetNextWindowPos(ImVec2(float(frame.centre().x), float(frame.max.y) - ImGui::GetFontSize() * 3.0f), ImGuiCond_Always,
                            ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowSize(ImVec2(panel_w, 0.0f), ImGuiCond_Always);
    bool cancel = false;
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove;
    const std::string title = std::string(i18n::tr("Loading", lang)) + "###loading";
    if (ImGui::Begin(title.c_str(), nullptr, flags)) {
        ImGui::TextUnformatted(std::filesystem::path(file).filename().string().c_str());
        ImGui::TextDisabled("%s", status.c_str());
        // Unknown totals (GeoJSON) get an indeterminate bar rather than a frozen 0%.
        if (fraction > 0.0f) ImGui::ProgressBar(fraction, ImVec2(-1.0f, 0.0f));
        else ImGui::ProgressBar(float(ImGui::GetTime() - int(ImGui::GetTime())), ImVec2(-1.0f, 0.0f), "");
        ImGui::BeginDisabled(cancelling);
        cancel = ImGui::Button(i18n::tr(cancelling ? "Cancelling…" : "Cancel", lang));
        ImGui::EndDisabled();
    }
    // On the frame it appears, ImGui measures the card unseen at a default place and applies the
    // pivot only on the next: report no card until it is where it is drawn.
    const bool measuring = ImGui::IsWindowAppearing();
    const ImVec2 min = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    ImGui::End();
    if (measuring) return {false, {}};
    return {cancel && !cancelling, {{min.x, min.y}, {min.x + size.x, min.y + size.y}}};
}

}  // namespace ui
