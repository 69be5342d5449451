// The languages Park Atlas speaks, and how a language is named, chosen and found in the data.
// The words themselves are in the message catalogues (data/i18n/*.po, see catalogue.h); feature
// names come from the data (name_vi, name_en, name_zh, name_ko, name_ja).
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace i18n {

enum class Language { En = 0, Vi, Zh, Ko, Ja };
inline constexpr std::array<Language, 5> kLanguages = {Language::Vi, Language::En, Language::Zh, Language::Ko,
                                                       Language::Ja};

const char* code(Language lang);         // "en", "vi", "zh", "ko", "ja"
const char* native_name(Language lang);  // in the language itself: "Tiếng Việt", "English", "中文", "한국어", "日本語"

// "vi", "ko", and locale names: "ko_KR.UTF-8", "zh-CN", "ja_JP". nullopt for anything else.
std::optional<Language> parse_language(std::string_view code);
// From LC_ALL, LC_MESSAGES or LANG (the first set), where it is one of the five.
std::optional<Language> language_from_environment();

const char* name_field(Language lang);   // "name_vi", ...
const char* label_field(Language lang);  // "label_vi", ... (a short name for the map)

// False for a Chinese, Korean or Japanese name field (name_zh, label_ko...) when `lang` is
// another language: a reader of English meets no CJK names, and the font atlas of English and
// Vietnamese needs no CJK characters for the bundled data.
bool name_field_shown(std::string_view field, Language lang);

}  // namespace i18n
