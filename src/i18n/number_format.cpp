#include "i18n/number_format.h"

#include <cstdio>

namespace i18n {

std::string format_number(double v, int decimals, Language lang) {
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
    // Vietnamese writes 1.566,5; the others 1,566.5.
    const bool vi = lang == Language::Vi;
    if (vi && dot != std::string::npos) s[dot] = ',';
    for (long k = long(int_end) - 3; k > long(int_start); k -= 3) s.insert(size_t(k), vi ? "." : ",");
    return s;
}

std::string format_month(int year, int month, int day, Language lang) {
    static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (month < 1 || month > 12) return "";
    const std::string y = std::to_string(year), m = std::to_string(month), d = std::to_string(day);
    switch (lang) {
        case Language::Vi: return day ? d + "/" + m + "/" + y : "T" + m + "/" + y;
        case Language::Zh: return y + "年" + m + "月" + (day ? d + "日" : "");
        case Language::Ja: return y + "年" + m + "月" + (day ? d + "日" : "");
        case Language::Ko: return y + "년 " + m + "월" + (day ? " " + d + "일" : "");
        case Language::En: break;
    }
    return (day ? d + " " : "") + kMonths[month - 1] + " " + y;
}

}  // namespace i18n
