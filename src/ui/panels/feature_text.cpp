#include "ui/panels/feature_text.h"

#include <cmath>
#include <cstdio>
#include <set>

#include "ui/map_overlay.h"

namespace ui {

namespace {

constexpr const char* kUnknown = "unknown";

struct FieldWords {
    const char* field;
    const char* label;
    const char* unit;         // appended to numbers ("ha", "%", "M USD"); may be empty
    const char* source_field; // field holding this figure's source; may be null
    const char* asof_field;   // field holding this figure's date; may be null
};

// Shared by every bundled layer; fields a layer lacks are skipped.
constexpr FieldWords kWords[] = {
    {"name_vi", "Vietnamese name", "", nullptr, nullptr},
    {"name_en", "English name", "", nullptr, nullptr},
    {"id", "Identifier", "", nullptr, nullptr},
    {"kind", "Kind", "", nullptr, nullptr},
    {"status", "Status", "", nullptr, nullptr},
    {"est", "Established park (counts in the Decree 35 average)", "", nullptr, nullptr},
    {"investor", "Investor", "", nullptr, nullptr},
    {"country", "Investor's country", "", nullptr, nullptr},
    {"park_id", "Park", "", nullptr, nullptr},
    {"cap_musd", "Capital", "million USD", "source", "year"},
    {"cap_kind", "Kind of capital", "", nullptr, nullptr},
    {"year", "Year of investment", "", nullptr, nullptr},
    {"sector", "Sector", "", nullptr, nullptr},
    {"area_ha", "Total area", "ha", "area_src", nullptr},
    {"lease_ha", "Leasable industrial land", "ha", "lease_src", nullptr},
    {"occ_pct", "Occupancy", "%", "occ_src", "occ_asof"},
    {"port_ha", "Port area", "ha", "func_src", nullptr},
    {"ind_ha", "Industrial area", "ha", "func_src", nullptr},
    {"urban_ha", "Urban area", "ha", "func_src", nullptr},
    {"fta_ha", "Free-trade area", "ha", "func_src", nullptr},
    {"developer", "Infrastructure developer", "", "dev_src", nullptr},
    {"district", "District", "", nullptr, nullptr},
    {"tenants", "Tenants", "", "ten_src", nullptr},
    {"decision", "Founding decision", "", nullptr, "dec_date"},
    {"founded", "Founded / licensed", "", nullptr, nullptr},
    {"handover", "Land hand-over", "", nullptr, nullptr},
    {"source", "Sources", "", nullptr, nullptr},
    {"notes", "Notes", "", nullptr, nullptr},
    {"outline", "Outline", "", nullptr, nullptr},
};

// Fields shown only as part of another row, or not at all (map labels).
const std::set<std::string>& folded_fields() {
    static const std::set<std::string> s = {"area_src", "lease_src", "occ_src", "occ_asof", "dev_src", "ten_src",
                                            "func_src", "dec_date", "label_vi", "label_en"};
    return s;
}

std::string words_for_value(const std::string& field, const std::string& v) {
    if (field == "status") {
        if (v == "operating") return "operating";
        if (v == "building") return "under construction";
        if (v == "planned") return "planned";
        if (v == "established") return "established";
    }
    if (field == "est") return v == "yes" ? "yes" : v == "no" ? "no" : v;
    if (field == "outline") {
        if (v == "approximate") return "approximate outline: an illustration sized to the sourced area, not a surveyed boundary";
        if (v == "none") return "no outline: the location is not known";
    }
    if (field == "cap_kind") {
        if (v == "new") return "new investment";
        if (v == "increase") return "capital increase";
        if (v == "total") return "total capital";
    }
    return v;
}

}  // namespace

std::string format_number(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    const size_t dot = s.find('.');
    size_t int_end = dot == std::string::npos ? s.size() : dot;
    const size_t int_start = (s[0] == '-') ? 1 : 0;
    for (long k = long(int_end) - 3; k > long(int_start); k -= 3) s.insert(size_t(k), ",");
    return s;
}

std::string layer_title(const data::MapLayer& layer) {
    using R = data::LayerRole;
    switch (layer.role) {
        case R::Parks: return "Industrial parks";
        case R::EconomicZones: return "Economic zones";
        case R::Projects: return "Investment projects";
        case R::Landmarks: return "Landmarks";
        case R::Sea: return "Sea";
        case R::Land: return "Land";
        case R::Rivers: return "Rivers";
        case R::Coastline: return "Coastline";
        case R::User: break;
    }
    return layer.layer.name;
}

std::string feature_title(const data::MapLayer& layer, size_t feature, i18n::Language lang) {
    const data::Layer& l = layer.layer;
    if (feature >= l.features.size()) return "";
    const data::Feature& f = l.features[feature];
    const i18n::Language other = lang == i18n::Language::En ? i18n::Language::Vi : i18n::Language::En;
    for (const char* field : {i18n::name_field(lang), i18n::name_field(other), "investor", "name", "NAME", "id"})
        if (auto v = l.text(f, field); v && !v->empty()) return *v;
    std::string label = map_label(l, f, lang);
    return label.empty() ? "feature " + std::to_string(f.source_id) : label;
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
                                        i18n::Language) {
    std::vector<DetailRow> rows;
    const data::Layer& l = ml.layer;
    if (feature >= l.features.size()) return rows;
    const data::Feature& f = l.features[feature];
    std::set<std::string> done = folded_fields();
    for (const auto& w : kWords) {
        if (!l.field_index(w.field)) continue;
        done.insert(w.field);
        if (w.source_field) done.insert(w.source_field);
        if (w.asof_field) done.insert(w.asof_field);
        DetailRow row;
        row.label = w.label;
        const auto text = l.text(f, w.field);
        if (!text || text->empty()) {
            row.value = kUnknown;
        } else if (const auto num = l.number(f, w.field); num && *w.unit) {
            row.value = format_number(*num) + " " + w.unit;
        } else {
            row.value = words_for_value(w.field, *text);
        }
        if (std::string(w.field) == "park_id" && text) {
            for (const auto& other : catalog.layers) {
                if (other.role != data::LayerRole::Parks) continue;
                for (size_t i = 0; i < other.layer.features.size(); ++i)
                    if (other.layer.text(other.layer.features[i], "id") == text)
                        row.value = feature_title(other, i, i18n::Language::En) + " (" + *text + ")";
            }
        }
        if (*w.unit && text && !text->empty()) {
            std::string note;
            if (w.asof_field && l.field_index(w.asof_field)) {
                const auto d = l.text(f, w.asof_field);
                note += std::string("as of ") + (d && !d->empty() ? *d : kUnknown);
            } else {
                note += "as of: the date in its source";
            }
            if (w.source_field && l.field_index(w.source_field)) {
                const auto s = l.text(f, w.source_field);
                note += std::string(" · source (") + w.source_field + "): " + (s && !s->empty() ? *s : kUnknown);
            }
            row.note = note;
        } else if (w.source_field && text && !text->empty() && l.field_index(w.source_field)) {
            const auto s = l.text(f, w.source_field);
            row.note = std::string("source (") + w.source_field + "): " + (s && !s->empty() ? *s : kUnknown);
        } else if (w.asof_field && text && !text->empty() && l.field_index(w.asof_field)) {
            const auto d = l.text(f, w.asof_field);
            row.note = std::string("dated ") + (d && !d->empty() ? *d : kUnknown);
        }
        rows.push_back(row);
    }
    if (ml.role == data::LayerRole::Parks) {
        std::string basis;
        const auto free = free_land_ha(l, f, &basis);
        rows.push_back({"Free land (computed)", free ? format_number(*free, 1) + " ha" : kUnknown,
                        free ? "computed from " + basis + " and occ_pct" : "needs occupancy and an area"});
    }
    // Anything else the file holds (user layers): the raw field name is all we know.
    for (const auto& field : l.fields) {
        if (done.count(field.name)) continue;
        const auto v = l.text(f, field.name);
        rows.push_back({field.name, v && !v->empty() ? *v : kUnknown, ""});
    }
    return rows;
}

std::vector<std::string> tooltip_lines(const data::MapLayer& ml, size_t feature, i18n::Language lang,
                                       const analysis::ParkAvailability* dated) {
    std::vector<std::string> lines;
    const data::Layer& l = ml.layer;
    if (feature >= l.features.size()) return lines;
    const data::Feature& f = l.features[feature];
    lines.push_back(feature_title(ml, feature, lang));
    if (l.field_index("status")) {
        const auto s = l.text(f, "status");
        lines.push_back("Status: " + (s && !s->empty() ? words_for_value("status", *s) : std::string(kUnknown)));
    }
    if (ml.role == data::LayerRole::Parks && dated) {
        const auto& occ = dated->occ_pct;
        lines.push_back("Occupancy: " + (occ.value ? format_number(*occ.value, 1) + " %" +
                                                         (occ.asof.empty() ? "" : " (" + occ.asof + ")")
                                                   : std::string(kUnknown)));
        const auto& free = dated->free_ha;
        lines.push_back("Free land: " + (free.value ? format_number(*free.value, 1) + " ha" +
                                                          (dated->basis == analysis::kBasisTotalArea ? " (of total area)" : "")
                                                    : std::string(kUnknown)));
    } else if (ml.role == data::LayerRole::Parks) {
        const auto occ = l.number(f, "occ_pct");
        const auto asof = l.text(f, "occ_asof");
        lines.push_back("Occupancy: " + (occ ? format_number(*occ, 1) + " %" + (asof ? " (" + *asof + ")" : "") : kUnknown));
        std::string basis;
        const auto free = free_land_ha(l, f, &basis);
        lines.push_back("Free land: " + (free ? format_number(*free, 1) + " ha" + (basis == "area_ha" ? " (of total area)" : "")
                                              : std::string(kUnknown)));
    }
    if (ml.role == data::LayerRole::Projects) {
        const auto cap = l.number(f, "cap_musd");
        lines.push_back("Capital: " + (cap ? format_number(*cap) + " million USD" : std::string(kUnknown)));
    }
    return lines;
}

}  // namespace ui
