// Reading the project's small RFC 4180 CSV tables (park_metrics.csv, park_facts.csv): records
// with the line each starts on, trimmed cells, strict numbers, UTF-8 checks. Nothing here throws.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace analysis::csv {

struct Row {
    std::vector<std::string> cells;
    int line = 0;  // line of the text where the record starts
};

// Comma separated, fields optionally in double quotes, "" inside quotes is a quote, line breaks
// inside quotes belong to the field; CRLF, LF or a lone CR ends a record; an empty line is no record. When a
// quote is left open at the end of the text, `error` says so and `error_line` names its line.
std::vector<Row> split(std::string_view text, std::string* error, int* error_line);

// Spaces and tabs removed from both ends.
std::string_view trim(std::string_view s);

// A finite decimal number that is the whole (trimmed) cell; nullopt otherwise.
std::optional<double> parse_number(std::string_view s);

bool valid_utf8(std::string_view s);

// The whole file as bytes, a leading UTF-8 BOM removed; nullopt when it cannot be read, with
// `why` (English, for tr()): no such file, a folder, or not readable.
std::optional<std::string> read_file(const std::string& path, const char** why = nullptr);

}  // namespace analysis::csv
