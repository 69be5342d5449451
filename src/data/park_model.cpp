#include "data/park_model.h"

#include <cmath>

namespace data {

ParkStatus parse_park_status(std::string_view text) {
    if (text == "operating") return ParkStatus::Operating;
    if (text == "building") return ParkStatus::Building;
    if (text == "planned") return ParkStatus::Planned;
    return ParkStatus::Unknown;
}

OccupancyClass classify_occupancy(std::optional<double> percent) {
    if (!percent || !std::isfinite(*percent) || *percent < 0.0) return OccupancyClass::Unknown;
    const double p = *percent;
    if (p >= 95.0) return OccupancyClass::From95;
    if (p >= 80.0) return OccupancyClass::From80To95;
    if (p >= kDecree35OccupancyThreshold) return OccupancyClass::From60To80;
    if (p >= 40.0) return OccupancyClass::From40To60;
    return OccupancyClass::Below40;
}

const char* occupancy_class_label(OccupancyClass c) {
    switch (c) {
        case OccupancyClass::From95: return "95\xE2\x80\x93" "100%";
        case OccupancyClass::From80To95: return "80\xE2\x80\x93" "95%";
        case OccupancyClass::From60To80: return "60\xE2\x80\x93" "80%";
        case OccupancyClass::From40To60: return "40\xE2\x80\x93" "60%";
        case OccupancyClass::Below40: return "< 40%";
        case OccupancyClass::Unknown: break;
    }
    return "unknown";
}

const char* status_words(std::string_view status, i18n::Language lang) {
    switch (parse_park_status(status)) {
        case ParkStatus::Operating: return i18n::tr("operating", lang);
        case ParkStatus::Building: return i18n::tr("under construction", lang);
        case ParkStatus::Planned: return i18n::tr("planned", lang);
        case ParkStatus::Unknown: break;
    }
    // Before its founding decision a park has no status of its own (analysis::park_status_as_of).
    if (status == "not_established") return i18n::tr("not yet established", lang);
    return i18n::tr("unknown", lang);
}

}  // namespace data
