// libFuzzer target: data::load_vector_file on a GeoJSON file or a Shapefile held in GDAL's
// /vsimem/ (memory), reprojected to EPSG:3857.
//
// Input: one byte of options, then the file.
//   byte 0, bit 0: 0 = the rest is a GeoJSON file; 1 = the rest is a Shapefile, its parts
//                  .shp, .shx, .dbf, .prj and .cpg one after another, separated by
//                  kPartSeparator (parts left out at the end are files left out)
//           bit 1: two threads (reading and reprojecting at once) instead of one
//           bit 2: exact transforms (approx_tolerance 0) instead of the approximate one
//           bit 3: a Shapefile of 2 or more features is read by two readers at once
// Checks, beyond what ASan and UBSan catch: the loader's promises about what it returns — every
// coordinate finite, every feature's geometry of its layer's kind, one value per field, every
// value valid UTF-8 — and that every diagnostic can be put into words in each language.
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "data/vector_loader.h"
#include "i18n/language.h"

namespace {

constexpr std::string_view kPartSeparator = "\n--next-part--\n";
constexpr const char* kDir = "/vsimem/fuzz";

[[noreturn]] void fail(const char* what, const std::string& detail = {}) {
    std::fprintf(stderr, "fuzz_vector_loader: %s%s%s\n", what, detail.empty() ? "" : ": ", detail.c_str());
    std::abort();
}

void put_file(const std::string& path, std::string_view bytes) {
    VSILFILE* f = VSIFOpenL(path.c_str(), "wb");
    if (!f) fail("cannot create", path);
    if (!bytes.empty() && VSIFWriteL(bytes.data(), 1, bytes.size(), f) != bytes.size()) fail("cannot write", path);
    VSIFCloseL(f);
}

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool valid_utf8(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        size_t n = 0;
        uint32_t cp = 0, min = 0;
        if (c < 0x80) { ++i; continue; }
        if ((c & 0xE0) == 0xC0) n = 1, cp = c & 0x1F, min = 0x80;
        else if ((c & 0xF0) == 0xE0) n = 2, cp = c & 0x0F, min = 0x800;
        else if ((c & 0xF8) == 0xF0) n = 3, cp = c & 0x07, min = 0x10000;
        else return false;
        if (i + n >= s.size()) return false;  // truncated
        for (size_t k = 1; k <= n; ++k) {
            const auto b = static_cast<unsigned char>(s[i + k]);
            if ((b & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (b & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += n + 1;
    }
    return true;
}

void check(const data::LoadResult& result) {
    for (const data::Layer& layer : result.layers) {
        for (const data::Feature& f : layer.features) {
            if (!f.geometry.empty() && f.geometry.kind != layer.kind) fail("a feature's geometry is not of its layer's kind", layer.name);
            f.geometry.for_each_vertex([&](const geo::Vec2& p) {
                if (!std::isfinite(p.x) || !std::isfinite(p.y)) fail("a non-finite coordinate was kept", layer.name);
            });
            if (f.values.size() != layer.fields.size()) fail("not one value per field", layer.name);
            for (const auto& v : f.values)
                if (v && !valid_utf8(*v)) fail("a value is not valid UTF-8", std::string(*v));
        }
    }
    // Every message can be listed (file level, then each layer's) and put into words.
    for (const auto& d : result.all_diagnostics())
        for (const auto lang : i18n::kLanguages) (void)d.to_string(lang);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // GDAL's messages are captured by the loader; anything else it prints is noise here.
    CPLSetErrorHandler(CPLQuietErrorHandler);
    // Nothing outside /vsimem/ is wanted: no network (a GeoJSON "crs" link), no PROJ grids.
    CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
    CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", "none");
    CPLSetConfigOption("PROJ_NETWORK", "OFF");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1) return 0;
    const uint8_t flags = data[0];
    const std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);

    data::LoadOptions options;
    options.target_crs = "EPSG:3857";
    options.threads = (flags & 2) ? 2 : 1;
    options.approx_tolerance = (flags & 4) ? 0.0 : 0.01;
    if (flags & 8) options.split_reading_at = 2;

    std::vector<std::string> written;
    std::string path;
    if ((flags & 1) == 0) {
        path = std::string(kDir) + "/in.geojson";
        put_file(path, rest);
        written.push_back(path);
    } else {
        static const char* const kExtensions[] = {".shp", ".shx", ".dbf", ".prj", ".cpg"};
        path = std::string(kDir) + "/in.shp";
        size_t start = 0;
        for (const char* ext : kExtensions) {
            if (start > rest.size()) break;
            size_t end = rest.find(kPartSeparator, start);
            if (end == std::string_view::npos) end = rest.size();
            const std::string part = std::string(kDir) + "/in" + ext;
            put_file(part, rest.substr(start, end - start));
            written.push_back(part);
            start = end + kPartSeparator.size();
        }
    }

    const data::LoadResult result = data::load_vector_file(path, options);
    check(result);
    // To see what the loader made of an input: PARKATLAS_FUZZ_VERBOSE=1 fuzz_vector_loader FILE
    static const bool verbose = [] {
        const char* v = std::getenv("PARKATLAS_FUZZ_VERBOSE");
        return v && *v == '1';
    }();
    if (verbose) {
        for (const auto& l : result.layers)
            std::fprintf(stderr, "layer '%s': %zu features, kind %d, crs %.60s\n", l.name.c_str(), l.features.size(),
                         static_cast<int>(l.kind), l.crs.c_str());
        for (const auto& d : result.all_diagnostics()) std::fprintf(stderr, "%s\n", d.to_string().c_str());
    }

    for (const auto& f : written) VSIUnlink(f.c_str());
    return 0;
}
