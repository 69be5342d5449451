// What the park attributes mean: statuses and the occupancy classes the map colours by.
// The 60% break is Decree 35/2022/NĐ-CP art. 9(6): a new park may be filed only while the
// established parks average at least 60% occupancy.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "i18n/catalogue.h"

namespace data {

inline constexpr double kDecree35OccupancyThreshold = 60.0;

enum class ParkStatus { Unknown = 0, Operating, Building, Planned };

ParkStatus parse_park_status(std::string_view text);

// A status in words, in `lang`: "operating", "under construction", "planned"; "unknown" else.
const char* status_words(std::string_view status, i18n::Language lang);

// Classes of the occupancy ramp; the break between Below60 and From60 is the decree's.
enum class OccupancyClass { Unknown = 0, Below40, From40To60, From60To80, From80To95, From95 };

inline constexpr std::array<OccupancyClass, 6> kAllOccupancyClasses = {
    OccupancyClass::From95, OccupancyClass::From80To95, OccupancyClass::From60To80,
    OccupancyClass::From40To60, OccupancyClass::Below40, OccupancyClass::Unknown};

OccupancyClass classify_occupancy(std::optional<double> percent);

// "95–100%", "80–95%", ...; "unknown" for Unknown.
const char* occupancy_class_label(OccupancyClass c);

}  // namespace data
