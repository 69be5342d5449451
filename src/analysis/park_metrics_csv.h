// Dated occupancy figures per park and for the whole city, read from park_metrics.csv:
//   park_id,date,occ_pct,occ_basis,leased_ha,source[,date_basis]
// date_basis (optional column) says how sure the date is: empty or "stated" (the source dates the
// figure), "placed" (the source gives no date; it is placed at the earliest it can be), or
// "approximate" (the source's date is vague).
// park_id is a parks.id or "_city"; date is YYYY-MM or YYYY-MM-DD; occ_basis is all_land or
// handed_over. The file is RFC 4180 CSV in UTF-8 (a BOM is tolerated). A bad row is skipped with a
// warning that names the file and line; nothing here throws.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "data/diagnostic.h"
#include "i18n/language.h"

namespace data {
struct Layer;
}

namespace analysis {

inline constexpr const char* kCityId = "_city";

// A calendar date with month or day precision.
struct Date {
    int year = 0;
    int month = 0;  // 1..12
    int day = 0;    // 1..31, or 0 for a whole month

    bool has_day() const { return day != 0; }
    std::string to_string() const;  // "2023-12" or "2023-09-18"
    friend bool operator==(const Date&, const Date&) = default;
};

// "YYYY-MM" or "YYYY-MM-DD", a real calendar date; nullopt otherwise.
std::optional<Date> parse_date(std::string_view text);

// Whether a figure dated `figure` is known as of `asof`. A month-only figure counts from its
// month on (a "2023-12" figure is known as of 2023-12-01); a month-only as-of date means the
// end of that month (as of "2023-12", a figure of 2023-12-31 is known).
bool known_as_of(const Date& figure, const Date& asof);

// Strict chronological order for sorting; a month-only date sorts before the days of its month.
bool earlier(const Date& a, const Date& b);

enum class OccBasis { AllLand, HandedOver };

enum class DateBasis { Stated, Placed, Approximate };
// "2023-12"; "Aug 2023, undated in the source"; "≈ Mar 2024" — in `lang`, months as it writes them.
std::string date_words(const Date& d, DateBasis basis, i18n::Language lang);
const char* to_string(OccBasis b);  // "all_land" / "handed_over"

struct MetricRecord {
    std::string park_id;                 // a parks.id or kCityId
    Date date;
    std::optional<double> occ_pct;       // 0..100; nullopt when the cell is empty
    OccBasis basis = OccBasis::AllLand;
    std::optional<double> leased_ha;     // nullopt when the cell is empty
    std::string source;
    int line = 0;                        // line of the file where the row starts
    DateBasis date_basis = DateBasis::Stated;
};

struct Metrics {
    std::string path;                            // as given, used in every warning
    bool read_ok = false;                        // false when the file could not be opened
    std::vector<MetricRecord> records;           // valid rows, in file order
    data::Diagnostics warnings;                  // file is "path:line" (or "path"), for the user
    std::vector<std::string> parks_without_rows; // parks.id with no row at all (after join_parks)

    // Latest row for `park_id` with this basis and an occupancy known as of `asof`;
    // among rows of the same date the one further down the file wins.
    const MetricRecord* latest(std::string_view park_id, const Date& asof, OccBasis basis) const;
    // The latest date of any row, if any.
    std::optional<Date> latest_date() const;
};

// Parses CSV text. `path` is only used to name the file in warnings.
Metrics parse_park_metrics(std::string_view text, const std::string& path);

// Reads and parses a file; an unreadable file gives read_ok = false and one warning.
Metrics load_park_metrics(const std::string& path);

// Checks the rows against the parks layer: rows whose park_id is neither a park nor kCityId are
// dropped with a warning naming the line; parks with no row are listed in parks_without_rows.
void join_parks(Metrics& metrics, const data::Layer& parks);

}  // namespace analysis
