// Vietnamese legacy encodings (TCVN3, VNI, VISCII, Windows-1258) read from .dbf files with no
// .cpg: the code tables against glibc's iconv and a published VNI chart, decoding to NFC,
// round trips, the guess of the encoding, and the raw .dbf reader on good and broken files.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "data/dbf_sample.h"
#include "data/legacy_vietnamese.h"
#include "data/text_encoding.h"
#include "support/test_files.h"

using data::TextEncoding;
using namespace test_support;

namespace {

constexpr TextEncoding kAll[] = {TextEncoding::Utf8, TextEncoding::Cp1258, TextEncoding::Tcvn3, TextEncoding::Vni,
                                 TextEncoding::Viscii};
constexpr TextEncoding kLegacy[] = {TextEncoding::Cp1258, TextEncoding::Tcvn3, TextEncoding::Vni, TextEncoding::Viscii};

// The 134 Vietnamese letters with marks, small then capital, each vowel's tones in the order
// grave, acute, hook, tilde, dot below (the order of the VNI chart below).
const std::string kLetters =
    "àáảãạâầấẩẫậăằắẳẵặđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠÂẦẤẨẪẬĂẰẮẲẴẶĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ";

// The same letters decomposed (NFD), as Python's unicodedata.normalize("NFD", ...) writes them.
const std::string kLettersNfd =
    "a\u0300a\u0301a\u0309a\u0303a\u0323a\u0302a\u0302\u0300a\u0302\u0301a\u0302\u0309a\u0302\u0303"
    "a\u0323\u0302a\u0306a\u0306\u0300a\u0306\u0301a\u0306\u0309a\u0306\u0303a\u0323\u0306\u0111"
    "e\u0300e\u0301e\u0309e\u0303e\u0323e\u0302e\u0302\u0300e\u0302\u0301e\u0302\u0309e\u0302\u0303"
    "e\u0323\u0302i\u0300i\u0301i\u0309i\u0303i\u0323o\u0300o\u0301o\u0309o\u0303o\u0323o\u0302"
    "o\u0302\u0300o\u0302\u0301o\u0302\u0309o\u0302\u0303o\u0323\u0302o\u031Bo\u031B\u0300"
    "o\u031B\u0301o\u031B\u0309o\u031B\u0303o\u031B\u0323u\u0300u\u0301u\u0309u\u0303u\u0323u\u031B"
    "u\u031B\u0300u\u031B\u0301u\u031B\u0309u\u031B\u0303u\u031B\u0323y\u0300y\u0301y\u0309y\u0303"
    "y\u0323A\u0300A\u0301A\u0309A\u0303A\u0323A\u0302A\u0302\u0300A\u0302\u0301A\u0302\u0309"
    "A\u0302\u0303A\u0323\u0302A\u0306A\u0306\u0300A\u0306\u0301A\u0306\u0309A\u0306\u0303"
    "A\u0323\u0306\u0110E\u0300E\u0301E\u0309E\u0303E\u0323E\u0302E\u0302\u0300E\u0302\u0301"
    "E\u0302\u0309E\u0302\u0303E\u0323\u0302I\u0300I\u0301I\u0309I\u0303I\u0323O\u0300O\u0301O\u0309"
    "O\u0303O\u0323O\u0302O\u0302\u0300O\u0302\u0301O\u0302\u0309O\u0302\u0303O\u0323\u0302O\u031B"
    "O\u031B\u0300O\u031B\u0301O\u031B\u0309O\u031B\u0303O\u031B\u0323U\u0300U\u0301U\u0309U\u0303"
    "U\u0323U\u031BU\u031B\u0300U\u031B\u0301U\u031B\u0309U\u031B\u0303U\u031B\u0323Y\u0300Y\u0301"
    "Y\u0309Y\u0303Y\u0323";

// Splits UTF-8 text into its characters.
std::vector<std::string> characters(const std::string& s) {
    std::vector<std::string> out;
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        out.push_back(s.substr(i, n));
        i += n;
    }
    return out;
}

std::string byte(int b) { return std::string(1, static_cast<char>(b)); }

// Whether UTF-8 text holds a combining mark Vietnamese uses (U+0300..U+0323).
bool has_combining_mark(const std::string& s) {
    for (size_t i = 0; i + 1 < s.size(); ++i) {
        const auto a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(s[i + 1]);
        if ((a == 0xCC && b >= 0x80) || (a == 0xCD && b < 0xB0)) return true;  // U+0300..U+036F
    }
    return false;
}

const std::vector<std::string> kKnownNames = {
    "Khu công nghiệp Đình Vũ", "Tràng Duệ", "Nam Cầu Kiền", "Hải Phòng", "Đồ Sơn", "Thủy Nguyên",
    "An Dương", "Lạch Huyện", "Nhật Bản – Hải Phòng", "Việt Nam", "Quận Ngô Quyền", "Phường Đằng Hải"};

