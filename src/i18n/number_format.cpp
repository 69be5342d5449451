#include "i18n/number_format.h"

#include <cstdio>

namespace i18n {

std::string format_number(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    const size_t dot = s.find('.');
    size_t int_end = dot == std::string::npos ? s.size() : dot;
    const size_t int_start = (s[0] == '-') ? 1 : 0;
    for (long k = long(int_end) - 3; k > long(int_start); k -= 3) s.insert(size_t(k), ",");
    return s;
}

}  // namespace i18n
