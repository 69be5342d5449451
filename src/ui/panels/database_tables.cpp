#include "ui/panels/database_tables.h"

#include <imgui.h>

#include <algorithm>

#include "i18n/catalogue.h"
#include "i18n/number_format.h"
#include "ui/theme.h"

namespace ui {

namespace {

void problem_line(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(colours::kError));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

}  // namespace

void draw_database_tables(const state::AppState& app, LayersTabState& widget, LayersAction& action) {
    const i18n::Language lang = app.language;
    ImGui::Spacing();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(i18n::tr("Add tables from a PostGIS database (a connection string; keep the password in "
                                    "~/.pgpass or a pg_service.conf):", lang));
    ImGui::PopTextWrapPos();
    const float button_w = ImGui::CalcTextSize(i18n::tr("List tables", lang)).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetNextItemWidth(-(button_w + ImGui::GetStyle().ItemSpacing.x));
    const bool enter = ImGui::InputTextWithHint("##connection", "PG:service=atlas", widget.connection, sizeof widget.connection,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    ImGui::BeginDisabled(widget.listing);
    const bool list = ImGui::Button(i18n::tr("List tables", lang));
    ImGui::EndDisabled();
    if ((list || enter) && widget.connection[0] && !widget.listing) {
        std::string conn = widget.connection;
        // "dbname=x" alone is taken for "PG:dbname=x": the picker is for databases only.
        if (!data::is_database_source(conn)) conn = "PG:" + conn;
        action.list_tables = conn;
    }
    if (widget.listing) {
        ImGui::TextDisabled("%s", i18n::trf(i18n::N_("Listing the tables of {0}..."), lang,
                                            {data::mask_password(widget.connection)}).c_str());
        return;
    }
    for (const auto& d : widget.listing_problems) problem_line(d.to_string(lang));
    if (widget.tables.empty()) return;
    widget.chosen.resize(widget.tables.size(), 0);
    // Columns as wide as their widest text: the sidebar is narrow, the table scrolls sideways.
    const char* heads[] = {i18n::tr("Table", lang), i18n::tr("Geometry column", lang), i18n::tr("Type", lang),
                           i18n::tr("SRID", lang), i18n::tr("Rows (estimate)", lang)};
    float widths[5];
    for (int c = 0; c < 5; ++c) widths[c] = ImGui::CalcTextSize(heads[c]).x;
    for (const auto& t : widget.tables) {
        const std::string cells[] = {t.qualified(), t.geometry_column, t.geometry_type, std::to_string(t.srid), "0000000000"};
        for (int c = 0; c < 5; ++c) widths[c] = std::max(widths[c], ImGui::CalcTextSize(cells[c].c_str()).x);
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX;
    const float rows_h = ImGui::GetFrameHeightWithSpacing() * float(std::min<size_t>(widget.tables.size() + 1, 10)) +
                         ImGui::GetStyle().ScrollbarSize + 4.0f;
    if (ImGui::BeginTable("##db_tables", 6, flags, ImVec2(0.0f, rows_h))) {
        ImGui::TableSetupScrollFreeze(1, 1);
        ImGui::TableSetupColumn("##add", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight());
        for (int c = 0; c < 5; ++c) ImGui::TableSetupColumn(heads[c], ImGuiTableColumnFlags_WidthFixed, widths[c]);
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < widget.tables.size(); ++i) {
            const data::DatabaseTable& t = widget.tables[i];
            ImGui::PushID(int(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            bool on = widget.chosen[i];
            if (ImGui::Checkbox("##pick", &on)) widget.chosen[i] = on;
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(t.qualified().c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(t.geometry_column.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(t.geometry_type.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(std::to_string(t.srid).c_str());
            ImGui::TableNextColumn();
            // A table never analysed has no estimate yet (-1): left blank rather than guessed.
            const std::string rows = t.estimated_rows >= 0 ? i18n::format_number(double(t.estimated_rows), 0, lang) : "";
            ImGui::TextUnformatted(rows.c_str());
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    size_t ticked = 0;
    for (char c : widget.chosen) ticked += c != 0;
    ImGui::BeginDisabled(ticked == 0);
    if (ImGui::Button(i18n::trf(i18n::N_("Add {0} chosen tables"), lang, {std::to_string(ticked)}).c_str())) {
        for (size_t i = 0; i < widget.tables.size(); ++i)
            if (widget.chosen[i]) action.add_sources.push_back(data::with_table(widget.listed_from, widget.tables[i].qualified()));
        widget.chosen.assign(widget.tables.size(), 0);
    }
    ImGui::EndDisabled();
}

}  // namespace ui
