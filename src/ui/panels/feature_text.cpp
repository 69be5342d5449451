#include "ui/panels/feature_text.h"
#include "i18n/catalogue.h"

#include <cmath>
#include <cstdio>
#include <set>

#include "data/park_model.h"
#include "i18n/number_format.h"
#include "ui/map_overlay.h"

namespace ui {

namespace {

using i18n::N_;

struct FieldWords {
    const char* field;
    const char* label;        // a catalogue entry
    const char* unit;         // appended to numbers ("ha", "%", "million USD"); may be empty
    const char* source_field; // field holding this figure's source; may be null
    const char* asof_field;   // field holding this figure's date; may be null
};

// Shared by every bundled layer; fields a layer lacks are skipped.
constexpr FieldWords kWords[] = {
    {"name_vi", N_("Vietnamese name"), "", nullptr, nullptr},
    {"name_en", N_("English name"), "", nullptr, nullptr},
    {"name_zh", N_("Chinese name"), "", "name_src", nullptr},
    {"name_ko", N_("Korean name"), "", "name_src", nullptr},
    {"name_ja", N_("Japanese name"), "", "name_src", nullptr},
    {"id", N_("Identifier"), "", nullptr, nullptr},
    {"kind", N_("Kind"), "", nullptr, nullptr},
    {"status", N_("Status"), "", nullptr, nullptr},
    {"est", N_("Established park (counts in the Decree 35 average)"), "", nullptr, nullptr},
    {"investor", N_("Investor"), "", nullptr, nullptr},
    {"country", N_("Investor's country"), "", nullptr, nullptr},
    {"park_id", N_("Park"), "", nullptr, nullptr},
    {"cap_musd", N_("Capital"), N_("million USD"), "source", "year"},
    {"cap_kind", N_("Kind of capital"), "", nullptr, nullptr},
    {"year", N_("Year of investment"), "", nullptr, nullptr},
    {"sector", N_("Sector"), "", nullptr, nullptr},
    {"attrib", N_("Park and year"), "", nullptr, nullptr},
    {"area_ha", N_("Total area"), "ha", "area_src", nullptr},
    {"lease_ha", N_("Leasable industrial land"), "ha", "lease_src", nullptr},
    {"occ_pct", N_("Occupancy"), "%", "occ_src", "occ_asof"},
    {"port_ha", N_("Port area"), "ha", "func_src", nullptr},
    {"ind_ha", N_("Industrial area"), "ha", "func_src", nullptr},
    {"urban_ha", N_("Urban area"), "ha", "func_src", nullptr},
    {"fta_ha", N_("Free-trade area"), "ha", "func_src", nullptr},
    {"developer", N_("Infrastructure developer"), "", "dev_src", nullptr},
    {"district", N_("District"), "", nullptr, nullptr},
    {"tenants", N_("Tenants"), "", "ten_src", nullptr},
    {"decision", N_("Founding decision"), "", nullptr, "dec_date"},
    {"founded", N_("Founded / licensed"), "", nullptr, nullptr},
    {"handover", N_("Land hand-over"), "", nullptr, nullptr},
    {"source", N_("Sources"), "", nullptr, nullptr},
    {"notes", N_("Notes"), "", nullptr, nullptr},
    {"outline", N_("Outline"), "", nullptr, nullptr},
    {"placed", N_("Placed"), "", nullptr, nullptr},
};

// Fields shown only as part of another row, or not at all (map labels).
const std::set<std::string>& folded_fields() {
    static const std::set<std::string> s = {"area_src", "lease_src", "occ_src", "occ_asof", "dev_src", "ten_src",
                                            "func_src", "dec_date", "name_src", "label_vi", "label_en", "label_zh",
                                            "label_ko", "label_ja"};
    return s;
}

std::string words_for_value(const std::string& field, const std::string& v, i18n::Language lang) {
    if (field == "status") {
        if (v == "established") return i18n::tr("established", lang);
        return data::status_words(v, lang);
    }
    if (field == "est") return v == "yes" ? i18n::tr("yes", lang) : v == "no" ? i18n::tr("no", lang) : v;
    if (field == "outline") {
        if (v == "approximate")
            return i18n::tr("approximate outline: an illustration sized to the sourced area, not a surveyed boundary", lang);
        if (v == "none") return i18n::tr("no outline: the location is not known", lang);
    }
    if (field == "placed") {
        if (v == "point") return i18n::tr("around an approximate point from the sources (within 1–3 km)", lang);
        if (v == "district") return i18n::tr("only somewhere in the district the sources name: distances are unknown", lang);
    }
    if (field == "attrib") {
        if (v == "sourced") return i18n::tr("as the source gives them", lang);
        if (v == "uncertain")
            return i18n::tr("uncertain: the source names neither the park nor the year; placed by inference (see the notes)", lang);
    }
    if (field == "cap_kind") {
        if (v == "new") return i18n::tr("new investment", lang);
        if (v == "increase") return i18n::tr("capital increase", lang);
        if (v == "total") return i18n::tr("total capital", lang);
    }
    return v;
}

}  // namespace

std::string layer_title(const data::MapLayer& layer, i18n::Language lang) {
    using R = data::LayerRole;
    switch (layer.role) {
        case R::Parks: return i18n::tr("Industrial parks", lang);
        case R::EconomicZones: return i18n::tr("Economic zones", lang);
        case R::Projects: return i18n::tr("Investment projects", lang);
        case R::Landmarks: return i18n::tr("Landmarks", lang);
        case R::Sea: return i18n::tr("Sea", lang);
        case R::Land: return i18n::tr("Land", lang);
        case R::Rivers: return i18n::tr("Rivers", lang);
        case R::Coastline: return i18n::tr("Coastline", lang);
        case R::User: break;
    }
    return layer.layer.name;
}

const char* status_words(const std::string& s, i18n::Language lang) { return data::status_words(s, lang); }

std::string readable_source(const data::Catalog& catalog, const std::string& raw, i18n::Language lang) {
    return data::cite(raw, catalog.sources, lang);
}

std::string feature_title(const data::MapLayer& layer, size_t feature, i18n::Language lang) {
    const data::Layer& l = layer.layer;
    if (feature >= l.feature_count()) return "";
    data::Feature read;
    const data::Feature& f = l.feature_ref(feature, read);
    // The name in the language asked for, else in English, else in Vietnamese (the official one).
    for (const char* field : {i18n::name_field(lang), "name_en", "name_vi", "investor", "name", "NAME", "id"})
        if (auto v = l.text(f, field); v && !v->empty()) return *v;
    std::string label = map_label(l, f, lang);
    return label.empty() ? i18n::trf(i18n::N_("feature {0}"), lang, {std::to_string(f.source_id)}) : label;
}

std::optional<double> free_land_ha(const data::Layer& layer, const data::Feature& f, std::string* basis) {
    const auto occ = layer.number(f, "occ_pct");
    if (!occ) return std::nullopt;
    const char* used = "lease_ha";
    auto area = layer.number(f, "lease_ha");
    if (!area) {
        area = layer.number(f, "area_ha");
        used = "area_ha";
    }
    if (!area) return std::nullopt;
    if (basis) *basis = used;
    return std::max(0.0, *area * (1.0 - *occ / 100.0));
}

std::vector<DetailRow> describe_feature(const data::Catalog& catalog, const data::MapLayer& ml, size_t feature,
                                        i18n::Language lang) {
    std::vector<DetailRow> rows;
    const data::Layer& l = ml.layer;
    if (feature >= l.feature_count()) return rows;
    data::Feature read;
    const data::Feature& f = l.feature_ref(feature, read);
    const std::string unknown = i18n::tr("unknown", lang);
    auto given = [&](const char* field) -> std::optional<std::string> {
        if (!field || !l.field_index(field)) return std::nullopt;
        const auto v = l.text(f, field);
        return v && !v->empty() ? v : std::nullopt;
    };
    std::set<std::string> done = folded_fields();
    for (const auto& w : kWords) {
        if (!l.field_index(w.field)) continue;
        done.insert(w.field);
        if (!i18n::name_field_shown(w.field, lang)) continue;
        if (w.source_field) done.insert(w.source_field);
        if (w.asof_field) done.insert(w.asof_field);
        DetailRow row;
        row.field = w.field;
        row.label = i18n::tr(w.label, lang);
        const auto text = given(w.field);
        const bool cited_text = std::string(w.field) == "source" || std::string(w.field) == "notes";
        if (!text) {
            row.value = unknown;
        } else if (const auto num = l.number(f, w.field); num && *w.unit) {
            row.value = i18n::format_number(*num, 2, lang) + " " + i18n::tr(w.unit, lang);
        } else if (cited_text) {
            row.value = readable_source(catalog, *text, lang);
            if (row.value != *text) row.source_detail = *text;
        } else {
            row.value = words_for_value(w.field, *text, lang);
        }
        if (std::string(w.field) == "park_id" && text) {
            for (const auto& other : catalog.layers) {
                if (other.role != data::LayerRole::Parks) continue;
                for (size_t i = 0; i < other.layer.features.size(); ++i)
                    if (other.layer.text(other.layer.features[i], "id") == text)
                        row.value = feature_title(other, i, lang) + " (" + *text + ")";
            }
        }
        // A figure's note: its date and where it comes from, as a citation a person can look up.
        std::vector<std::string> note;
        if (text && *w.unit) {
            if (w.asof_field && l.field_index(w.asof_field)) {
                const auto d = given(w.asof_field);
                note.push_back(std::string(i18n::tr("as of", lang)) + " " + (d ? *d : unknown));
            } else {
                note.push_back(i18n::tr("as of the date in its source", lang));
            }
        } else if (text && w.asof_field && l.field_index(w.asof_field)) {
            const auto d = given(w.asof_field);
            note.push_back(std::string(i18n::tr("dated", lang)) + " " + (d ? *d : unknown));
        }
        if (text && w.source_field && l.field_index(w.source_field)) {
            const auto src = given(w.source_field);
            note.push_back(std::string(i18n::tr("source", lang)) + ": " + (src ? readable_source(catalog, *src, lang) : unknown));
            if (src) row.source_detail = *src;
        }
        for (const auto& part : note) row.note += (row.note.empty() ? "" : " · ") + part;
        rows.push_back(row);
    }
    if (ml.role == data::LayerRole::Parks) {
        std::string basis;
        const auto free = free_land_ha(l, f, &basis);
        const char* from = basis == "lease_ha" ? i18n::N_("computed from the leasable land and the occupancy")
                                               : i18n::N_("computed from the total area and the occupancy (leasable land unknown)");
        rows.push_back({i18n::tr("Free land (computed)", lang), free ? analysis::approx_hectares(*free, lang) : unknown,
                        i18n::tr(free ? from : "needs an occupancy and an area", lang), "", "free_land"});
    }
    // Anything else the file holds (user layers): the raw field name is all we know.
    for (const auto& field : l.fields) {
        if (done.count(field.name)) continue;
        const auto v = l.text(f, field.name);
        rows.push_back({field.name, v && !v->empty() ? *v : unknown, "", "", field.name});
    }
    return rows;
}

std::vector<std::string> tooltip_lines(const data::MapLayer& ml, size_t feature, i18n::Language lang,
                                       const analysis::ParkAvailability* dated) {
    std::vector<std::string> lines;
    const data::Layer& l = ml.layer;
    if (feature >= l.feature_count()) return lines;
    data::Feature read;
    const data::Feature& f = l.feature_ref(feature, read);
    const std::string unknown = i18n::tr("unknown", lang);
    auto percent = [&](std::optional<double> v, const std::string& asof) {
        if (!v) return unknown;
        return i18n::format_number(*v, 1, lang) + " %" + (asof.empty() ? "" : " (" + asof + ")");
    };
    auto free_land = [&](std::optional<double> v, bool of_total) {
        if (!v) return unknown;
        return i18n::trf(of_total ? N_("{0} ha (of total area)") : N_("{0} ha"), lang, {i18n::format_number(*v, 1, lang)});
    };
    lines.push_back(feature_title(ml, feature, lang));
    if (l.field_index("status")) {
        const auto s = l.text(f, "status");
        lines.push_back(i18n::trf(N_("Status: {0}"), lang, {s && !s->empty() ? words_for_value("status", *s, lang) : unknown}));
    }
    if (ml.role == data::LayerRole::Parks && dated) {
        lines.push_back(i18n::trf(N_("Occupancy: {0}"), lang, {percent(dated->occ_pct.value, dated->occ_pct.asof)}));
        lines.push_back(i18n::trf(N_("Free land: {0}"), lang,
                                  {free_land(dated->free_ha.value, dated->basis == analysis::kBasisTotalArea)}));
    } else if (ml.role == data::LayerRole::Parks) {
        lines.push_back(i18n::trf(N_("Occupancy: {0}"), lang,
                                  {percent(l.number(f, "occ_pct"), l.text(f, "occ_asof").value_or(""))}));
        std::string basis;
        const auto free = free_land_ha(l, f, &basis);
        lines.push_back(i18n::trf(N_("Free land: {0}"), lang, {free_land(free, basis == "area_ha")}));
    }
    if (ml.role == data::LayerRole::Projects) {
        const auto cap = l.number(f, "cap_musd");
        lines.push_back(i18n::trf(N_("Capital: {0}"), lang,
                                  {cap ? i18n::trf(N_("{0} million USD"), lang, {i18n::format_number(*cap, 2, lang)}) : unknown}));
        if (l.text(f, "attrib") == "uncertain") lines.push_back(i18n::tr("Park and year uncertain (placed by inference)", lang));
    }
    return lines;
}

}  // namespace ui
