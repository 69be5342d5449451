// A .dbf's header and the raw bytes of its text fields, read without GDAL, so that the text's
// encoding can be guessed before GDAL decodes it (see legacy_vietnamese.h). Garbage headers,
// truncated files and absurd lengths are reported, never trusted past the end of the file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace data {

struct DbfField {
    std::string name;     // raw bytes, up to the first NUL; may itself be in a legacy encoding
    char type = 0;        // 'C' text, 'N' number, 'D' date, ...
    uint16_t length = 0;  // bytes in each record
    uint32_t offset = 0;  // from the start of the record (byte 0 is the deletion flag)
};

struct DbfHeader {
    uint32_t records = 0;
    uint16_t header_length = 0;
    uint16_t record_length = 0;
    uint8_t language_driver = 0;  // byte 29, the code page mark; 0 when none is given
    std::vector<DbfField> fields;
    uint64_t file_size = 0;
    // header_length is 32 + 32 per field + the 0x0D terminator (plus the 263-byte backlink of
    // Visual FoxPro files) and record_length is 1 + the fields' lengths.
    bool header_consistent = false;
    bool truncated = false;  // file_size < header_length + records * record_length
};

// nullopt when the file cannot be read, is shorter than 32 bytes or does not start like a .dbf.
std::optional<DbfHeader> read_dbf_header(const std::filesystem::path& dbf);

// The raw values of the text ('C') fields of the first `max_records` records that are not
// deleted, with trailing spaces (and NUL padding) trimmed, empty ones left out. Reads only what
// the file holds; a field that runs past the record is skipped.
std::vector<std::string> dbf_text_sample(const std::filesystem::path& dbf, const DbfHeader& header,
                                         size_t max_records = 2000);

}  // namespace data
