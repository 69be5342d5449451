#include "data/source_names.h"

#include <cctype>
#include <fstream>
#include <sstream>
#include <vector>

namespace data {

namespace {

// One CSV record (RFC 4180: quoted fields may hold commas and doubled quotes); false at the end.
bool read_record(std::istream& in, std::vector<std::string>& fields) {
    fields.clear();
    std::string field;
    bool quoted = false, any = false;
    char c;
    while (in.get(c)) {
        any = true;
        if (quoted) {
            if (c == '"') {
                if (in.peek() == '"') field += char(in.get());
                else quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.push_back(std::move(field));
            field.clear();
        } else if (c == '\n') {
            break;
        } else if (c != '\r') {
            field += c;
        }
    }
    if (!any) return false;
    fields.push_back(std::move(field));
    return true;
}

bool is_address_char(char c) { return !std::isspace(static_cast<unsigned char>(c)) && c != ';'; }

// "[17] viet-kabu.com/news_d/…html, Jul 2022": the page's domain stands for the address (the
// date follows in the text); a bare "[26]" becomes its citation.
std::string cite_pages(const std::string& text, const SourceNames& names, bool vi) {
    std::string out;
    size_t i = 0;
    while (i < text.size()) {
        const size_t open = text.find('[', i);
        const size_t close = open == std::string::npos ? open : text.find(']', open);
        if (close == std::string::npos) break;
        const std::string key = text.substr(open, close + 1 - open);
        const auto it = names.find(key);
        out += text.substr(i, open - i);
        i = close + 1;
        size_t end = i;
        if (end < text.size() && text[end] == ' ') ++end;
        size_t stop = end;
        while (stop < text.size() && is_address_char(text[stop])) ++stop;
        std::string address = text.substr(end, stop - end);
        while (!address.empty() && (address.back() == ',' || address.back() == '.')) address.pop_back(), --stop;
        const bool has_address = address.find('.') != std::string::npos && address.front() != '(';
        if (has_address) {
            out += address.substr(0, address.find('/'));
            i = stop;
        } else if (it != names.end()) {
            out += vi ? it->second.vi : it->second.en;
        } else {
            out += key;
        }
    }
    out += text.substr(std::min(i, text.size()));
    return out;
}

// Drops "report 6037/BC-BQL of 2023-12-15" from a parenthesis when the text already names
// that document (its citation was put in), and the parenthesis if nothing else is in it.
std::string drop_repeated_reports(std::string text) {
    size_t at = 0;
    while ((at = text.find("(report ", at)) != std::string::npos) {
        const size_t number_start = at + 8;
        const size_t number_end = text.find(' ', number_start);
        const size_t close = text.find(')', at);
        if (number_end == std::string::npos || close == std::string::npos || number_end > close) {
            ++at;
            continue;
        }
        const std::string number = text.substr(number_start, number_end - number_start);
        const bool named_elsewhere = text.find(number) < at;
        size_t part_end = text.find_first_of(",;)", number_end);
        if (!named_elsewhere || text.compare(number_end, 4, " of ") != 0) {
            ++at;
            continue;
        }
        if (text[part_end] == ')') {
            // Nothing else inside: the parenthesis goes, with the space before it.
            const size_t from = at > 0 && text[at - 1] == ' ' ? at - 1 : at;
            text.erase(from, part_end + 1 - from);
            at = from;
        } else {
            size_t rest = part_end + 1;
            while (rest < text.size() && text[rest] == ' ') ++rest;
            text.erase(at + 1, rest - (at + 1));
            ++at;
        }
    }
    return text;
}

// A key of digits alone ("004", the data's short name for a seed document) counts only as a
// word of its own: not inside "2004", "004_b9af….txt" or "1/2004".
bool stands_alone(const std::string& text, size_t at, size_t length) {
    auto joined = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '/' || c == '-'; };
    if (at > 0 && (joined(text[at - 1]) || text[at - 1] == '.')) return false;
    return at + length >= text.size() || !joined(text[at + length]);
}

}  // namespace

SourceNames load_source_names(const std::string& path, Diagnostics* diagnostics) {
    SourceNames names;
    std::ifstream in(path, std::ios::binary);
    if (!in) return names;
    std::vector<std::string> fields;
    size_t line = 0;
    bool reported = false;
    while (read_record(in, fields)) {
        ++line;
        if (line == 1) continue;  // the header
        if (fields.size() == 1 && fields[0].empty()) continue;
        if (fields.size() < 3 || fields[0].empty() || fields[1].empty()) {
            if (diagnostics && !reported)
                diagnostics->push_back(diagnostic(Severity::Warning, path,
                                                  i18n::N_("line {0}: expected key,citation_en,citation_vi,address; sources "
                                                           "on such lines are shown as the data gives them"),
                                                  {std::to_string(line)}));
            reported = true;
            continue;
        }
        names[fields[0]] = {fields[1], fields[2].empty() ? fields[1] : fields[2], fields.size() > 3 ? fields[3] : ""};
    }
    return names;
}

std::string cite(std::string_view raw, const SourceNames& names, i18n::Language lang) {
    const bool vi = lang == i18n::Language::Vi;
    std::string text(raw);
    for (const auto& [key, name] : names) {
        if (key.empty() || key.front() == '[') continue;
        const bool digits = key.find_first_not_of("0123456789") == std::string::npos;
        const std::string& citation = vi ? name.vi : name.en;
        for (size_t at = text.find(key); at != std::string::npos;) {
            if (digits && !stands_alone(text, at, key.size())) {
                at = text.find(key, at + 1);
                continue;
            }
            text.replace(at, key.size(), citation);
            at = text.find(key, at + citation.size());
        }
    }
    return drop_repeated_reports(cite_pages(text, names, vi));
}

}  // namespace data
