#include "i18n/language.h"

#include <cstdlib>
#include <string>

namespace i18n {

const char* code(Language lang) {
    switch (lang) {
        case Language::En: return "en";
        case Language::Vi: return "vi";
        case Language::Zh: return "zh";
        case Language::Ko: return "ko";
        case Language::Ja: return "ja";
    }
    return "en";
}

const char* native_name(Language lang) {
    switch (lang) {
        case Language::En: return "English";
        case Language::Vi: return "Tiếng Việt";
        case Language::Zh: return "中文";
        case Language::Ko: return "한국어";
        case Language::Ja: return "日本語";
    }
    return "English";
}

std::optional<Language> parse_language(std::string_view text) {
    // The language part of a locale name: before '_', '-', '.' or '@'.
    const std::string_view lang = text.substr(0, text.find_first_of("_-.@"));
    for (Language l : kLanguages)
        if (lang == code(l)) return l;
    return std::nullopt;
}

std::optional<Language> language_from_environment() {
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(var);
        if (value && *value) return parse_language(value);  // the first one set decides, as in POSIX
    }
    return std::nullopt;
}

const char* name_field(Language lang) {
    switch (lang) {
        case Language::En: return "name_en";
        case Language::Vi: return "name_vi";
        case Language::Zh: return "name_zh";
        case Language::Ko: return "name_ko";
        case Language::Ja: return "name_ja";
    }
    return "name_en";
}

const char* label_field(Language lang) {
    switch (lang) {
        case Language::En: return "label_en";
        case Language::Vi: return "label_vi";
        case Language::Zh: return "label_zh";
        case Language::Ko: return "label_ko";
        case Language::Ja: return "label_ja";
    }
    return "label_en";
}

bool name_field_shown(std::string_view field, Language lang) {
    for (const Language l : {Language::Zh, Language::Ko, Language::Ja})
        if (l != lang && (field == name_field(l) || field == label_field(l))) return false;
    return true;
}

}  // namespace i18n
