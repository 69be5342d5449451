// What an investor asks about a park beyond occupancy — area, land free now, lease price, power,
// water, minimum plot, sectors, contact, when it is ready — and the city's investment figures,
// read from park_facts.csv:
//   subject,fact,value,value_high,unit,as_of,source,note
// subject is a parks.id, a projects.id or "_city". Every found value names its source and the date
// it describes; a row with no value and no source records where we looked and found nothing
// (its note says where), so "unknown" can say what was tried. A bad row is skipped with a warning
// naming the file and line; nothing here throws.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/park_metrics_csv.h"
#include "data/diagnostic.h"
#include "i18n/catalogue.h"
#include "i18n/language.h"

namespace analysis {

// The fact keys the file may use; any other key is a warning.
namespace fact {
inline constexpr const char* kTotalHa = "total_ha";
inline constexpr const char* kLeasableHa = "leasable_ha";
inline constexpr const char* kAvailableHa = "available_ha";
inline constexpr const char* kLeaseUsdM2 = "lease_usd_m2";
inline constexpr const char* kPowerKv = "power_kv";
inline constexpr const char* kPowerMva = "power_mva";
inline constexpr const char* kWaterM3d = "water_m3d";
inline constexpr const char* kWastewaterM3d = "wastewater_m3d";
inline constexpr const char* kMinPlotHa = "min_plot_ha";
inline constexpr const char* kSectors = "sectors";        // "electronics; logistics"
inline constexpr const char* kContact = "contact";
inline constexpr const char* kEstablished = "established";  // value: a date
inline constexpr const char* kReady = "ready";              // value: a date; unit "date" (it happened) or "target"
inline constexpr const char* kStatus = "status";            // value: operating|building|planned, from as_of on
inline constexpr const char* kCapitalMusd = "capital_musd";
}  // namespace fact

// The unit of a `ready` date that is a plan, not a result.
inline constexpr const char* kTargetUnit = "target";

// The sector keys `sectors` values and `--sector` use.
// Each with its words (English, for tr()).
struct SectorKey {
    const char* key;
    const char* words;
};
inline constexpr SectorKey kSectorKeys[] = {
    {"electronics", i18n::N_("electronics")},
    {"automotive", i18n::N_("automotive")},
    {"machinery", i18n::N_("machinery")},
    {"logistics", i18n::N_("logistics")},
    {"chemicals", i18n::N_("chemicals")},
    {"energy", i18n::N_("energy")},
    {"textiles", i18n::N_("textiles and garments")},
    {"consumer_goods", i18n::N_("consumer goods")},
    {"food", i18n::N_("food processing")},
    {"pharma", i18n::N_("pharmaceuticals")},
    {"metals", i18n::N_("metals")},
    {"shipbuilding", i18n::N_("shipbuilding")},
    {"building_materials", i18n::N_("building materials")},
    {"high_tech", i18n::N_("high technology")},
    {"plastics_rubber", i18n::N_("plastics and rubber")},
    {"paper_printing", i18n::N_("paper and printing")},
};
bool is_sector_key(std::string_view key);
// The keys of a `sectors` value ("electronics; high_tech"), trimmed, empty items dropped.
std::vector<std::string> sector_list(std::string_view value);
// A sector key in words, in `lang` ("consumer goods"); the key itself when it is not one.
std::string sector_words(std::string_view key, i18n::Language lang);

// A date written YYYY, YYYY-MM or YYYY-MM-DD. A bare year sorts and compares as its December: a
// figure "of 2024" is not taken as known before the year is out.
struct LooseDate {
    Date date;
    bool year_only = false;
    std::string text;  // as written
};
std::optional<LooseDate> parse_loose_date(std::string_view text);

struct Fact {
    std::string subject;
    std::string key;
    std::optional<double> value;       // numeric facts
    std::optional<double> value_high;  // the top of a range (lease prices), else nullopt
    std::string text;                  // text and date facts: the value as written
    std::string unit;
    std::optional<LooseDate> asof;     // when the figure holds; nullopt: the source gives no date (or not found)
    std::string source;
    std::string note;
    int line = 0;

    bool found() const { return value.has_value() || !text.empty(); }
};

struct ParkFacts {
    std::string path;
    bool read_ok = false;
    std::vector<Fact> facts;  // found values and not-found records, in file order
    data::Diagnostics warnings;

    // The newest found `key` for `subject` known as of `asof` (every date when nullopt); among
    // rows of one date the one further down the file wins. An undated row is used only when no
    // dated one is known.
    const Fact* latest(std::string_view subject, std::string_view key, const std::optional<Date>& asof = {}) const;
    // The row that records where `key` of `subject` was searched for and not found, if any.
    const Fact* not_found(std::string_view subject, std::string_view key) const;
    // Every found `key` of `subject`, oldest first.
    std::vector<const Fact*> history(std::string_view subject, std::string_view key) const;
    // The newest as_of of any found, dated row.
    std::optional<Date> latest_date() const;
};

ParkFacts parse_park_facts(std::string_view text, const std::string& path);
// Reads and parses a file; an unreadable file gives read_ok = false and one warning.
ParkFacts load_park_facts(const std::string& path);

// A park's status as of a date: the newest `status` fact known then; when the park has status
// facts but all are later, it did not exist yet ("not_established"); with no status facts, the
// layer's own status.
struct StatusAsOf {
    std::string status;          // operating | building | planned | not_established | the layer's words
    const Fact* since = nullptr; // the fact it comes from (nullptr: the layer's status)
};
inline constexpr const char* kNotEstablished = "not_established";
StatusAsOf park_status_as_of(const ParkFacts& facts, std::string_view park_id, std::string_view layer_status,
                             const Date& asof);

}  // namespace analysis
