#include "data/shapefile_checks.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>

namespace fs = std::filesystem;

namespace data {

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

std::optional<fs::path> sibling(const fs::path& shp, const std::string& ext) {
    std::error_code ec;
    const std::string stem = lower(shp.stem().string());
    const fs::path dir = shp.has_parent_path() ? shp.parent_path() : fs::path(".");
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const fs::path& p = entry.path();
        if (lower(p.stem().string()) == stem && lower(p.extension().string()) == ext) return p;
    }
    return std::nullopt;
}

uint32_t big_endian_u32(const unsigned char* b) {
    return (uint32_t(b[0]) << 24) | (uint32_t(b[1]) << 16) | (uint32_t(b[2]) << 8) | uint32_t(b[3]);
}

}  // namespace

bool is_shapefile_path(const fs::path& path) { return lower(path.extension().string()) == ".shp"; }

ShapefileParts find_shapefile_parts(const fs::path& shp) {
    return {sibling(shp, ".shx"), sibling(shp, ".dbf"), sibling(shp, ".prj"), sibling(shp, ".cpg")};
}

bool check_shapefile(const fs::path& shp, const ShapefileParts& parts, Diagnostics& out) {
    const std::string file = shp.string();
    std::ifstream in(shp, std::ios::binary);
    std::array<unsigned char, 100> header{};
    in.read(reinterpret_cast<char*>(header.data()), header.size());
    if (in.gcount() < 100 || big_endian_u32(header.data()) != 9994) {
        out.push_back(diagnostic(Severity::Error, file,
                                 i18n::N_("not a Shapefile: the 100-byte .shp header is missing or damaged (file empty "
                                          "or not a .shp)")));
        return false;
    }
    std::error_code ec;
    const auto actual = fs::file_size(shp, ec);
    const uint64_t declared = uint64_t(big_endian_u32(header.data() + 24)) * 2;  // header counts 16-bit words
    if (!ec && actual < declared) {
        out.push_back(diagnostic(Severity::Error, file,
                                 i18n::N_("file is truncated (half-copied?): the header says {0} bytes but only {1} are "
                                          "there; the features that are complete are shown, the rest are missing"),
                                 {std::to_string(declared), std::to_string(actual)}));
    }
    if (!parts.shx) {
        out.push_back(diagnostic(Severity::Error, file,
                                 i18n::N_("the index file {0}.shx is missing; a Shapefile needs its .shp, .shx and .dbf "
                                          "side by side. Copy the .shx next to the .shp (Park Atlas does not rebuild it, so "
                                          "as not to write beside your data)"),
                                 {shp.stem().string()}));
        return false;
    }
    if (!parts.dbf) {
        out.push_back(diagnostic(Severity::Warning, file,
                                 i18n::N_("the attribute file {0}.dbf is missing: shapes are shown without names or figures"),
                                 {shp.stem().string()}));
    }
    return true;
}

std::optional<int> dbf_language_driver(const fs::path& dbf) {
    std::ifstream in(dbf, std::ios::binary);
    std::array<unsigned char, 32> header{};
    in.read(reinterpret_cast<char*>(header.data()), header.size());
    if (in.gcount() < 32) return std::nullopt;
    return header[29];
}

}  // namespace data
