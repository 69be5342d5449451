// VN-2000 / TM-3: Viet Nam's cadastral grid, one Transverse Mercator per province (3° wide,
// scale 0.9999, false easting 500 km), each province on its own central meridian. Files are
// often exchanged without a .prj; their numbers then say "VN-2000 TM-3" but not which
// meridian, so the province the data falls in decides it.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "geo/geometry.h"

namespace geo {

struct Vn2000Province {
    const char* name;        // Vietnamese, as the province called itself before the 2025 mergers
    const char* name_ascii;  // for logs and ASCII-only terminals
    double meridian;         // central meridian, decimal degrees
    int epsg;                // the EPSG "VN-2000 / TM-3 ..." CRS on that meridian
    Box lonlat;              // approximate extent, WGS 84 degrees
};

// The provinces and their meridians (Circular 973/2001/TT-TCĐC; sources in the .cpp).
std::span<const Vn2000Province> vn2000_provinces();

// Whether a whole extent fits VN-2000 TM-3 numbers: easting 300-700 km, northing 900-2,700 km.
bool fits_vn2000_tm3(const Box& projected);

struct Vn2000Guess {
    const Vn2000Province* province = nullptr;  // where the data falls, read on that province's meridian
    std::string crs;                            // "EPSG:9210"
    // Other provinces on other meridians where the same numbers would also fall.
    std::vector<const Vn2000Province*> alternatives;
};

// The province whose meridian puts the centre of `projected` inside that same province.
// Hai Phong wins a tie: this is Hai Phong's viewer, and its neighbours' meridians (Hai Duong
// 105°30', Quang Ninh 107°45') each put Hai Phong's own numbers inside themselves too.
// nullopt when the extent does not fit TM-3 or falls in no province.
std::optional<Vn2000Guess> guess_vn2000_zone(const Box& projected);

// "105°45'"
std::string meridian_words(double meridian);

}  // namespace geo
