#include "data/shapefile_checks.h"

#include "data/dbf_sample.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>

#include <fcntl.h>
#include <unistd.h>

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

// A .dbf's header against itself and the file's size: GDAL stops at the first incomplete
// record without saying why, and a damaged header length silently shifts or drops columns.
void check_dbf(const fs::path& shp, const fs::path& dbf, Diagnostics& out) {
    const std::string file = shp.string();
    const auto header = read_dbf_header(dbf);
    if (!header) {
        out.push_back(diagnostic(Severity::Warning, file,
                                 i18n::N_("the attribute file {0} is not a dBASE table (empty or damaged): shapes are "
                                          "shown without names or figures"),
                                 {dbf.filename().string()}));
        return;
    }
    if (!header->header_consistent) {
        size_t needed = 32 + 32 * header->fields.size() + 1;
        out.push_back(diagnostic(Severity::Warning, file,
                                 i18n::N_("the attribute file {0} has a damaged header: it says its header is {1} bytes, "
                                          "but its {2} columns need {3}. Names and figures may be missing or shifted; "
                                          "copy the .dbf again"),
                                 {dbf.filename().string(), std::to_string(header->header_length),
                                  std::to_string(header->fields.size()), std::to_string(needed)}));
    }
    if (header->header_consistent && header->truncated && header->record_length > 0) {
        const uint64_t body = header->file_size > header->header_length ? header->file_size - header->header_length : 0;
        const uint64_t complete = std::min<uint64_t>(header->records, body / header->record_length);
        out.push_back(diagnostic(Severity::Error, file,
                                 i18n::N_("the attribute file {0} is truncated (half-copied?): its header promises {1} "
                                          "records but only {2} are complete; the features from number {3} on are not "
                                          "shown. Copy the .dbf again"),
                                 {dbf.filename().string(), std::to_string(header->records), std::to_string(complete),
                                  std::to_string(complete + 1)}));
    }
}

}  // namespace

bool is_shapefile_path(const fs::path& path) { return lower(path.extension().string()) == ".shp"; }

bool is_shapefile_part_path(const fs::path& path) {
    const std::string ext = lower(path.extension().string());
    return ext == ".dbf" || ext == ".shx";
}

std::optional<fs::path> shapefile_of_part(const fs::path& part) {
    if (!is_shapefile_part_path(part)) return std::nullopt;
    return sibling(part, ".shp");
}

std::optional<Unreadable> unreadable(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd >= 0) {
        ::close(fd);
        return std::nullopt;
    }
    if (errno == EACCES || errno == EPERM)
        return Unreadable{i18n::N_("permission denied: this account may not read the file; ask its owner for read "
                                   "access, or copy it somewhere you can read"),
                          {}};
    return Unreadable{i18n::N_("the file cannot be read: {0}"), {std::strerror(errno)}};
}

std::string read_cpg(const fs::path& cpg) {
    std::ifstream in(cpg, std::ios::binary);
    std::string text(256, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    const auto blank = [](unsigned char c) { return std::isspace(c) || c == 0; };
    while (!text.empty() && blank(static_cast<unsigned char>(text.back()))) text.pop_back();
    size_t start = 0;
    while (start < text.size() && blank(static_cast<unsigned char>(text[start]))) ++start;
    return text.substr(start);
}

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
    if (const auto why = unreadable(*parts.shx)) {
        Diagnostic d = diagnostic(Severity::Error, parts.shx->string(), why->text, why->args);
        out.push_back(std::move(d));
        return false;
    }
    // A half-copied index: GDAL refuses it with "Failed to read all values ...: Success".
    std::ifstream shx(*parts.shx, std::ios::binary);
    std::array<unsigned char, 100> shx_header{};
    shx.read(reinterpret_cast<char*>(shx_header.data()), shx_header.size());
    const auto shx_size = fs::file_size(*parts.shx, ec);
    const uint64_t shx_declared = shx.gcount() == 100 ? uint64_t(big_endian_u32(shx_header.data() + 24)) * 2 : 0;
    if (!ec && (shx.gcount() < 100 || shx_size < shx_declared)) {
        out.push_back(diagnostic(Severity::Error, file,
                                 i18n::N_("the index file {0}.shx is truncated (half-copied?): it has {1} bytes where its "
                                          "header says {2}. Copy the whole .shx again (Park Atlas does not rebuild it, so "
                                          "as not to write beside your data)"),
                                 {shp.stem().string(), std::to_string(shx_size), std::to_string(shx_declared)}));
        return false;
    }
    if (!parts.dbf) {
        out.push_back(diagnostic(Severity::Warning, file,
                                 i18n::N_("the attribute file {0}.dbf is missing: shapes are shown without names or figures"),
                                 {shp.stem().string()}));
    } else {
        check_dbf(shp, *parts.dbf, out);
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
