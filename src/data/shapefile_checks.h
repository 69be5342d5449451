// Checks on the files that make up an ESRI Shapefile, done before GDAL opens it, so that a
// missing or half-copied part is reported in the user's words instead of GDAL's.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "data/diagnostic.h"

namespace data {

struct ShapefileParts {
    std::optional<std::filesystem::path> shx, dbf, prj, cpg;
};

bool is_shapefile_path(const std::filesystem::path& path);

// The .shp a lone .dbf or .shx given as the file belongs to (the attribute table or index the
// user picked instead of the shapes), when it is there.
std::optional<std::filesystem::path> shapefile_of_part(const std::filesystem::path& part);
bool is_shapefile_part_path(const std::filesystem::path& path);  // .dbf or .shx

// Finds the sibling files whatever the case of their extension (.SHX, .shx).
ShapefileParts find_shapefile_parts(const std::filesystem::path& shp);

// Appends what is wrong with the parts to `out`; returns false when the layer cannot be read
// at all (no .shx, not a shapefile header).
bool check_shapefile(const std::filesystem::path& shp, const ShapefileParts& parts, Diagnostics& out);

// Why the file cannot be opened for reading (permission denied, ...), as a catalogue entry and
// its argument; nullopt when it can be. GDAL says "not recognised" for an unreadable file.
struct Unreadable {
    const char* text;
    std::vector<std::string> args;
};
std::optional<Unreadable> unreadable(const std::filesystem::path& path);

// The encoding a .cpg names, as written (trimmed); empty when the file is empty or unreadable.
std::string read_cpg(const std::filesystem::path& cpg);

// Byte 29 of a .dbf: the code page ("language driver id"); 0 means unspecified.
std::optional<int> dbf_language_driver(const std::filesystem::path& dbf);

}  // namespace data