// Names, places, addresses and companies as planners' attribute tables hold them.
const std::vector<std::string> kRealisticValues = {
    "Khu công nghiệp Đình Vũ", "Khu công nghiệp Nam Đình Vũ", "Khu công nghiệp Tràng Duệ",
    "Khu công nghiệp Nam Cầu Kiền", "Khu công nghiệp An Dương", "Khu công nghiệp Đồ Sơn",
    "Khu công nghiệp Nomura – Hải Phòng", "Khu công nghiệp VSIP Hải Phòng", "Khu công nghiệp Deep C",
    "Khu công nghiệp Tân Liên", "Khu công nghiệp Giang Biên", "Khu kinh tế Đình Vũ – Cát Hải",
    "Cụm công nghiệp Vĩnh Niệm", "Quận Hồng Bàng", "Quận Ngô Quyền", "Quận Lê Chân", "Quận Hải An",
    "Quận Kiến An", "Huyện Thủy Nguyên", "Huyện An Dương", "Huyện Tiên Lãng", "Huyện Vĩnh Bảo",
    "Huyện Cát Hải", "Phường Đông Hải 2", "Phường Tràng Cát", "Xã Lê Thiện", "Xã Tân Tiến",
    "Đường Lạch Tray", "Đường Trần Phú", "Đường Lê Hồng Phong", "Đường Nguyễn Bỉnh Khiêm",
    "Số 12 đường Trần Hưng Đạo", "Lô CN5.2A, khu công nghiệp Đình Vũ", "Km 6 quốc lộ 5, phường Hùng Vương",
    "Công ty cổ phần Khu công nghiệp Đình Vũ", "Công ty TNHH LG Display Việt Nam Hải Phòng",
    "Công ty cổ phần Cảng Hải Phòng", "Công ty cổ phần Tập đoàn Hòa Phát", "Đất công nghiệp đã cho thuê",
    "Trạm xử lý nước thải tập trung", "Cảng container quốc tế Lạch Huyện", "Nhật Bản – Hải Phòng"};

std::vector<std::string> encode_all(const std::vector<std::string>& values, TextEncoding encoding) {
    std::vector<std::string> out;
    for (const auto& v : values) out.push_back(data::encode_text(v, encoding));
    return out;
}

// A dBase III table: fields (name, type, length), records of values, some deleted.
struct FieldSpec {
    std::string name;
    char type;
    uint8_t length;
};

std::string make_dbf(const std::vector<FieldSpec>& fields, const std::vector<std::vector<std::string>>& records,
                     const std::vector<bool>& deleted = {}, uint8_t language_driver = 0) {
    const auto put16 = [](std::string& s, size_t at, uint32_t v) {
        s[at] = char(v & 0xFF);
        s[at + 1] = char((v >> 8) & 0xFF);
    };
    std::string out(32, '\0');
    out[0] = 0x03;
    out[1] = char(125);
    out[2] = 1;
    out[3] = 15;
    const uint32_t n = uint32_t(records.size());
    put16(out, 4, n & 0xFFFF);
    put16(out, 6, n >> 16);
    uint32_t record_length = 1;
    for (const auto& f : fields) record_length += f.length;
    put16(out, 8, uint32_t(32 + 32 * fields.size() + 1));
    put16(out, 10, record_length);
    out[29] = char(language_driver);
    for (const auto& f : fields) {
        std::string d(32, '\0');
        d.replace(0, std::min<size_t>(f.name.size(), 10), f.name.substr(0, 10));
        d[11] = f.type;
        d[16] = char(f.length);
        out += d;
    }
    out += '\x0D';
    for (size_t r = 0; r < records.size(); ++r) {
        out += (r < deleted.size() && deleted[r]) ? '*' : ' ';
        for (size_t i = 0; i < fields.size(); ++i) {
            std::string v = i < records[r].size() ? records[r][i] : "";
            v.resize(fields[i].length, ' ');
            out += v;
        }
    }
    out += '\x1A';
    return out;
}

}  // namespace

TEST_CASE("encodings have user-facing names and are found by their common spellings", "[legacy_text]") {
    CHECK(std::string(data::encoding_name(TextEncoding::Utf8)) == "UTF-8");
    CHECK(std::string(data::encoding_name(TextEncoding::Cp1258)) == "Windows-1258");
    CHECK(std::string(data::encoding_name(TextEncoding::Tcvn3)) == "TCVN3 (ABC)");
    CHECK(std::string(data::encoding_name(TextEncoding::Vni)) == "VNI-Windows");
    CHECK(std::string(data::encoding_name(TextEncoding::Viscii)) == "VISCII");

    const std::vector<std::pair<std::string, TextEncoding>> spellings = {
        {"utf8", TextEncoding::Utf8},           {"UTF-8", TextEncoding::Utf8},       {"utf-8\r\n", TextEncoding::Utf8},
        {"cp1258", TextEncoding::Cp1258},       {"Windows-1258", TextEncoding::Cp1258},
        {"1258", TextEncoding::Cp1258},         {"ANSI 1258", TextEncoding::Cp1258},
        {"tcvn3", TextEncoding::Tcvn3},         {"TCVN", TextEncoding::Tcvn3},       {"ABC", TextEncoding::Tcvn3},
        {"vn3", TextEncoding::Tcvn3},           {"TCVN 5712", TextEncoding::Tcvn3},  {"vni", TextEncoding::Vni},
        {"VNI-Windows", TextEncoding::Vni},     {"viscii", TextEncoding::Viscii},    {"VISCII", TextEncoding::Viscii}};
    for (const auto& [spelling, encoding] : spellings) {
        INFO(spelling);
        const auto parsed = data::parse_encoding_name(spelling);
        REQUIRE(parsed);
        CHECK(*parsed == encoding);
    }
    for (TextEncoding e : kAll) CHECK(data::parse_encoding_name(data::encoding_name(e)) == e);
    CHECK_FALSE(data::parse_encoding_name("latin1"));
    CHECK_FALSE(data::parse_encoding_name(""));
    CHECK_FALSE(data::parse_encoding_name("1252"));
    CHECK_FALSE(data::parse_encoding_name("tcvn5712-1"));  // VN1 puts capitals where VN3 has none
}

