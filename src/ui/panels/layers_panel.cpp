#include "ui/panels/layers_panel.h"

#include <imgui.h>

#include <utility>

#include "ui/panel_cache.h"
#include "ui/panels/feature_text.h"

namespace ui {

namespace {

ImVec4 severity_colour(data::Severity s) {
    return s == data::Severity::Error     ? ImVec4(1.0f, 0.45f, 0.4f, 1.0f)
           : s == data::Severity::Warning ? ImVec4(1.0f, 0.8f, 0.35f, 1.0f)
                                          : ImVec4(0.7f, 0.7f, 0.7f, 1.0f);
}

}  // namespace

LayersAction draw_layers_panel(data::Catalog& catalog, LayersPanelState& state, const ImVec2& pos, const ImVec2& size,
                               const std::vector<std::string>& data_warnings) {
    LayersAction action;
    ImGui::SetNextWindowPos(pos, ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(size, ImGuiCond_FirstUseEver);
    if (begin_opaque_panel("Layers")) {
        // Top of the list = top of the map.
        for (size_t row = state.order.size(); row-- > 0;) {
            const size_t li = state.order[row];
            if (li >= catalog.layers.size()) continue;
            data::MapLayer& ml = catalog.layers[li];
            ImGui::PushID(int(li));
            if (ImGui::Checkbox("##visible", &ml.visible)) action.changed = true;
            ImGui::SameLine();
            ImGui::TextUnformatted(layer_title(ml).c_str());
            const float right = ImGui::GetWindowContentRegionMax().x;
            const float arrows = 2.0f * ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x;
            const float slider = 90.0f * ImGui::GetFontSize() / 15.0f;
            ImGui::SameLine(right - arrows - slider - ImGui::GetStyle().ItemSpacing.x);
            ImGui::SetNextItemWidth(slider);
            float percent = state.opacity[li] * 100.0f;
            if (ImGui::SliderFloat("##opacity", &percent, 0.0f, 100.0f, "%.0f%%")) {
                state.opacity[li] = percent / 100.0f;
                action.changed = true;
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("opacity");
            ImGui::SameLine();
            if (ImGui::ArrowButton("##up", ImGuiDir_Up) && row + 1 < state.order.size()) {
                std::swap(state.order[row], state.order[row + 1]);
                action.changed = true;
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("draw above the layer over it");
            ImGui::SameLine();
            if (ImGui::ArrowButton("##down", ImGuiDir_Down) && row > 0) {
                std::swap(state.order[row], state.order[row - 1]);
                action.changed = true;
            }
            for (const auto& d : ml.layer.diagnostics)
                if (d.severity != data::Severity::Info) {
                    ImGui::PushTextWrapPos(0.0f);
                    ImGui::TextColored(severity_colour(d.severity), "%s", d.message.c_str());
                    ImGui::PopTextWrapPos();
                }
            ImGui::PopID();
        }
        ImGui::Separator();
        ImGui::TextUnformatted("Add a file (path, or drop it on the window):");
        ImGui::SetNextItemWidth(-50.0f);
        const bool enter = ImGui::InputText("##path", state.path, sizeof state.path, ImGuiInputTextFlags_EnterReturnsTrue);
        ImGui::SameLine();
        if ((ImGui::Button("Add") || enter) && state.path[0]) {
            action.add_file = std::string(state.path);
            state.path[0] = '\0';
        }
        // Messages about files that did not load at all; those of loaded layers are shown above.
        auto shown_with_layer = [&](const data::Diagnostic& d) {
            for (const auto& ml : catalog.layers)
                for (const auto& own : ml.layer.diagnostics)
                    if (own.file == d.file && own.message == d.message) return true;
            return false;
        };
        bool header = false;
        for (const auto& d : catalog.diagnostics) {
            if (d.severity == data::Severity::Info || shown_with_layer(d)) continue;
            if (!header) {
                ImGui::TextUnformatted("Load messages:");
                header = true;
            }
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextColored(severity_colour(d.severity), "%s", d.to_string().c_str());
            ImGui::PopTextWrapPos();
        }
        if (!data_warnings.empty()) {
            ImGui::Separator();
            const std::string head = "Data warnings (" + std::to_string(data_warnings.size()) + ")###datawarnings";
            if (ImGui::CollapsingHeader(head.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
                ImGui::PushTextWrapPos(0.0f);
                for (const auto& w : data_warnings) ImGui::TextColored(severity_colour(data::Severity::Warning), "%s", w.c_str());
                ImGui::PopTextWrapPos();
            }
        }
    }
    ImGui::End();
    return action;
}

}  // namespace ui
