// Numbers and dates as people of each language write them: thousands and decimal separators
// (Vietnamese "1.566,5", English "1,566.5"), months ("Dec 2023", "T12/2023", "2023年12月",
// "2023년 12월").
#pragma once

#include <string>

#include "i18n/language.h"

namespace i18n {

// A figure with at most `decimals` decimals (trailing zeros dropped) and thousands separators.
std::string format_number(double v, int decimals = 2, Language lang = Language::En);
// The same with exactly `decimals` decimals, for columns of a table: "1,566.00", "1.566,00".
std::string format_fixed(double v, int decimals, Language lang);

// A month ("Dec 2023") or a day ("18 Dec 2023"); `day` 0 for a month. Months out of 1..12: "".
std::string format_month(int year, int month, int day, Language lang);

}  // namespace i18n
