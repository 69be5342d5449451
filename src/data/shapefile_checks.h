// Checks on the files that make up an ESRI Shapefile, done before GDAL opens it, so that a
// missing or half-copied part is reported in the user's words instead of GDAL's.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "data/diagnostic.h"

namespace data {

struct ShapefileParts {
    std::optional<std::filesystem::path> shx, dbf, prj, cpg;
};

bool is_shapefile_path(const std::filesystem::path& path);

// Finds the sibling files whatever the case of their extension (.SHX, .shx).
ShapefileParts find_shapefile_parts(const std::filesystem::path& shp);

// Appends what is wrong with the parts to `out`; returns false when the layer cannot be read
// at all (no .shx, not a shapefile header).
bool check_shapefile(const std::filesystem::path& shp, const ShapefileParts& parts, Diagnostics& out);

// Byte 29 of a .dbf: the code page ("language driver id"); 0 means unspecified.
std::optional<int> dbf_language_driver(const std::filesystem::path& dbf);

}  // namespace data