TEST_CASE("Windows-1258 and VISCII tables agree with glibc's iconv byte for byte", "[legacy_text]") {
    for (int b = 0; b < 256; ++b) {
        INFO("byte " << b);
        size_t replaced = 0;
        const auto cp1258 = data::to_utf8(byte(b), "CP1258");
        const std::string ours = data::decode_text(byte(b), TextEncoding::Cp1258, &replaced);
        if (cp1258) {
            CHECK(ours == *cp1258);
            CHECK(replaced == 0);
        } else {  // 81, 8A, 8D-90, 9A, 9D, 9E: unassigned
            CHECK(ours == "\uFFFD");
            CHECK(replaced == 1);
        }
        const auto viscii = data::to_utf8(byte(b), "VISCII");
        REQUIRE(viscii);
        CHECK(data::decode_text(byte(b), TextEncoding::Viscii) == *viscii);
    }
}

TEST_CASE("the TCVN3 table agrees with glibc's TCVN5712-1 on 0xA0..0xFF", "[legacy_text]") {
    // glibc's TCVN5712-1 is VN1; it shares 0xA0..0xFF with VN2/VN3 (the small letters and the
    // capitals Ă Â Ê Ô Ơ Ư Đ at the same places), but puts more capitals at 0x01..0x17 and
    // 0x80..0x9F, which VN3 leaves to ASCII controls and Windows' punctuation.
    for (int b = 0xA0; b < 0x100; ++b) {
        INFO("byte " << b);
        const auto vn1 = data::to_utf8(byte(b), "TCVN5712-1");
        REQUIRE(vn1);
        CHECK(data::decode_text(byte(b), TextEncoding::Tcvn3) == *vn1);
    }
    CHECK(data::decode_text("\x96", TextEncoding::Tcvn3) == "–");
    CHECK(data::decode_text("\x01", TextEncoding::Tcvn3) == "\x01");
    // The 67 small letters come back from the 67 bytes glibc gives them.
    size_t small = 0;
    for (const auto& letter : characters(kLetters)) {
        const std::string back = data::decode_text(data::encode_text(letter, TextEncoding::Tcvn3), TextEncoding::Tcvn3);
        if (back != letter) continue;
        ++small;
        const std::string encoded = data::encode_text(letter, TextEncoding::Tcvn3);
        if (static_cast<unsigned char>(encoded[0]) >= 0x80) CHECK(data::to_utf8(encoded, "TCVN5712-1") == letter);
    }
    CHECK(small == 67 + 7);  // and the seven capitals without tones
}

TEST_CASE("tones written as combining marks compose as glibc composes them", "[legacy_text]") {
    // Windows-1258 tone marks (CC D2 DE EC F2) and TCVN's VN2 marks (B0..B4) after every vowel.
    const std::string vowels = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
    const auto is_vowel = [&](const std::string& s) {
        const auto chars = characters(vowels);
        return std::find(chars.begin(), chars.end(), s) != chars.end();
    };
    const struct {
        TextEncoding encoding;
        const char* iconv_name;
        int marks[5];
    } cases[] = {{TextEncoding::Cp1258, "CP1258", {0xCC, 0xD2, 0xDE, 0xEC, 0xF2}},
                 {TextEncoding::Tcvn3, "TCVN5712-1", {0xB0, 0xB1, 0xB2, 0xB3, 0xB4}}};
    for (const auto& c : cases) {
        size_t pairs = 0;
        for (int base = 0x20; base < 0x100; ++base) {
            if (!is_vowel(data::decode_text(byte(base), c.encoding))) continue;
            for (int mark : c.marks) {
                INFO(c.iconv_name << " " << base << " " << mark);
                const auto theirs = data::to_utf8(byte(base) + byte(mark), c.iconv_name);
                REQUIRE(theirs);
                const std::string ours = data::decode_text(byte(base) + byte(mark), c.encoding);
                CHECK(ours == *theirs);
                CHECK(characters(ours).size() == 1);
                ++pairs;
            }
        }
        CHECK(pairs == 24 * 5);
    }
    CHECK(data::decode_text("Vi\xEA\xF2t Nam", TextEncoding::Cp1258) == "Việt Nam");
}

