#include <catch2/catch.hpp>

#include "data/text_encoding.h"

TEST_CASE("UTF-8 validation accepts Vietnamese and rejects broken bytes", "[encoding]") {
    CHECK(data::is_valid_utf8("KCN Đình Vũ – Hải Phòng"));
    CHECK(data::is_valid_utf8(""));
    CHECK_FALSE(data::is_valid_utf8("\xD0i\xCCnh"));      // Windows-1258 bytes
    CHECK_FALSE(data::is_valid_utf8("\xC0\xAF"));          // overlong '/'
    CHECK_FALSE(data::is_valid_utf8("\xED\xA0\x80"));      // a UTF-16 surrogate
    CHECK_FALSE(data::is_valid_utf8("abc\xE1\xBA"));       // cut in the middle of a letter
}

TEST_CASE("Windows-1258 converts to UTF-8 with combining tone marks composed", "[encoding]") {
    const auto converted = data::to_utf8("KCN \xD0i\xCCnh Vu\xDE", "CP1258");
    REQUIRE(converted);
    CHECK(*converted == "KCN Đình Vũ");
}

TEST_CASE("invalid bytes become U+FFFD and the rest is kept", "[encoding]") {
    CHECK(data::sanitise_utf8("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
    CHECK(data::sanitise_utf8("Hải") == "Hải");
}
