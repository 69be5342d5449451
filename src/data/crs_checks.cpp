#include "data/crs_checks.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "data/ogr_convert.h"
#include "geo/crs.h"
#include "geo/vn2000_zones.h"

namespace data {

namespace {

std::string corner_words(const geo::Box& b) {
    const auto number = [](double v) {
        char buf[48];
        std::snprintf(buf, sizeof buf, std::abs(v) >= 1000 ? "%.0f" : "%.6g", v);
        return std::string(buf);
    };
    return number(b.min.x) + ", " + number(b.min.y);
}

std::string crs_words(const std::string& definition) {
    return geo::describe_crs(definition).value_or(definition.substr(0, 60));
}

// No CRS named: longitude/latitude if the numbers allow it, else VN-2000 TM-3 on the meridian
// of the province they fall in, else nothing.
std::string guess_crs(const CrsQuestion& q, Diagnostics& out) {
    const std::string stem = std::filesystem::path(q.file).stem().string();
    if (looks_like_lonlat(q.source_bounds)) {
        out.push_back(diagnostic(Severity::Warning, q.file,
                                 i18n::N_("layer '{0}': no CRS given (no .prj file); coordinates look like "
                                          "longitude/latitude, so WGS 84 (EPSG:4326) is assumed"),
                                 {q.layer}));
        return geo::kLonLatCrs;
    }
    if (const auto guess = geo::guess_vn2000_zone(q.source_bounds)) {
        const auto& p = *guess->province;
        out.push_back(diagnostic(
            Severity::Warning, q.file,
            i18n::N_("layer '{0}': the file names no CRS. Its coordinates fit VN-2000 / TM-3 and fall in {1} on that "
                     "province's meridian {2}, so VN-2000 / TM-3 {2} ({3}) is assumed. This is a guess; to be certain, "
                     "open it with --crs {3}, or for a Shapefile put its .prj beside it: gdalsrsinfo -o wkt1 {3} > {4}.prj"),
            {q.layer, p.name, geo::meridian_words(p.meridian), guess->crs, stem}));
        if (!guess->alternatives.empty()) {
            std::string others;
            for (const auto* a : guess->alternatives) {
                if (!others.empty()) others += "; ";
                others += std::string(a->name) + " " + geo::meridian_words(a->meridian) + " (EPSG:" + std::to_string(a->epsg) + ")";
            }
            out.push_back(diagnostic(Severity::Warning, q.file,
                                     i18n::N_("layer '{0}': read on another province's meridian the same numbers would "
                                              "fall there too: {1}. If the data comes from there, its .prj must say so"),
                                     {q.layer, others}));
        }
        return guess->crs;
    }
    out.push_back(diagnostic(Severity::Error, q.file,
                             i18n::N_("layer '{0}': no CRS given (no .prj file) and the coordinates are not "
                                      "longitude/latitude, so the layer cannot be placed; add the .prj file"),
                             {q.layer}));
    return {};
}

// A CRS named: does the data agree with its units?
void check_declared(const CrsQuestion& q, Diagnostics& out) {
    if (!q.srs || q.source_bounds.empty()) return;
    const bool lonlat_numbers = looks_like_lonlat(q.source_bounds);
    if (q.srs->IsProjected() && lonlat_numbers) {
        out.push_back(diagnostic(
            Severity::Warning, q.file,
            i18n::N_("layer '{0}': its CRS is {1}, in metres, but every coordinate lies within ±180 and ±90 as "
                     "longitudes and latitudes do (e.g. {2}): the layer is drawn where {1} puts those numbers, next to "
                     "that projection's origin, which is most likely wrong. Check its .prj: data in degrees needs WGS 84 "
                     "(EPSG:4326) or VN-2000 (EPSG:4756)"),
            {q.layer, crs_words(q.declared), corner_words(q.source_bounds)}));
    } else if (q.srs->IsGeographic() && !lonlat_numbers) {
        if (const auto guess = geo::guess_vn2000_zone(q.source_bounds)) {
            out.push_back(diagnostic(
                Severity::Warning, q.file,
                i18n::N_("layer '{0}': its CRS is {1}, in degrees, but its coordinates are not longitudes and latitudes "
                         "(e.g. {2}); they fit VN-2000 / TM-3 metres, as in {3} ({4}). Features outside ±180, ±90 cannot be "
                         "placed: check the file's CRS"),
                {q.layer, crs_words(q.declared), corner_words(q.source_bounds), guess->province->name, guess->crs}));
        } else {
            out.push_back(diagnostic(Severity::Warning, q.file,
                                     i18n::N_("layer '{0}': its CRS is {1}, in degrees, but its coordinates are not "
                                              "longitudes and latitudes (e.g. {2}). Features outside ±180, ±90 cannot be "
                                              "placed: check the file's CRS"),
                                     {q.layer, crs_words(q.declared), corner_words(q.source_bounds)}));
        }
    }
}

}  // namespace

SettledCrs settle_crs(const CrsQuestion& q, Diagnostics& out) {
    if (!q.named_in_file.empty()) {
        OGRSpatialReference known;
        if (known.SetFromUserInput(q.named_in_file.c_str()) != OGRERR_NONE)
            out.push_back(diagnostic(Severity::Warning, q.file,
                                     i18n::N_("layer '{0}': the file names its CRS '{1}', which PROJ does not know; its "
                                              "coordinates were read as WGS 84 longitude/latitude, the GeoJSON standard's "
                                              "CRS"),
                                     {q.layer, q.named_in_file}));
    }
    if (!q.declared.empty()) {
        check_declared(q, out);
        return {q.declared, Basis::Declared};
    }
    if (q.source_bounds.empty()) return {{}, Basis::Unknown};
    if (!q.assumed.empty() && q.prj_name.empty()) {
        out.push_back(diagnostic(Severity::Info, q.file, i18n::N_("layer '{0}': the file names no CRS; {1} was given with --crs"),
                                 {q.layer, crs_words(q.assumed)}));
        return {q.assumed, Basis::Given};
    }
    if (!q.prj_name.empty()) {
        out.push_back(diagnostic(Severity::Error, q.file,
                                 i18n::N_("layer '{0}': the CRS in {1} is not one GDAL/PROJ recognises, so the layer "
                                          "cannot be placed on the map"),
                                 {q.layer, q.prj_name}));
        return {{}, Basis::Unknown};
    }
    std::string guessed = guess_crs(q, out);
    return {guessed, guessed.empty() ? Basis::Unknown : Basis::Guessed};
}

std::string geojson_crs_name(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(64 * 1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    // {"crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::9210"}}}, looked for
    // by hand: std::regex recurses per character and a fuzzer would overflow its stack.
    const size_t crs = head.find("\"crs\"");
    if (crs == std::string::npos) return {};
    const size_t props = head.find("\"properties\"", crs);
    const size_t name = props == std::string::npos ? props : head.find("\"name\"", props);
    if (name == std::string::npos || name - crs > 512) return {};
    const size_t colon = head.find(':', name + 6);
    const size_t open = colon == std::string::npos ? colon : head.find('"', colon);
    const size_t close = open == std::string::npos ? open : head.find('"', open + 1);
    if (close == std::string::npos || close - open > 256) return {};
    return head.substr(open + 1, close - open - 1);
}

}  // namespace data