TEST_CASE("VNI-Windows reads and writes every letter as the published VNI chart shows it", "[legacy_text]") {
    // From the VNI-Windows column of VBKey's converter tables (khiemdoan/VBKey, mdlCodeTable.bas).
    const std::vector<std::pair<std::string, std::string>> chart = {
        {"à", "a\xF8"}, {"á", "a\xF9"}, {"ả", "a\xFB"}, {"ã", "a\xF5"}, {"ạ", "a\xEF"}, {"â", "a\xE2"},
        {"ầ", "a\xE0"}, {"ấ", "a\xE1"}, {"ẩ", "a\xE5"}, {"ẫ", "a\xE3"}, {"ậ", "a\xE4"}, {"ă", "a\xEA"},
        {"ằ", "a\xE8"}, {"ắ", "a\xE9"}, {"ẳ", "a\xFA"}, {"ẵ", "a\xFC"}, {"ặ", "a\xEB"}, {"đ", "\xF1"},
        {"è", "e\xF8"}, {"é", "e\xF9"}, {"ẻ", "e\xFB"}, {"ẽ", "e\xF5"}, {"ẹ", "e\xEF"}, {"ê", "e\xE2"},
        {"ề", "e\xE0"}, {"ế", "e\xE1"}, {"ể", "e\xE5"}, {"ễ", "e\xE3"}, {"ệ", "e\xE4"}, {"ì", "\xEC"}, {"í", "\xED"},
        {"ỉ", "\xE6"}, {"ĩ", "\xF3"}, {"ị", "\xF2"}, {"ò", "o\xF8"}, {"ó", "o\xF9"}, {"ỏ", "o\xFB"}, {"õ", "o\xF5"},
        {"ọ", "o\xEF"}, {"ô", "o\xE2"}, {"ồ", "o\xE0"}, {"ố", "o\xE1"}, {"ổ", "o\xE5"}, {"ỗ", "o\xE3"},
        {"ộ", "o\xE4"}, {"ơ", "\xF4"}, {"ờ", "\xF4\xF8"}, {"ớ", "\xF4\xF9"}, {"ở", "\xF4\xFB"}, {"ỡ", "\xF4\xF5"},
        {"ợ", "\xF4\xEF"}, {"ù", "u\xF8"}, {"ú", "u\xF9"}, {"ủ", "u\xFB"}, {"ũ", "u\xF5"}, {"ụ", "u\xEF"},
        {"ư", "\xF6"}, {"ừ", "\xF6\xF8"}, {"ứ", "\xF6\xF9"}, {"ử", "\xF6\xFB"}, {"ữ", "\xF6\xF5"}, {"ự", "\xF6\xEF"},
        {"ỳ", "y\xF8"}, {"ý", "y\xF9"}, {"ỷ", "y\xFB"}, {"ỹ", "y\xF5"}, {"ỵ", "\xEE"}, {"À", "A\xD8"},
        {"Á", "A\xD9"}, {"Ả", "A\xDB"}, {"Ã", "A\xD5"}, {"Ạ", "A\xCF"}, {"Â", "A\xC2"}, {"Ầ", "A\xC0"},
        {"Ấ", "A\xC1"}, {"Ẩ", "A\xC5"}, {"Ẫ", "A\xC3"}, {"Ậ", "A\xC4"}, {"Ă", "A\xCA"}, {"Ằ", "A\xC8"},
        {"Ắ", "A\xC9"}, {"Ẳ", "A\xDA"}, {"Ẵ", "A\xDC"}, {"Ặ", "A\xCB"}, {"Đ", "\xD1"}, {"È", "E\xD8"},
        {"É", "E\xD9"}, {"Ẻ", "E\xDB"}, {"Ẽ", "E\xD5"}, {"Ẹ", "E\xCF"}, {"Ê", "E\xC2"}, {"Ề", "E\xC0"},
        {"Ế", "E\xC1"}, {"Ể", "E\xC5"}, {"Ễ", "E\xC3"}, {"Ệ", "E\xC4"}, {"Ì", "\xCC"}, {"Í", "\xCD"}, {"Ỉ", "\xC6"},
        {"Ĩ", "\xD3"}, {"Ị", "\xD2"}, {"Ò", "O\xD8"}, {"Ó", "O\xD9"}, {"Ỏ", "O\xDB"}, {"Õ", "O\xD5"}, {"Ọ", "O\xCF"},
        {"Ô", "O\xC2"}, {"Ồ", "O\xC0"}, {"Ố", "O\xC1"}, {"Ổ", "O\xC5"}, {"Ỗ", "O\xC3"}, {"Ộ", "O\xC4"},
        {"Ơ", "\xD4"}, {"Ờ", "\xD4\xD8"}, {"Ớ", "\xD4\xD9"}, {"Ở", "\xD4\xDB"}, {"Ỡ", "\xD4\xD5"}, {"Ợ", "\xD4\xCF"},
        {"Ù", "U\xD8"}, {"Ú", "U\xD9"}, {"Ủ", "U\xDB"}, {"Ũ", "U\xD5"}, {"Ụ", "U\xCF"}, {"Ư", "\xD6"},
        {"Ừ", "\xD6\xD8"}, {"Ứ", "\xD6\xD9"}, {"Ử", "\xD6\xDB"}, {"Ữ", "\xD6\xD5"}, {"Ự", "\xD6\xCF"},
        {"Ỳ", "Y\xD8"}, {"Ý", "Y\xD9"}, {"Ỷ", "Y\xDB"}, {"Ỹ", "Y\xD5"}, {"Ỵ", "\xCE"},
    };
    REQUIRE(chart.size() == 134);
    for (const auto& [letter, vni] : chart) {
        INFO(letter);
        CHECK(data::decode_text(vni, TextEncoding::Vni) == letter);
        CHECK(data::encode_text(letter, TextEncoding::Vni) == vni);
    }
    CHECK(data::decode_text("Vie\xE4t Nam", TextEncoding::Vni) == "Việt Nam");  // "Vieät Nam" in a Windows font
    CHECK(data::decode_text("VIE\xC4T NAM", TextEncoding::Vni) == "VIỆT NAM");
    CHECK(data::decode_text("Ha\xFBi Pho\xF8ng", TextEncoding::Vni) == "Hải Phòng");
}

