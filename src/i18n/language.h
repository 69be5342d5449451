// The languages the map's own words come in, and those words. Feature names come from the
// data (name_vi / name_en); what the data does not hold in a language falls back to English.
#pragma once

#include <optional>
#include <string_view>

namespace i18n {

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
    ToolTable,
    ToolGauge,
    ToolCompare,
    ToolMeasure,
    AsOf,
    AsOfHint,
    TableTitle,
    ColName,
    ColStatus,
    ColArea,
    ColLeasable,
    ColOccupancy,
    ColOccAsOf,
    ColOccupied,
    ColFree,
    ColDistPort,
    ColDeveloper,
    ColCompare,
    FilterText,
    AllStatuses,
    MinFree,
    SectorFilter,
    SectorNote,
    ExportCsv,
    ExportTo,
    RowsShown,
    TableNote,
    AvailabilityAsOf,
    TotalArea,
    Leasable,
    Occupancy,
    Occupied,
    Free,
    Handover,
    Basis,
    Source,
    StraightLine,
    ToPort,
    ToAirport,
    ToCentre,
    DistanceNote,
    AddCompare,
    RemoveCompare,
    LayerAttributes,
    GaugeTitle,
    GaugeRule,
    ComputedAverage,
    ReportedAllLand,
    ReportedHandedOver,
    PullDown,
    BelowAverage,
    Below60,
    None,
    LeftOut,
    WhatIf,
    ResetWhatIf,
    CountInGauge,
    WhatIfMark,
    SetValue,
    Meets,
    Below,
    CompareTitle,
    CompareHint,
    Clear,
    MeasureHint,
    MeasureDistance,
    MeasureArea,
    DataWarnings,
    NoRowFor,
    Exported,
    Count,  // not a text: the number of keys
};

const char* tr(Text key, Language lang);

}  // namespace i18n
