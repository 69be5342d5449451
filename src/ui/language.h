// The languages the map's own words come in, and those words. Feature names come from the
// data (name_vi / name_en); what the data does not hold in a language falls back to English.
#pragma once

#include <optional>
#include <string_view>

namespace ui {

enum class Language { En = 0, Vi };

std::optional<Language> parse_language(std::string_view code);  // "en", "vi"
const char* name_field(Language lang);                           // "name_en" / "name_vi"

enum class Text {
    Title,
    Subtitle,
    LegendOccupancy,
    Decree35Threshold,
    Unknown,
    LegendStatus,
    Operating,
    Building,
    Planned,
    LegendZones,
    ZoneDinhVu,
    ZoneSouthern,
    LegendPins,
    PinInvestment,
    PinLandmark,
    OutlinesApproximate,
    Attribution,
};

const char* tr(Text key, Language lang);

}  // namespace ui