TEST_CASE("known names survive encode then decode in every encoding", "[legacy_text]") {
    for (TextEncoding e : kAll) {
        for (const auto& name : kKnownNames) {
            INFO(data::encoding_name(e) << ": " << name);
            std::string expected = name;
            if (e == TextEncoding::Viscii) {  // every byte above 0x7F is a letter: no room for a dash
                const auto dash = expected.find("–");
                if (dash != std::string::npos) expected.replace(dash, std::string("–").size(), "?");
            }
            const std::string encoded = data::encode_text(name, e);
            size_t replaced = 1;
            CHECK(data::decode_text(encoded, e, &replaced) == expected);
            CHECK(replaced == 0);
            if (e != TextEncoding::Utf8) CHECK(encoded != name);
        }
    }
    // The bytes themselves, as each encoding's users' files hold them.
    CHECK(data::encode_text("Hải Phòng", TextEncoding::Tcvn3) == "H\xB6i Ph\xDFng");
    CHECK(data::encode_text("Đồ Sơn", TextEncoding::Tcvn3) == "\xA7\xE5 S\xACn");
    CHECK(data::encode_text("Hải Phòng", TextEncoding::Vni) == "Ha\xFBi Pho\xF8ng");
    CHECK(data::encode_text("Hải Phòng", TextEncoding::Viscii) == "H\xE4i Ph\xF2ng");
    CHECK(data::encode_text("Hải Phòng", TextEncoding::Cp1258) == "Ha\xD2i Pho\xCCng");
    CHECK(data::encode_text("Việt", TextEncoding::Cp1258) == "Vi\xEA\xF2t");
}

TEST_CASE("every letter round-trips where the encoding has it, and TCVN3 has no capitals with tones", "[legacy_text]") {
    const auto letters = characters(kLetters);
    REQUIRE(letters.size() == 134);
    for (TextEncoding e : kAll) {
        size_t kept = 0, lost = 0;
        for (const auto& letter : letters) {
            const std::string back = data::decode_text(data::encode_text(letter, e), e);
            if (back == letter) ++kept;
            else if (back == "?") ++lost;
            else FAIL_CHECK(data::encoding_name(e) << " turns " << letter << " into " << back);
        }
        INFO(data::encoding_name(e));
        CHECK(kept + lost == 134);
        CHECK(lost == (e == TextEncoding::Tcvn3 ? 12u * 5u : 0u));  // 12 vowels x 5 tones, capital
    }
    // TCVN3's capitals with tones are written with the small letters' codes (ABC capitals fonts);
    // they are read as the small letters, which is what the bytes say.
    CHECK(data::decode_text("\xA7\xD7NH V\xF2", TextEncoding::Tcvn3) == "ĐìNH Vũ");
}

TEST_CASE("decoded text is NFC: precomposed letters, never base and combining marks", "[legacy_text]") {
    CHECK(data::decode_text(kLettersNfd, TextEncoding::Utf8) == kLetters);
    CHECK(data::decode_text("Nguye\u0302\u0303n", TextEncoding::Utf8) == "Nguyễn");
    CHECK(data::decode_text("e\u0302\u0323", TextEncoding::Utf8) == "ệ");  // canonical order is dot, then circumflex
    CHECK(data::decode_text("\u00EA\u0323", TextEncoding::Utf8) == "ệ");   // ê + dot below is ệ too
    CHECK(data::decode_text("\u0103\u0323", TextEncoding::Utf8) == "ặ");
    CHECK(data::decode_text("\u01A1\u0323", TextEncoding::Utf8) == "ợ");
    CHECK(data::decode_text("u\u0323\u031B", TextEncoding::Utf8) == "ự");
    // Two acute accents, or an accent then a circumflex, are not one letter: the rest stays.
    CHECK(data::decode_text("a\u0301\u0301", TextEncoding::Utf8) == "á\u0301");
    CHECK(data::decode_text("a\u0301\u0302", TextEncoding::Utf8) == "á\u0302");
    for (TextEncoding e : kAll)
        for (const auto& name : kKnownNames) {
            const std::string decoded = data::decode_text(data::encode_text(name, e), e);
            INFO(data::encoding_name(e) << ": " << decoded);
            CHECK_FALSE(has_combining_mark(decoded));
        }
}

