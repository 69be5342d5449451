#include "ui/panels/raster_rows.h"

#include <imgui.h>

#include "i18n/catalogue.h"
#include "ui/icons.h"

namespace ui {

void draw_raster_rows(const state::AppState& app, LayersAction& action) {
    const i18n::Language lang = app.language;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float side = ImGui::GetFrameHeight();
    // Top of the list = top of the map: the last raster added is drawn last.
    for (size_t i = app.catalog.rasters.size(); i-- > 0;) {
        const data::RasterLayer& r = app.catalog.rasters[i];
        ImGui::PushID("raster");
        ImGui::PushID(int(i));
        bool visible = r.visible;
        if (ImGui::Checkbox("##visible", &visible)) action.set_raster_visible = {i, visible};
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::tr("Show this layer", lang));
        ImGui::SameLine();
        const float right = ImGui::GetWindowContentRegionMax().x;
        const float slider = side * 2.6f;
        const float controls = slider + side + style.ItemSpacing.x;
        const float name_w = right - ImGui::GetCursorPosX() - controls - style.ItemSpacing.x;
        ImGui::AlignTextToFramePadding();
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::PushClipRect(at, ImVec2(at.x + std::max(0.0f, name_w), at.y + side), true);
        ImGui::TextUnformatted(r.source->name().c_str());
        ImGui::PopClipRect();
        if (ImGui::IsItemHovered()) {
            const auto& s = *r.source;
            std::string about = s.path() + "\n" +
                                i18n::trf(i18n::N_("Image: {0} x {1} pixels, {2}, {3} overview levels"), lang,
                                          {std::to_string(s.width()), std::to_string(s.height()), s.driver(),
                                           std::to_string(s.overviews().size())});
            if (s.overviews().empty())
                about += "\n" + std::string(i18n::tr("No overviews: zoomed out it reads slowly. Add them with gdaladdo.", lang));
            ImGui::SetTooltip("%s", about.c_str());
        }
        ImGui::SameLine(right - controls);
        ImGui::SetNextItemWidth(slider);
        float percent = r.opacity * 100.0f;
        if (ImGui::SliderFloat("##opacity", &percent, 0.0f, 100.0f, "%.0f%%")) action.set_raster_opacity = {i, percent / 100.0f};
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::tr("Opacity", lang));
        ImGui::SameLine();
        if (icon_button("remove", Icon::Trash, i18n::tr("Remove this layer (the file is not touched)", lang))) action.remove_raster = i;
        ImGui::PopID();
        ImGui::PopID();
    }
}

}  // namespace ui
