// Attribute values packed one block per feature: what goes in comes out, NULL and empty apart.
#include <catch2/catch.hpp>

#include "data/field_values.h"
#include "data/layer.h"

TEST_CASE("packed values keep text, empty text and NULL apart", "[data][values]") {
    const data::FieldValues v{std::string("Nguyễn Văn An"), std::nullopt, std::string(""), std::string("ODT")};
    REQUIRE(v.size() == 4);
    CHECK(v[0] == std::optional<std::string_view>("Nguyễn Văn An"));
    CHECK_FALSE(v[1].has_value());
    REQUIRE(v[2].has_value());
    CHECK(v[2]->empty());
    CHECK(v[3] == std::optional<std::string_view>("ODT"));
    CHECK_FALSE(v[4].has_value());  // past the end: unknown, not a crash

    size_t n = 0, nulls = 0;
    for (const auto x : v) ++n, nulls += !x;
    CHECK(n == 4);
    CHECK(nulls == 1);
}

TEST_CASE("packed values copy, move and compare by content", "[data][values]") {
    data::FieldValues::Builder b;
    b.add("a");
    b.add(std::nullopt);
    const data::FieldValues one = b.build();
    data::FieldValues copy = one;
    CHECK(copy == one);
    const data::FieldValues moved = std::move(copy);
    CHECK(moved == one);
    CHECK_FALSE(moved == data::FieldValues{std::string("a"), std::string("")});  // NULL is not ""
    CHECK(data::FieldValues{}.empty());
    CHECK(data::FieldValues{} == data::FieldValues{});
}

TEST_CASE("a layer reads packed values by field name", "[data][values]") {
    data::Layer layer;
    layer.fields = {{"so_thua", data::FieldType::Integer}, {"chu_su_dun", data::FieldType::String}};
    data::Feature f;
    f.values = {std::string("42"), std::nullopt};
    CHECK(layer.text(f, "so_thua") == std::optional<std::string>("42"));
    CHECK(layer.number(f, "so_thua") == Approx(42.0));
    CHECK_FALSE(layer.text(f, "chu_su_dun"));
    CHECK_FALSE(layer.text(f, "no_such_field"));
}