TEST_CASE("meaningless bytes become U+FFFD and are counted", "[legacy_text]") {
    size_t replaced = 0;
    CHECK(data::decode_text("a\x81" "b\x8D", TextEncoding::Cp1258, &replaced) == "a\uFFFDb\uFFFD");
    CHECK(replaced == 2);
    CHECK(data::decode_text("\xF9 abc", TextEncoding::Vni, &replaced) == "\uFFFD abc");  // a tone on nothing
    CHECK(replaced == 1);
    CHECK(data::decode_text("b\xE2", TextEncoding::Vni, &replaced) == "b\uFFFD");  // a circumflex on b
    CHECK(replaced == 1);
    CHECK(data::decode_text("H\xE1i", TextEncoding::Utf8, &replaced) == "H\uFFFDi");
    CHECK(replaced == 1);
    CHECK(data::decode_text("Hải", TextEncoding::Utf8, &replaced) == "Hải");
    CHECK(replaced == 0);
}

TEST_CASE("any bytes decode to valid UTF-8 that is already composed", "[legacy_text]") {
    std::mt19937 rng(1456);
    std::uniform_int_distribution<int> length(0, 40), any_byte(0, 255);
    for (int round = 0; round < 400; ++round) {
        std::string bytes;
        for (int i = length(rng); i > 0; --i) bytes += static_cast<char>(any_byte(rng));
        for (TextEncoding e : kAll) {
            const std::string text = data::decode_text(bytes, e);
            REQUIRE(data::is_valid_utf8(text));
            CHECK(data::decode_text(text, TextEncoding::Utf8) == text);
            // Written back, each character reads the same or, where the encoding lacks it, as '?'.
            const auto original = characters(text);
            const auto back = characters(data::decode_text(data::encode_text(text, e), e));
            REQUIRE(back.size() == original.size());
            for (size_t i = 0; i < back.size(); ++i)
                if (back[i] != original[i]) CHECK(back[i] == "?");
        }
    }
}

TEST_CASE("detection picks each encoding of realistic values, sure of it", "[legacy_text]") {
    for (TextEncoding e : kAll) {
        const auto values = encode_all(kRealisticValues, e);
        const auto guess = data::detect_encoding(values);
        INFO(data::encoding_name(e) << " guessed as " << data::encoding_name(guess.encoding) << " at "
                                    << guess.confidence);
        CHECK(guess.encoding == e);
        CHECK(guess.confidence > 0.8);
        CHECK(guess.values_looked_at == kRealisticValues.size());
        CHECK(guess.non_ascii_values == kRealisticValues.size());  // every value has a Vietnamese letter
    }
}

TEST_CASE("detection reads capitals: VNI in capitals, TCVN3 typed with an ABC capitals font", "[legacy_text]") {
    std::vector<std::string> upper;
    for (const auto& v : {"KHU CÔNG NGHIỆP ĐÌNH VŨ", "KHU CÔNG NGHIỆP TRÀNG DUỆ", "HUYỆN THỦY NGUYÊN",
                          "QUẬN HẢI AN", "ĐƯỜNG LẠCH TRAY", "PHƯỜNG ĐẰNG HẢI", "CẢNG HẢI PHÒNG", "XÃ TÂN TIẾN",
                          "ĐƯỜNG NGUYỄN BỈNH KHIÊM", "NAM CẦU KIỀN", "AN DƯƠNG", "ĐỒ SƠN"})
        upper.push_back(data::encode_text(v, TextEncoding::Vni));
    auto guess = data::detect_encoding(upper);
    CHECK(guess.encoding == TextEncoding::Vni);
    CHECK(guess.confidence > 0.8);

    // ABC's .VnTimeH shows small letters' codes as capitals: "KHU C«NG NGHIÖP §×NH V÷".
    const std::vector<std::string> abc = {
        "KHU C\xABNG NGHI\xD6P \xA7\xD7NH V\xF2", "KHU C\xABNG NGHI\xD6P TR\xB5NG DU\xD6",
        "HUY\xD6N TH\xF1Y NGUY\xAAN", "QU\xCBN H\xB6I AN", "\xAE\xAD\xEANG L\xB9" "CH TRAY",
        "PH\xAD\xEANG \xAE\xBBNG H\xB6I", "C\xB6NG H\xB6I PH\xDFNG", "X\xB7 T\xA9N TI\xD5N",
        "\xAE\xAD\xEANG NGUY\xD4N B\xD8NH KHI\xAAM", "NAM C\xC7U KI\xD2N", "AN D\xAD\xACNG", "\xAE\xE5 S\xACN"};
    guess = data::detect_encoding(abc);
    CHECK(guess.encoding == TextEncoding::Tcvn3);
    CHECK(guess.confidence > 0.8);
    CHECK(data::decode_text(abc[0], TextEncoding::Tcvn3) == "KHU CôNG NGHIệP ĐìNH Vũ");
}

