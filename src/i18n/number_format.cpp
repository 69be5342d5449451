#include "i18n/number_format.h"

#include <cstdio>

namespace i18n {

namespace {

// "1566.5" as `lang` writes it: thousands grouped, the decimal mark Vietnamese or English.
std::string localise(std::string s, Language lang) {
    const size_t dot = s.find('.');
    const size_t int_end = dot == std::string::npos ? s.size() : dot;
    const size_t int_start = (s[0] == '-') ? 1 : 0;
    // Vietnamese writes 1.566,5; the others 1,566.5.
    const bool vi = lang == Language::Vi;
    if (vi && dot != std::string::npos) s[dot] = ',';
    for (long k = long(int_end) - 3; k > long(int_start); k -= 3) s.insert(size_t(k), vi ? "." : ",");
    return s;
}

std::string printed(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

}  // namespace

std::string format_number(double v, int decimals, Language lang) {
    std::string s = printed(v, decimals);
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    return localise(std::move(s), lang);
}

std::string format_fixed(double v, int decimals, Language lang) { return localise(printed(v, decimals), lang); }

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
