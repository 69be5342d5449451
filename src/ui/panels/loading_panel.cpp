#include "ui/panels/loading_panel.h"
#include "i18n/catalogue.h"

#include <algorithm>
#include <filesystem>
#include <string>

namespace ui {

namespace detail {

LoadingCard progress_card(const std::string& title, const std::string& file, const std::string& status, float fraction,
                          const char* cancel_label, bool cancelling, const geo::Box& frame) {
    const float panel_w = std::min(ImGui::GetFontSize() * 32.0f, float(frame.width()) * 0.8f);
    ImGui::SetNextWindowPos(ImVec2(float(frame.centre().x), float(frame.max.y) - ImGui::GetFontSize() * 3.0f), ImGuiCond_Always,
                            ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowSize(ImVec2(panel_w, 0.0f), ImGuiCond_Always);
    bool cancel = false;
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove;
    if (ImGui::Begin(title.c_str(), nullptr, flags)) {
        ImGui::TextUnformatted(std::filesystem::path(file).filename().string().c_str());
        ImGui::TextDisabled("%s", status.c_str());
        // Unknown totals (GeoJSON) get an indeterminate bar rather than a frozen 0%.
        if (fraction > 0.0f) ImGui::ProgressBar(fraction, ImVec2(-1.0f, 0.0f));
        else ImGui::ProgressBar(float(ImGui::GetTime() - int(ImGui::GetTime())), ImVec2(-1.0f, 0.0f), "");
        if (cancel_label) {
            ImGui::BeginDisabled(cancelling);
            cancel = ImGui::Button(cancel_label);
            ImGui::EndDisabled();
        }
    }
    // On the frame it appears, ImGui measures the card unseen at a default place and applies the
    // pivot only on the next: report no card until it is where it is drawn.
    const bool measuring = ImGui::IsWindowAppearing();
    const ImVec2 min = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    ImGui::End();
    if (measuring) return {false, {}};
    return {cancel && !cancelling, {{min.x, min.y}, {min.x + size.x, min.y + size.y}}};
}

}  // namespace detail

LoadingCard draw_loading_panel(const std::string& file, const std::string& status, float fraction, bool cancelling,
                               const geo::Box& frame, i18n::Language lang) {
    return detail::progress_card(std::string(i18n::tr("Loading", lang)) + "###loading", file, status, fraction,
                                 i18n::tr(cancelling ? "Cancelling…" : "Cancel", lang), cancelling, frame);
}

geo::Box draw_export_card(const std::string& file, const std::string& status, float fraction, const geo::Box& frame,
                          i18n::Language lang) {
    return detail::progress_card(std::string(i18n::tr("Exporting…", lang)) + "###exporting", file, status, fraction, nullptr,
                                 false, frame)
        .rect;
}

}  // namespace ui
