#include "data/dbf_sample.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <string_view>

namespace fs = std::filesystem;

namespace data {

namespace {

constexpr size_t kPrefixSize = 32;      // the fixed part of the header
constexpr size_t kDescriptorSize = 32;  // one per field
constexpr unsigned char kTerminator = 0x0D;
constexpr size_t kMaxFields = 2046;           // all that a 16-bit header length can describe
constexpr uint64_t kFoxProBacklink = 263;     // Visual FoxPro's database path after the terminator
constexpr size_t kMaxSampleBytes = 4u << 20;  // a hostile file cannot make the sample huge

uint16_t little_u16(const unsigned char* b) { return uint16_t(b[0] | (b[1] << 8)); }

uint32_t little_u32(const unsigned char* b) {
    return uint32_t(b[0]) | (uint32_t(b[1]) << 8) | (uint32_t(b[2]) << 16) | (uint32_t(b[3]) << 24);
}

// The first byte of dBase III/IV/V, FoxBase, FoxPro and Visual FoxPro tables, with or without memos.
bool known_version(unsigned char v) {
    switch (v) {
        case 0x02: case 0x03: case 0x04: case 0x05: case 0x30: case 0x31: case 0x32: case 0x43:
        case 0x63: case 0x83: case 0x8B: case 0x8E: case 0xCB: case 0xE5: case 0xF5: case 0xFB:
            return true;
        default:
            return false;
    }
}

bool is_visual_foxpro(unsigned char v) { return v == 0x30 || v == 0x31 || v == 0x32; }

}  // namespace

std::optional<DbfHeader> read_dbf_header(const fs::path& dbf) {
    std::error_code ec;
    const uint64_t size = fs::file_size(dbf, ec);
    if (ec) return std::nullopt;
    std::ifstream in(dbf, std::ios::binary);
    std::array<unsigned char, kPrefixSize> prefix{};
    if (!in.read(reinterpret_cast<char*>(prefix.data()), prefix.size()) || !known_version(prefix[0]))
        return std::nullopt;

    DbfHeader header;
    header.file_size = size;
    header.records = little_u32(&prefix[4]);
    header.header_length = little_u16(&prefix[8]);
    header.record_length = little_u16(&prefix[10]);
    header.language_driver = prefix[29];

    // Descriptors up to the terminator, as GDAL's shapelib reads them: lengths from byte 16 only,
    // offsets one after another from byte 1 (byte 0 of a record is its deletion flag).
    bool terminated = false;
    uint32_t offset = 1;
    std::array<unsigned char, kDescriptorSize> d{};
    while (header.fields.size() < kMaxFields) {
        if (!in.read(reinterpret_cast<char*>(d.data()), 1)) break;
        if (d[0] == kTerminator) {
            terminated = true;
            break;
        }
        if (!in.read(reinterpret_cast<char*>(d.data()) + 1, kDescriptorSize - 1)) break;  // cut by the end
        DbfField field;
        const auto name_end = std::find(d.begin(), d.begin() + 11, 0);
        field.name.assign(d.begin(), name_end);
        field.type = static_cast<char>(d[11]);
        field.length = d[16];
        field.offset = offset;
        offset += field.length;
        header.fields.push_back(std::move(field));
    }

    const uint64_t descriptors_end = kPrefixSize + kDescriptorSize * header.fields.size() + 1;
    const bool length_fits = header.header_length == descriptors_end ||
                             (is_visual_foxpro(prefix[0]) && header.header_length == descriptors_end + kFoxProBacklink);
    header.header_consistent = terminated && length_fits && header.record_length == offset;
    header.truncated = size < uint64_t(header.header_length) + uint64_t(header.records) * header.record_length;
    return header;
}

std::vector<std::string> dbf_text_sample(const fs::path& dbf, const DbfHeader& header, size_t max_records) {
    std::vector<std::string> values;
    std::vector<const DbfField*> text;
    for (const auto& field : header.fields)
        if (field.type == 'C' && field.length > 0 && uint64_t(field.offset) + field.length <= header.record_length)
            text.push_back(&field);
    if (text.empty()) return values;

    // The file as it is now, not as the header says: only whole records are read.
    std::error_code ec;
    const uint64_t size = fs::file_size(dbf, ec);
    if (ec || size <= header.header_length) return values;
    const uint64_t whole = (size - header.header_length) / header.record_length;
    const uint64_t count = std::min<uint64_t>({header.records, whole, max_records});

    std::ifstream in(dbf, std::ios::binary);
    if (!in.seekg(std::streamoff(header.header_length))) return values;
    std::string record(header.record_length, '\0');
    size_t sampled = 0;
    for (uint64_t r = 0; r < count && sampled < kMaxSampleBytes; ++r) {
        if (!in.read(record.data(), std::streamsize(record.size()))) break;
        if (record[0] == '*') continue;  // deleted: GDAL does not show it
        for (const DbfField* field : text) {
            std::string_view value(record.data() + field->offset, field->length);
            while (!value.empty() && (value.back() == ' ' || value.back() == '\0')) value.remove_suffix(1);
            if (value.empty()) continue;
            values.emplace_back(value);
            sampled += value.size();
        }
    }
    return values;
}

}  // namespace data
