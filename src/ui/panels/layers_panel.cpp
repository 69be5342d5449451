#include "ui/panels/provenance_text.h"
#include "ui/panels/layers_panel.h"
#include "i18n/catalogue.h"

#include <imgui.h>

#include "i18n/number_format.h"
#include "ui/draw_helpers.h"
#include "ui/icons.h"
#include "ui/panels/database_tables.h"
#include "ui/panels/dock.h"
#include "ui/panels/feature_text.h"
#include "ui/panels/raster_rows.h"
#include "ui/theme.h"

namespace ui {

namespace {

ImVec4 severity_colour(data::Severity s) {
    return to_vec4(s == data::Severity::Error     ? colours::kError
                   : s == data::Severity::Warning ? colours::kWarning
                                                  : colours::kInkMuted);
}

void wrapped(ImVec4 colour, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

// Under a big Shapefile read whole: what an index beside it would change, and the button that
// writes it (while one is written, the others wait).
void index_offer(const state::AppState& app, size_t li, const std::string& indexing, LayersAction& action) {
    const i18n::Language lang = app.language;
    const data::Layer& layer = app.catalog.layers[li].layer;
    ImGui::Indent(ImGui::GetFrameHeight());
    wrapped(severity_colour(data::Severity::Info),
            i18n::trf(i18n::N_("{0} features read whole, for want of a spatial index. With one beside the file (a .qix; "
                               "the Shapefile itself is not changed) it opens where the view is."),
                      lang, {i18n::format_number(double(layer.feature_count()), 0, lang)}));
    if (indexing == layer.source_path) {
        ImGui::TextUnformatted(i18n::tr("Writing the index…", lang));
    } else {
        ImGui::BeginDisabled(!indexing.empty());
        if (ImGui::Button(i18n::tr("Write a spatial index", lang))) action.write_index = li;
        ImGui::EndDisabled();
        action.index_button = last_item_box();
    }
    ImGui::Unindent(ImGui::GetFrameHeight());
}

// One layer's line: visible, name, opacity, up, down (and remove for a user's layer).
void layer_row(const state::AppState& app, size_t li, size_t row, const std::string& indexing, LayersAction& action) {
    const i18n::Language lang = app.language;
    const data::MapLayer& ml = app.catalog.layers[li];
    const ImGuiStyle& style = ImGui::GetStyle();
    const float side = ImGui::GetFrameHeight();
    const bool user = state::is_user_layer(ml);
    const bool database = user && !ml.layer.source_connection.empty();  // can be read again
    bool visible = ml.visible;
    if (ImGui::Checkbox("##visible", &visible)) action.set_visible = {li, visible};
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::tr("Show this layer", lang));
    ImGui::SameLine();
    const float right = ImGui::GetWindowContentRegionMax().x;
    const int buttons = user ? (database ? 4 : 3) : 2;
    const float slider = side * 2.6f;
    const float controls = slider + buttons * (side + style.ItemSpacing.x);
    const float name_w = right - ImGui::GetCursorPosX() - controls - style.ItemSpacing.x;
    ImGui::AlignTextToFramePadding();
    const std::string name = layer_title(ml, lang);
    ImGui::PushClipRect(ImGui::GetCursorScreenPos(),
                        ImVec2(ImGui::GetCursorScreenPos().x + std::max(0.0f, name_w), ImGui::GetCursorScreenPos().y + side), true);
    ImGui::TextUnformatted(name.c_str());
    ImGui::PopClipRect();
    if (ImGui::IsItemHovered() && user) {
        std::string about = ml.layer.source_path + "\n" + i18n::trf(i18n::N_("CRS: {0}"), lang, {crs_provenance(ml.layer, lang)});
        if (!ml.layer.fields.empty())
            about += "\n" + i18n::trf(i18n::N_("Text encoding: {0}"), lang, {encoding_provenance(ml.layer.provenance, lang)});
        ImGui::SetTooltip("%s", about.c_str());
    }
    ImGui::SameLine(right - controls);
    ImGui::SetNextItemWidth(slider);
    float percent = app.layers.opacity[li] * 100.0f;
    if (ImGui::SliderFloat("##opacity", &percent, 0.0f, 100.0f, "%.0f%%")) action.set_opacity = {li, percent / 100.0f};
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::tr("Opacity", lang));
    ImGui::SameLine();
    if (icon_button("up", Icon::ChevronUp, i18n::tr("Draw over the layer above", lang), false, row + 1 < app.layers.order.size()))
        action.move = {li, +1};
    ImGui::SameLine();
    if (icon_button("down", Icon::ChevronDown, i18n::tr("Draw under the layer below", lang), false, row > 0)) action.move = {li, -1};
    if (database) {
        ImGui::SameLine();
        if (icon_button("refresh", Icon::ArrowDown, i18n::tr("Refresh: read this table again from the database", lang)))
            action.refresh = li;
    }
    if (user) {
        ImGui::SameLine();
        if (icon_button("remove", Icon::Trash, i18n::tr("Remove this layer (the file is not touched)", lang))) action.remove = li;
    }
    if (user && ml.layer.index_can_be_written) index_offer(app, li, indexing, action);
    // Problems while loading, folded under their count: they stay available, not in the way.
    size_t problems = 0;
    for (const auto& d : ml.layer.diagnostics) problems += d.severity != data::Severity::Info;
    if (problems == 0) return;
    ImGui::Indent(side);
    ImGui::PushStyleColor(ImGuiCol_Text, severity_colour(data::Severity::Warning));
    const std::string head = std::to_string(problems) + " " + i18n::tr("problems while loading", lang) + "###problems";
    const bool open = ImGui::TreeNodeEx(head.c_str(), ImGuiTreeNodeFlags_SpanAvailWidth);
    ImGui::PopStyleColor();
    if (open) {
        for (const auto& d : ml.layer.diagnostics)
            if (d.severity != data::Severity::Info) wrapped(severity_colour(d.severity), d.in(lang));
        ImGui::TreePop();
    }
    ImGui::Unindent(side);
}

bool is_basemap_fill(data::LayerRole role) { return role == data::LayerRole::Sea || role == data::LayerRole::Land; }

}  // namespace