TEST_CASE("one short value is not enough to be sure", "[legacy_text]") {
    for (TextEncoding e : kLegacy) {
        for (const char* value : {"Hải Phòng", "Đồ Sơn", "Tràng Duệ"}) {
            const auto guess = data::detect_encoding({data::encode_text(value, e)});
            INFO(data::encoding_name(e) << " " << value << ": " << data::encoding_name(guess.encoding) << " at "
                                        << guess.confidence);
            CHECK(guess.confidence < 0.5);
            CHECK(guess.values_looked_at == 1);
            CHECK(guess.non_ascii_values == 1);
        }
    }
}

TEST_CASE("detection: ASCII is UTF-8 for sure, repeats add no evidence, broken UTF-8 is still UTF-8", "[legacy_text]") {
    auto guess = data::detect_encoding({"Deep C", "VSIP", "Nomura", ""});
    CHECK(guess.encoding == TextEncoding::Utf8);
    CHECK(guess.confidence == 1.0);
    CHECK(guess.non_ascii_values == 0);

    guess = data::detect_encoding({});
    CHECK(guess.encoding == TextEncoding::Utf8);
    CHECK(guess.values_looked_at == 0);

    // One district over 500 records is one value, not 500.
    const std::vector<std::string> repeated(500, data::encode_text("Thủy Nguyên", TextEncoding::Tcvn3));
    guess = data::detect_encoding(repeated);
    CHECK(guess.values_looked_at == 500);
    CHECK(guess.non_ascii_values == 500);
    CHECK(guess.confidence < 0.5);

    // UTF-8 with one value cut in the middle of a letter still reads best as UTF-8.
    auto values = kRealisticValues;
    values[0].resize(values[0].size() - 1);  // "...Đình Vũ" loses the last byte of ũ
    REQUIRE_FALSE(data::is_valid_utf8(values[0]));
    guess = data::detect_encoding(values);
    CHECK(guess.encoding == TextEncoding::Utf8);
    CHECK(guess.confidence > 0.8);

    // The same answer every time.
    const auto tcvn = encode_all(kRealisticValues, TextEncoding::Tcvn3);
    const auto first = data::detect_encoding(tcvn);
    const auto again = data::detect_encoding(tcvn);
    CHECK(first.encoding == again.encoding);
    CHECK(first.confidence == again.confidence);
}

TEST_CASE("a .dbf's header and text fields are read without GDAL", "[legacy_text][dbf]") {
    TempDir dir;
    const auto tcvn = [](const char* s) { return data::encode_text(s, TextEncoding::Tcvn3); };
    const std::vector<FieldSpec> fields = {{"T\xAAN_KCN", 'C', 40}, {"DIEN_TICH", 'N', 10}, {"HUYEN", 'C', 20}};
    std::vector<std::vector<std::string>> records = {
        {tcvn("Khu công nghiệp Đình Vũ"), "   1152.00", tcvn("Quận Hải An")},
        {tcvn("Khu công nghiệp Tràng Duệ"), "    687.00", ""},
        {tcvn("Bị xóa"), "      1.00", tcvn("Bị xóa")},
        {tcvn("Khu công nghiệp Nam Cầu Kiền"), "    263.00", tcvn("Huyện Thủy Nguyên")},
    };
    const std::vector<bool> deleted = {false, false, true, false};
    const auto path = dir / "kcn.dbf";
    write_file(path, make_dbf(fields, records, deleted, 0x57));

    const auto header = data::read_dbf_header(path);
    REQUIRE(header);
    CHECK(header->records == 4);
    CHECK(header->header_length == 32 + 3 * 32 + 1);
    CHECK(header->record_length == 1 + 40 + 10 + 20);
    CHECK(header->language_driver == 0x57);
    CHECK(header->header_consistent);
    CHECK_FALSE(header->truncated);
    CHECK(header->file_size == 129 + 4 * 71 + 1);
    REQUIRE(header->fields.size() == 3);
    CHECK(header->fields[0].name == "T\xAAN_KCN");  // raw bytes: TCVN3 for "TÊN_KCN"
    CHECK(header->fields[0].type == 'C');
    CHECK(header->fields[0].length == 40);
    CHECK(header->fields[0].offset == 1);
    CHECK(header->fields[1].type == 'N');
    CHECK(header->fields[1].offset == 41);
    CHECK(header->fields[2].name == "HUYEN");
    CHECK(header->fields[2].offset == 51);

    // Text fields only, trimmed, empty ones and the deleted record left out.
    const auto sample = data::dbf_text_sample(path, *header);
    const std::vector<std::string> expected = {records[0][0], records[0][2], records[1][0], records[3][0], records[3][2]};
    CHECK(sample == expected);
    CHECK(data::dbf_text_sample(path, *header, 1) == std::vector<std::string>{records[0][0], records[0][2]});
    CHECK(data::dbf_text_sample(path, *header, 0).empty());

    // Enough park names for the guess to find TCVN3.
    for (size_t i = 0; i < 30; ++i)
        records.push_back({tcvn(kRealisticValues[i].c_str()), "      0.00", tcvn(kRealisticValues[i + 5].c_str())});
    write_file(path, make_dbf(fields, records));
    const auto bigger = data::read_dbf_header(path);
    REQUIRE(bigger);
    const auto guess = data::detect_encoding(data::dbf_text_sample(path, *bigger));
    CHECK(guess.encoding == TextEncoding::Tcvn3);
    CHECK(guess.confidence > 0.8);
}

