// Writes a dBASE III table byte by byte, as old cadastral tools do: text fields only, the
// values' bytes exactly as given (a legacy encoding's), code page byte 0, no .cpg.
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace test_support {

struct DbfColumn {
    std::string name;  // up to 10 ASCII characters
    uint8_t width = 0;
};

inline void write_dbf(const std::filesystem::path& path, const std::vector<DbfColumn>& columns,
                      const std::vector<std::vector<std::string>>& rows) {
    std::string out(32, '\0');
    const uint16_t header_length = uint16_t(32 + 32 * columns.size() + 1);
    uint16_t record_length = 1;
    for (const auto& c : columns) record_length = uint16_t(record_length + c.width);
    out[0] = 0x03;
    out[1] = 126, out[2] = 12, out[3] = 3;  // last update: 2026-12-03
    const auto put16 = [&](size_t at, uint16_t v) { out[at] = char(v & 0xff), out[at + 1] = char(v >> 8); };
    const uint32_t n = uint32_t(rows.size());
    for (int i = 0; i < 4; ++i) out[4 + i] = char((n >> (8 * i)) & 0xff);
    put16(8, header_length);
    put16(10, record_length);
    for (const auto& c : columns) {
        std::string d(32, '\0');
        d.replace(0, std::min<size_t>(c.name.size(), 10), c.name.substr(0, 10));
        d[11] = 'C';
        d[16] = char(c.width);
        out += d;
    }
    out += '\x0D';
    for (const auto& row : rows) {
        out += ' ';  // not deleted
        for (size_t i = 0; i < columns.size(); ++i) {
            std::string v = i < row.size() ? row[i] : "";
            v.resize(columns[i].width, ' ');
            out += v;
        }
    }
    out += '\x1A';
    std::ofstream(path, std::ios::binary | std::ios::trunc) << out;
}

}  // namespace test_support
