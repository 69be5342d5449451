#include "data/layer.h"

#include <charconv>

#include "data/indexed_source.h"

namespace data {

size_t Layer::feature_count() const { return rows ? rows->size() : features.size(); }

Feature Layer::feature_copy(size_t i) const {
    if (!rows) return i < features.size() ? features[i] : Feature{};
    if (!indexed || i >= rows->size()) return {};
    return indexed->read_one(rows->fids[i]);
}

geo::Box Layer::feature_bounds(size_t i) const {
    if (rows) return i < rows->size() ? rows->boxes[i] : geo::Box{};
    return i < features.size() ? features[i].geometry.bounds() : geo::Box{};
}

geo::Box Layer::indexed_bounds() const {
    geo::Box b;
    for (const geo::Box& r : rows->boxes) b.merge(r);
    return b;
}

std::optional<double> Layer::number(const Feature& f, std::string_view field_name) const {
    auto s = text(f, field_name);
    if (!s || s->empty()) return std::nullopt;
    double v = 0.0;
    const char* begin = s->data();
    while (begin < s->data() + s->size() && *begin == ' ') ++begin;
    auto [end, ec] = std::from_chars(begin, s->data() + s->size(), v);
    if (ec != std::errc{} || end == begin) return std::nullopt;
    return v;
}

const char* to_string(geo::GeometryKind kind) {
    switch (kind) {
        case geo::GeometryKind::Points: return i18n::N_("points");
        case geo::GeometryKind::Lines: return i18n::N_("lines");
        case geo::GeometryKind::Polygons: return i18n::N_("polygons");
        case geo::GeometryKind::None: break;
    }
    return i18n::N_("no geometry");
}

const char* to_string(Basis basis) {
    switch (basis) {
        case Basis::Declared: return i18n::N_("named in the file");
        case Basis::Guessed: return i18n::N_("guessed from the content");
        case Basis::Given: return i18n::N_("given by you");
        case Basis::Unknown: break;
    }
    return i18n::N_("unknown");
}

}  // namespace data
