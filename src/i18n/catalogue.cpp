#include "i18n/catalogue.h"

#include <array>
#include <string>
#include <unordered_map>
#include <utility>

#include "i18n/catalogues.h"  // generated from data/i18n/*.po: embedded_po_text(code)

namespace i18n {

namespace {

// The quoted string at the start of `s` (after spaces), unescaped; false if there is none.
bool read_quoted(std::string_view s, std::string& out) {
    const size_t open = s.find_first_not_of(" \t");
    if (open == std::string_view::npos || s[open] != '"') return false;
    for (size_t i = open + 1; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '"') return s.find_first_not_of(" \t\r", i + 1) == std::string_view::npos;
        if (c != '\\') {
            out += c;
            continue;
        }
        if (++i >= s.size()) return false;
        switch (s[i]) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            default: return false;
        }
    }
    return false;  // no closing quote
}

using Catalogue = std::unordered_map<std::string, std::string>;

const Catalogue& catalogue(Language lang) {
    // Built once, on first use, from the embedded PO files; lookups are then lock-free.
    static const std::array<Catalogue, 5> all = [] {
        std::array<Catalogue, 5> c;
        for (Language l : kLanguages)
            for (auto& e : parse_po(embedded_po(l)).entries)
                if (!e.msgstr.empty() && !e.fuzzy) c[size_t(l)].emplace(std::move(e.msgid), std::move(e.msgstr));
        return c;
    }();
    return all[size_t(lang)];
}

}  // namespace

std::string_view embedded_po(Language lang) { return embedded_po_text(code(lang)); }

PoFile parse_po(std::string_view text) {
    PoFile po;
    PoEntry entry;
    enum class Part { None, Id, Str } part = Part::None;
    bool next_fuzzy = false;
    int number = 0;
    auto problem = [&](const std::string& why) { po.problems.push_back("line " + std::to_string(number) + ": " + why); };
    auto finish = [&] {
        if (part == Part::Str && !entry.msgid.empty()) po.entries.push_back(entry);
        entry = {};
        part = Part::None;
    };
    size_t pos = 0;
    while (pos <= text.size()) {
        const size_t end = std::min(text.find('\n', pos), text.size());
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        const size_t first = line.find_first_not_of(" \t");
        if (first == std::string_view::npos) {
            finish();
            continue;
        }
        line.remove_prefix(first);
        if (line[0] == '#') {
            if (line.rfind("#,", 0) == 0 && line.find("fuzzy") != std::string_view::npos) next_fuzzy = true;
            continue;
        }
        std::string value;
        if (line.rfind("msgid ", 0) == 0) {
            finish();
            if (!read_quoted(line.substr(6), value)) problem("msgid without a quoted string");
            entry.msgid = value;
            entry.line = number;
            entry.fuzzy = std::exchange(next_fuzzy, false);
            part = Part::Id;
        } else if (line.rfind("msgstr ", 0) == 0) {
            if (part != Part::Id) problem("msgstr without a msgid before it");
            if (!read_quoted(line.substr(7), value)) problem("msgstr without a quoted string");
            entry.msgstr = value;
            part = Part::Str;
        } else if (line[0] == '"') {
            if (!read_quoted(line, value)) problem("a string that does not close");
            if (part == Part::Id) entry.msgid += value;
            else if (part == Part::Str) entry.msgstr += value;
            else problem("a string outside msgid and msgstr");
        } else if (line.rfind("msgctxt", 0) == 0 || line.rfind("msgid_plural", 0) == 0 || line.rfind("msgstr[", 0) == 0) {
            problem("contexts and plural forms are not used by Park Atlas: write the English text out instead");
        } else {
            problem("not a PO line: " + std::string(line.substr(0, 40)));
        }
        if (end == text.size()) break;
    }
    finish();
    return po;
}

const char* tr(const char* english, Language lang) {
    if (lang == Language::En || !english) return english;
    const Catalogue& c = catalogue(lang);
    const auto it = c.find(english);
    return it == c.end() ? english : it->second.c_str();
}

namespace {

template <class Args>
std::string fill(std::string_view pattern, const Args& args) {
    std::string out;
    out.reserve(pattern.size() + 32);
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '0' &&
            pattern[i + 1] <= '9') {
            const size_t k = size_t(pattern[i + 1] - '0');
            if (k < args.size()) out += *(args.begin() + long(k));
            i += 2;
            continue;
        }
        out += pattern[i];
    }
    return out;
}

}  // namespace

std::string trf(const char* english, Language lang, std::initializer_list<std::string_view> args) {
    return fill(tr(english, lang), args);
}

std::string trf(const char* english, Language lang, const std::vector<std::string>& args) {
    return fill(tr(english, lang), args);
}

std::vector<std::string_view> translations(Language lang) {
    std::vector<std::string_view> out;
    for (const auto& [id, str] : catalogue(lang)) out.push_back(str);
    return out;
}

}  // namespace i18n
