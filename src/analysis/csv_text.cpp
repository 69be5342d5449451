#include "analysis/csv_text.h"

#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>

#include "i18n/catalogue.h"
#include <sstream>

namespace analysis::csv {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// A finite decimal number, the whole cell; nullopt otherwise.
std::optional<double> parse_number(std::string_view s) {
    s = trim(s);
    if (s.empty()) return std::nullopt;
    double v = 0.0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

bool valid_utf8(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        size_t n = 0;
        if (c < 0x80) n = 0;
        else if (c >= 0xC2 && c <= 0xDF) n = 1;
        else if (c >= 0xE0 && c <= 0xEF) n = 2;
        else if (c >= 0xF0 && c <= 0xF4) n = 3;
        else return false;
        if (i + n >= s.size() && n > 0) return false;
        for (size_t k = 1; k <= n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += n + 1;
    }
    return true;
}

std::vector<Row> split(std::string_view text, std::string* error, int* error_line) {
    std::vector<Row> rows;
    Row row;
    std::string cell;
    int line = 1;
    row.line = 1;
    bool in_quotes = false, quoted = false, after_quote = false, any = false;
    int quote_line = 0;
    auto end_cell = [&] {
        row.cells.push_back(std::move(cell));
        cell.clear();
        quoted = after_quote = false;
    };
    auto end_row = [&] {
        end_cell();
        // A completely empty line is no record.
        if (!(row.cells.size() == 1 && row.cells[0].empty() && !any)) rows.push_back(std::move(row));
        row = Row{};
        any = false;
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_quotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    cell += '"';
                    ++i;
                } else {
                    in_quotes = false;
                    after_quote = true;
                }
            } else {
                if (c == '\n') ++line;
                cell += c;
            }
            continue;
        }
        if (c == '"' && cell.empty() && !quoted) {
            in_quotes = quoted = any = true;
            quote_line = line;
        } else if (c == ',') {
            any = true;
            end_cell();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            continue;  // the \n ends the record
        } else if (c == '\n' || c == '\r') {  // LF, or a lone CR (old Mac line ends, as spreadsheets still write)
            end_row();
            ++line;
            row.line = line;
        } else {
            if (after_quote) {
                // Text after a closing quote: keep it, RFC 4180 does not allow it but a reader
                // should not lose data; the caller's checks (numbers, dates) still apply.
                after_quote = false;
            }
            any = true;
            cell += c;
        }
    }
    if (in_quotes) {
        if (error) *error = "unclosed quote";
        if (error_line) *error_line = quote_line;
    }
    if (!cell.empty() || !row.cells.empty() || any) end_row();
    return rows;
}

std::optional<std::string> read_file(const std::string& path, const char** why) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    const char* problem = !std::filesystem::exists(status)        ? i18n::N_("no such file")
                          : std::filesystem::is_directory(status) ? i18n::N_("it is a folder, not a file")
                          : !std::filesystem::is_regular_file(status) ? i18n::N_("not a regular file")
                                                                      : nullptr;
    std::ifstream in;
    if (!problem) {
        in.open(path, std::ios::binary);
        if (!in) problem = i18n::N_("cannot be read (permission denied?)");
    }
    if (problem) {
        if (why) *why = problem;
        return std::nullopt;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
    return text;
}

}  // namespace analysis::csv
