// How a file's text is to be read: recoded by GDAL as the file declares (a .cpg, or the .dbf's
// code page), or taken as raw bytes and read in an encoding that a .cpg names but GDAL cannot
// read (TCVN3, VNI), that the user gave (--encoding), or that was detected from the bytes.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "data/diagnostic.h"
#include "data/layer.h"
#include "data/legacy_vietnamese.h"
#include "data/load_options.h"
#include "data/shapefile_checks.h"

namespace data {

struct TextPlan {
    bool raw = false;  // false: GDAL recodes to UTF-8 as the file declares
    TextEncoding encoding = TextEncoding::Utf8;
    Basis basis = Basis::Declared;
    double confidence = 1.0;  // of a detection
    std::string declared;     // what the .cpg says, as written
    size_t values_looked_at = 0;
};

// For a Shapefile. Problems with the .cpg or the .dbf's header go to `out`.
TextPlan plan_shapefile_text(const std::filesystem::path& shp, const ShapefileParts& parts,
                             const SourceAssumptions& assume, Diagnostics& out);

// For a format whose text GDAL passes on as raw bytes (a DGN drawing's text elements):
// `samples` are some of its values.
TextPlan plan_raw_text(const std::vector<std::string>& samples, const SourceAssumptions& assume);

// Fills the layer's provenance and, for a legacy encoding read or detected, says so in `out`.
void report_text_plan(const TextPlan& plan, const std::string& file, const std::string& layer, size_t values_decoded,
                      Provenance& provenance, Diagnostics& out);

}  // namespace data