TEST_CASE("a truncated .dbf gives only its whole records", "[legacy_text][dbf]") {
    TempDir dir;
    const std::vector<FieldSpec> fields = {{"TEN", 'C', 12}};
    const std::string bytes = make_dbf(fields, {{"Mot"}, {"Hai"}, {"Ba"}, {"Bon"}});
    const auto path = dir / "cut.dbf";
    const size_t record_length = 13, header_length = 65;
    write_file(path, bytes.substr(0, header_length + 2 * record_length + 5));  // half of the third record

    const auto header = data::read_dbf_header(path);
    REQUIRE(header);
    CHECK(header->truncated);
    CHECK(header->header_consistent);  // the header itself is fine
    CHECK(header->records == 4);
    CHECK(data::dbf_text_sample(path, *header) == std::vector<std::string>{"Mot", "Hai"});

    write_file(path, bytes.substr(0, 40));  // cut inside the field descriptors
    const auto cut_header = data::read_dbf_header(path);
    REQUIRE(cut_header);
    CHECK(cut_header->fields.empty());
    CHECK_FALSE(cut_header->header_consistent);
    CHECK(cut_header->truncated);
    CHECK(data::dbf_text_sample(path, *cut_header).empty());
}

TEST_CASE("garbage header lengths are flagged and never read past the file", "[legacy_text][dbf]") {
    TempDir dir;
    const auto path = dir / "bad.dbf";
    const std::string good = make_dbf({{"TEN", 'C', 12}, {"SO", 'N', 4}}, {{"Mot", "1"}, {"Hai", "2"}});
    const auto with = [&](size_t at, uint16_t value) {
        std::string b = good;
        b[at] = char(value & 0xFF);
        b[at + 1] = char(value >> 8);
        return b;
    };

    SECTION("a header length far past the end") {
        write_file(path, with(8, 0xFFFF));
        const auto header = data::read_dbf_header(path);
        REQUIRE(header);
        CHECK_FALSE(header->header_consistent);
        CHECK(header->truncated);
        CHECK(header->fields.size() == 2);  // the descriptors are still there, up to their terminator
        CHECK(data::dbf_text_sample(path, *header).empty());
    }
    SECTION("a header length inside the descriptors") {
        write_file(path, with(8, 7));
        const auto header = data::read_dbf_header(path);
        REQUIRE(header);
        CHECK_FALSE(header->header_consistent);
        for (const auto& v : data::dbf_text_sample(path, *header)) CHECK(v.size() <= 12);
    }
    SECTION("a record length of zero") {
        write_file(path, with(10, 0));
        const auto header = data::read_dbf_header(path);
        REQUIRE(header);
        CHECK_FALSE(header->header_consistent);
        CHECK(data::dbf_text_sample(path, *header).empty());
    }
    SECTION("a record length shorter than the fields") {
        write_file(path, with(10, 6));
        const auto header = data::read_dbf_header(path);
        REQUIRE(header);
        CHECK_FALSE(header->header_consistent);
        CHECK(data::dbf_text_sample(path, *header).empty());  // TEN would run past the record
    }
    SECTION("a record count in the billions") {
        std::string b = good;
        b[4] = b[5] = b[6] = b[7] = '\xFF';
        write_file(path, b);
        const auto header = data::read_dbf_header(path);
        REQUIRE(header);
        CHECK(header->records == 0xFFFFFFFFu);
        CHECK(header->truncated);
        CHECK(data::dbf_text_sample(path, *header) == std::vector<std::string>{"Mot", "Hai"});
    }
}

TEST_CASE("what is not a .dbf gives no header", "[legacy_text][dbf]") {
    TempDir dir;
    write_file(dir / "short.dbf", std::string(31, '\x03'));
    CHECK_FALSE(data::read_dbf_header(dir / "short.dbf"));
    write_file(dir / "text.dbf", std::string(100, 'x'));
    CHECK_FALSE(data::read_dbf_header(dir / "text.dbf"));
    CHECK_FALSE(data::read_dbf_header(dir / "missing.dbf"));
    CHECK_FALSE(data::read_dbf_header(dir.path()));
}

TEST_CASE("random bytes after a .dbf version byte never crash the reader", "[legacy_text][dbf]") {
    TempDir dir;
    const auto path = dir / "noise.dbf";
    std::mt19937 rng(5712);
    std::uniform_int_distribution<int> length(0, 600), any_byte(0, 255);
    for (int round = 0; round < 300; ++round) {
        std::string bytes(1, '\x03');
        for (int i = length(rng); i > 0; --i) bytes += static_cast<char>(any_byte(rng));
        if (round % 3 == 0 && bytes.size() > 40) bytes[32] = '\x0D';  // no fields, data right after
        write_file(path, bytes);
        const auto header = data::read_dbf_header(path);
        if (!header) {
            CHECK(bytes.size() < 32);
            continue;
        }
        CHECK(header->file_size == bytes.size());
        for (const auto& v : data::dbf_text_sample(path, *header)) {
            CHECK_FALSE(v.empty());
            CHECK(v.size() <= header->record_length);
        }
    }
}
