#include "app/info_command.h"
#include "data/database_source.h"
#include "data/indexed_source.h"

#include <algorithm>
#include <map>
#include <span>

#include "data/raster_source.h"
#include "data/vector_loader.h"
#include "geo/crs.h"
#include "i18n/catalogue.h"
#include "i18n/number_format.h"
#include "ui/panels/provenance_text.h"

namespace app {

namespace {

using i18n::N_;

constexpr size_t kSampleValues = 3;
constexpr size_t kSampleLength = 40;

const char* field_type_words(data::FieldType t) {
    switch (t) {
        case data::FieldType::String: return N_("text");
        case data::FieldType::Integer: return N_("whole number");
        case data::FieldType::Real: return N_("number");
        case data::FieldType::Date: return N_("date");
        case data::FieldType::Other: break;
    }
    return N_("other");
}

// A value cut to a readable length, whole UTF-8 characters only.
std::string sample_words(std::string_view v) {
    if (v.size() <= kSampleLength) return "\"" + std::string(v) + "\"";
    size_t cut = kSampleLength;
    while (cut > 0 && (static_cast<unsigned char>(v[cut]) & 0xC0) == 0x80) --cut;
    return "\"" + std::string(v.substr(0, cut)) + "…\"";
}

// The features the samples come from: those held, or an indexed layer's first rows, read from its file.
std::vector<data::Feature> first_read(const data::Layer& layer) {
    if (!layer.rows || !layer.indexed) return {};
    const size_t n = std::min<size_t>(layer.rows->size(), 200);
    return layer.indexed->read(std::span<const int64_t>(layer.rows->fids.data(), n));
}

std::string field_samples(const std::vector<data::Feature>& features, size_t field) {
    std::vector<std::string_view> seen;
    for (const auto& f : features) {
        if (field >= f.values.size()) continue;
        const auto v = f.values[field];
        if (!v || v->empty() || std::find(seen.begin(), seen.end(), *v) != seen.end()) continue;
        seen.push_back(*v);
        if (seen.size() == kSampleValues) break;
    }
    std::string out;
    for (const auto& v : seen) out += (out.empty() ? "" : ", ") + sample_words(v);
    return out;
}

std::string extent_words(const geo::Box& b, i18n::Language lang) {
    if (b.empty()) return i18n::tr(N_("none (nothing could be placed)"), lang);
    return i18n::trf(N_("{0}–{1}° E, {2}–{3}° N (WGS 84)"), lang,
                     {i18n::format_fixed(b.min.x, 5, lang), i18n::format_fixed(b.max.x, 5, lang),
                      i18n::format_fixed(b.min.y, 5, lang), i18n::format_fixed(b.max.y, 5, lang)});
}

// A CAD drawing's levels (DGN), with how many elements each holds: a planner's layers.
std::string level_words(const data::Layer& layer) {
    const auto field = layer.field_index("Level");
    if (!field || layer.provenance.driver.find("DGN") == std::string::npos) return {};
    std::map<long, size_t> count;
    for (const auto& f : layer.features)
        if (const auto v = layer.number(f, "Level")) ++count[static_cast<long>(*v)];
    std::string out;
    for (const auto& [level, n] : count) out += (out.empty() ? "" : ", ") + std::to_string(level) + " (" + std::to_string(n) + ")";
    return out;
}

void describe_layer(const data::Layer& layer, std::ostream& out, i18n::Language lang) {
    out << "  " << i18n::trf(N_("Layer '{0}': {1} features, {2}"), lang,
                             {layer.name, i18n::format_number(double(layer.feature_count()), 0, lang),
                              i18n::tr(data::to_string(layer.kind), lang)})
        << "\n";
    out << "    " << i18n::trf(N_("CRS: {0}"), lang, {ui::crs_provenance(layer, lang)}) << "\n";
    if (!layer.fields.empty())
        out << "    " << i18n::trf(N_("Text encoding: {0}"), lang, {ui::encoding_provenance(layer.provenance, lang)}) << "\n";
    out << "    " << i18n::trf(N_("Extent: {0}"), lang, {extent_words(layer.bounds(), lang)}) << "\n";
    if (const std::string levels = level_words(layer); !levels.empty())
        out << "    " << i18n::trf(N_("Levels (elements): {0}"), lang, {levels}) << "\n";
    if (!layer.text_field.empty())
        out << "    " << i18n::trf(N_("Text elements are drawn as labels from the field '{0}'"), lang, {layer.text_field}) << "\n";
    out << "    " << i18n::trf(N_("Fields ({0}):"), lang, {std::to_string(layer.fields.size())}) << "\n";
    const std::vector<data::Feature> read = first_read(layer);
    const std::vector<data::Feature>& sampled = layer.rows ? read : layer.features;
    for (size_t i = 0; i < layer.fields.size(); ++i) {
        const std::string samples = field_samples(sampled, i);
        out << "      " << layer.fields[i].name << " (" << i18n::tr(field_type_words(layer.fields[i].type), lang) << "): "
            << (samples.empty() ? i18n::tr(N_("no values"), lang) : samples) << "\n";
    }
}

void describe_raster(const data::RasterSource& r, std::ostream& out, i18n::Language lang) {
    out << "  " << r.name() << ": " << i18n::trf(N_("image, {0} x {1} pixels, {2}, {3} overview levels"), lang,
                             {std::to_string(r.width()), std::to_string(r.height()), r.driver(),
                              std::to_string(r.overviews().size())})
        << "\n";
    out << "    " << i18n::trf(N_("CRS: {0}"), lang, {geo::describe_crs(r.crs()).value_or(r.crs().substr(0, 60))}) << "\n";
    out << "    " << i18n::trf(N_("Extent: {0}"), lang, {extent_words(r.bounds(), lang)}) << "\n";
}

}  // namespace

int run_info(const std::vector<std::string>& files, const data::SourceAssumptions& assume, std::ostream& out,
             i18n::Language lang) {
    bool all_well = true;
    for (const auto& file : files) {
        data::LoadOptions options;
        options.target_crs = geo::kLonLatCrs;  // the extent in lon/lat, whatever the file's CRS
        options.assume = assume;
        // An image: its size, levels, CRS and extent; the vector loader only if it holds layers too.
        const data::RasterLoad rasters = data::open_rasters(file, geo::kLonLatCrs, assume.crs);
        if (rasters.raster && !rasters.vector_too) {
            out << file << "\n";
            for (const auto& r : rasters.sources) describe_raster(*r, out, lang);
            if (rasters.diagnostics.empty()) out << "  " << i18n::tr(N_("Problems: none found"), lang) << "\n";
            else out << "  " << i18n::tr(N_("Problems:"), lang) << "\n";
            for (const auto& d : rasters.diagnostics) out << "    " << d.to_string(lang) << "\n";
            if (rasters.sources.empty() || data::has_errors(rasters.diagnostics)) all_well = false;
            out << "\n";
            continue;
        }
        const data::LoadResult result = data::load_vector_file(file, options);
        out << data::mask_password(file) << "\n";
        for (const auto& r : rasters.sources) describe_raster(*r, out, lang);
        if (!result.layers.empty() && !result.layers.front().provenance.driver.empty())
            out << "  " << i18n::trf(N_("Format: {0}"), lang, {result.layers.front().provenance.driver}) << "\n";
        for (const auto& layer : result.layers) describe_layer(layer, out, lang);
        const data::Diagnostics problems = result.all_diagnostics();
        if (problems.empty()) {
            out << "  " << i18n::tr(N_("Problems: none found"), lang) << "\n";
        } else {
            out << "  " << i18n::tr(N_("Problems:"), lang) << "\n";
            for (const auto& d : problems) out << "    " << d.to_string(lang) << "\n";
        }
        if (result.layers.empty() || data::has_errors(problems)) all_well = false;
        out << "\n";
    }
    return all_well ? 0 : 1;
}

}  // namespace app
