#include "ui/panels/loading_panel.h"

#include <algorithm>
#include <filesystem>

namespace ui {

bool draw_loading_panel(const std::string& file, const std::string& status, float fraction, bool cancelling,
                        float width, float height) {
    const float panel_w = std::min(ImGui::GetFontSize() * 32.0f, width * 0.6f);
    ImGui::SetNextWindowPos(ImVec2(width * 0.5f, height - 60.0f), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowSize(ImVec2(panel_w, 0.0f), ImGuiCond_Always);
    bool cancel = false;
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove;
    if (ImGui::Begin("Loading###loading", nullptr, flags)) {
        ImGui::TextUnformatted(std::filesystem::path(file).filename().string().c_str());
        ImGui::TextDisabled("%s", status.c_str());
        // Unknown totals (GeoJSON) get an indeterminate bar rather than a frozen 0%.
        if (fraction > 0.0f) ImGui::ProgressBar(fraction, ImVec2(-1.0f, 0.0f));
        else ImGui::ProgressBar(float(ImGui::GetTime() - int(ImGui::GetTime())), ImVec2(-1.0f, 0.0f), "");
        ImGui::BeginDisabled(cancelling);
        cancel = ImGui::Button(cancelling ? "Cancelling..." : "Cancel");
        ImGui::EndDisabled();
    }
    ImGui::End();
    return cancel && !cancelling;
}

}  // namespace ui
