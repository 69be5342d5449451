#include "ui/panels/date_slider.h"
#include "i18n/catalogue.h"

#include <imgui.h>

#include <string>

#include "state/park_figures.h"

namespace ui {

std::optional<size_t> date_stop(const std::vector<analysis::Date>& dates, const analysis::Date& asof) {
    std::optional<size_t> best;
    for (size_t i = 0; i < dates.size(); ++i)
        if (dates[i] == asof || !analysis::earlier(asof, dates[i])) best = i;
    return best;
}

std::optional<analysis::Date> draw_date_slider(const std::vector<analysis::Date>& dates, const analysis::Date& asof,
                                               i18n::Language lang, float width) {
    if (dates.empty()) {
        ImGui::TextDisabled("%s: %s", i18n::tr("As of", lang), i18n::tr("unknown", lang));
        return std::nullopt;
    }
    int stop = int(date_stop(dates, asof).value_or(0));
    const std::string shown = state::format_date(dates[size_t(stop)], lang) + "  (" +
                              std::to_string(stop + 1) + "/" + std::to_string(dates.size()) + ")";
    ImGui::SetNextItemWidth(width);
    const bool moved = ImGui::SliderInt("##asof", &stop, 0, int(dates.size()) - 1, shown.c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::tr("figures as of this date: map colours, table, details and gauge follow it", lang));
    if (moved && !(dates[size_t(stop)] == asof)) return dates[size_t(stop)];
    return std::nullopt;
}

}  // namespace ui
