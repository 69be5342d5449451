#include "ui/panels/availability_text.h"

namespace ui {

namespace {

std::string unknown(Language lang) { return tr(Text::Unknown, lang); }

std::string figure_value(const analysis::Figure& f, const char* unit, Language lang, int decimals = 2) {
    return f.known() ? format_number(*f.value, decimals) + " " + unit : unknown(lang);
}

std::string figure_note(const analysis::Figure& f, Language lang) {
    if (!f.known()) return "";
    const std::string asof = f.asof.empty() ? (lang == Language::Vi ? "ngày trong nguồn" : "the date in its source") : f.asof;
    return tr(Text::ColOccAsOf, lang) + std::string(" ") + asof + " · " + tr(Text::Source, lang) + ": " + f.source;
}

}  // namespace

std::string availability_heading(const ParkFigures& figures, Language lang) {
    return tr(Text::AvailabilityAsOf, lang) + std::string(" ") + format_date(figures.asof, lang == Language::Vi);
}

std::vector<DetailRow> availability_rows(const ParkFigures& figures, size_t index, Language lang) {
    std::vector<DetailRow> rows;
    if (index >= figures.parks.size()) return rows;
    const analysis::ParkAvailability& a = figures.parks[index];
    rows.push_back({tr(Text::TotalArea, lang), figure_value(a.area_ha, "ha", lang), figure_note(a.area_ha, lang)});
    rows.push_back({tr(Text::Leasable, lang), figure_value(a.lease_ha, "ha", lang), figure_note(a.lease_ha, lang)});
    DetailRow occ{tr(Text::Occupancy, lang), figure_value(a.occ_pct, "%", lang, 1), figure_note(a.occ_pct, lang)};
    if (!a.occ_pct.known())
        occ.note = (lang == Language::Vi ? "không nguồn nào cho số liệu tính đến " : "no source gives a figure as of ") +
                   figures.asof.to_string();
    rows.push_back(occ);
    // Occupied and free: the basis is stated, since it is total area when leasable land is unknown.
    const std::string basis = a.basis.empty() ? "" : std::string(tr(Text::Basis, lang)) + ": " + a.basis;
    for (const auto& [key, fig] : {std::pair{Text::Occupied, &a.occupied_ha}, std::pair{Text::Free, &a.free_ha}}) {
        DetailRow r{tr(key, lang), figure_value(*fig, "ha", lang, 1), ""};
        if (fig->known())
            r.note = basis + " · " + tr(Text::ColOccAsOf, lang) + " " + fig->asof;
        else
            r.note = lang == Language::Vi ? "cần tỷ lệ lấp đầy và diện tích" : "needs an occupancy and an area";
        rows.push_back(r);
    }
    rows.push_back({tr(Text::Handover, lang), a.handover.empty() ? unknown(lang) : a.handover, ""});
    static constexpr Text kTo[] = {Text::ToPort, Text::ToAirport, Text::ToCentre};
    const analysis::ParkDistances* d = index < figures.distances.size() ? &figures.distances[index] : nullptr;
    for (size_t k = 0; k < 3; ++k) {
        DetailRow r{std::string(tr(Text::StraightLine, lang)) + " " + tr(kTo[k], lang), unknown(lang), ""};
        if (d && k < d->km.size() && d->km[k].second) {
            r.value = format_number(*d->km[k].second, 1) + " km";
            r.note = tr(Text::DistanceNote, lang);
        } else {
            r.note = lang == Language::Vi ? "KCN chưa có vị trí" : "the park has no known location";
        }
        rows.push_back(r);
    }
    return rows;
}

}  // namespace ui
