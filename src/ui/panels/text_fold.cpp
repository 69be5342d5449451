#include "ui/panels/text_fold.h"

#include <sstream>
#include <unordered_map>

#include "i18n/utf8.h"

namespace ui {

namespace {

using i18n::next_code_point;

const std::unordered_map<char32_t, char>& fold_table() {
    static const std::unordered_map<char32_t, char> table = [] {
        std::unordered_map<char32_t, char> t;
        const std::pair<const char*, char> groups[] = {
            {"àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬäåÄÅ", 'a'},
            {"èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆëË", 'e'},
            {"ìíỉĩịÌÍỈĨỊîïÎÏ", 'i'},
            {"òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢöÖ", 'o'},
            {"ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰûüÛÜ", 'u'},
            {"ỳýỷỹỵỲÝỶỸỴ", 'y'},
            {"đĐ", 'd'},
            {"çÇ", 'c'},
            {"ñÑ", 'n'},
        };
        for (const auto& [letters, base] : groups) {
            const std::string_view s(letters);
            for (size_t i = 0; i < s.size();) t[next_code_point(s, i)] = base;
        }
        return t;
    }();
    return table;
}

}  // namespace

std::string fold_for_search(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    const auto& table = fold_table();
    for (size_t i = 0; i < utf8.size();) {
        const size_t start = i;
        const char32_t cp = next_code_point(utf8, i);
        if (cp < 0x80) {
            out.push_back(char(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp));
        } else if (auto it = table.find(cp); it != table.end()) {
            out.push_back(it->second);
        } else {
            out.append(utf8.substr(start, i - start));
        }
    }
    return out;
}

namespace {

bool ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// `word` occurs in `hay` where a word starts: "lg" finds "LG Display", not "Belgium".
bool has_word_start(const std::string& hay, const std::string& word) {
    for (size_t at = hay.find(word); at != std::string::npos; at = hay.find(word, at + 1))
        if (at == 0 || !ascii_alnum(hay[at - 1])) return true;
    return false;
}

}  // namespace

bool search_matches(std::string_view text, std::string_view query) {
    const std::string hay = fold_for_search(text);
    std::istringstream words(fold_for_search(query));
    std::string w;
    while (words >> w)
        if (!has_word_start(hay, w)) return false;
    return true;
}

}  // namespace ui