LayersAction draw_layers_panel(const state::AppState& app, LayersTabState& widget, const DataNotes& data_notes) {
    LayersAction action;
    const i18n::Language lang = app.language;
    const data::Catalog& catalog = app.catalog;
    // Top of the list = top of the map; rasters above the land and sea, as drawn.
    bool rasters_shown = false;
    for (size_t row = app.layers.order.size(); row-- > 0;) {
        const size_t li = app.layers.order[row];
        if (li >= catalog.layers.size()) continue;
        if (!rasters_shown && is_basemap_fill(catalog.layers[li].role)) {
            rasters_shown = true;
            draw_raster_rows(app, action);
        }
        ImGui::PushID(int(li));
        layer_row(app, li, row, widget.indexing, action);
        ImGui::PopID();
    }
    if (!rasters_shown) draw_raster_rows(app, action);
    ImGui::Separator();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(i18n::tr("Add a file (Ctrl+O: type its path; or drop it on the window):", lang));
    ImGui::PopTextWrapPos();
    const float side = ImGui::GetFrameHeight();
    ImGui::SetNextItemWidth(-(side + ImGui::GetStyle().ItemSpacing.x));
    const bool enter = widget.path_field.draw("##path", "/path/to/file.shp", widget.path, sizeof widget.path);
    ImGui::SameLine();
    const bool add = icon_button("add", Icon::Plus, i18n::tr("Add this file", lang));
    // Enter leaves the field: the cursor goes back in it for the next path.
    if (enter) widget.path_field.focus();
    if ((add || enter) && widget.path[0]) {
        action.add_file = std::string(widget.path);
        widget.path[0] = '\0';
    }
    draw_database_tables(app, widget, action);
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
            ImGui::Spacing();
            ImGui::TextUnformatted(i18n::tr("Files that did not load:", lang));
            header = true;
        }
        wrapped(severity_colour(d.severity), d.to_string(lang));
    }
    if (!data_notes.warnings.empty()) {
        ImGui::Separator();
        const std::string head = std::string(i18n::tr("Data warnings", lang)) + " (" +
                                 std::to_string(data_notes.warnings.size()) + ")###datawarnings";
        if (ImGui::CollapsingHeader(head.c_str(), ImGuiTreeNodeFlags_DefaultOpen))
            for (const auto& w : data_notes.warnings) wrapped(severity_colour(data::Severity::Warning), w.file + ": " + w.in(lang));
    }
    // Facts about the bundled data (parks not placed yet, parks without dated figures): what
    // the data is, not something to fix, so folded and in plain ink.
    std::vector<std::string> notes = data_notes.notes;
    for (const auto& ml : catalog.layers)
        for (const auto& d : ml.layer.diagnostics)
            if (d.severity == data::Severity::Info) notes.push_back(d.in(lang));
    if (!notes.empty()) {
        ImGui::Separator();
        const std::string head = std::string(i18n::tr("Notes on the data", lang)) + " (" + std::to_string(notes.size()) + ")###datanotes";
        if (ImGui::CollapsingHeader(head.c_str()))
            for (const auto& n : notes) wrapped(severity_colour(data::Severity::Info), n);
    }
    return action;
}

}  // namespace ui
