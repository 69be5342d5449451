// Numbers as people read them: thousands separators, no trailing zeros. (Issue #12 makes the
// separators follow the language.)
#pragma once

#include <string>

namespace i18n {

// "1,566" / "76.6": a figure with at most `decimals` decimals and thousands separators.
std::string format_number(double v, int decimals = 2);

}  // namespace i18n
