// Shapefiles whose .dbf is in TCVN3 (ABC), VNI-Windows or VISCII with no .cpg, as Vietnamese
// planning offices still send them: detected, converted to Unicode, said so with the
// confidence; --encoding overrides the detection; a .cpg naming TCVN3 is obeyed.
#include <catch2/catch.hpp>

#include "data/legacy_vietnamese.h"
#include "data/vector_loader.h"
#include "support/dbf_writer.h"
#include "support/test_files.h"

using namespace test_support;

namespace {

// The Vietnamese names of the bundled parks, in the order of parks.shp's records.
std::vector<std::string> park_names_vi() {
    const auto r = data::load_vector_file((bundled_data() / "parks.shp").string());
    REQUIRE(r.layers.size() == 1);
    std::vector<std::pair<int64_t, std::string>> by_fid;
    for (const auto& f : r.layers[0].features) by_fid.emplace_back(f.source_id, r.layers[0].text(f, "name_vi").value_or(""));
    std::sort(by_fid.begin(), by_fid.end());
    std::vector<std::string> names;
    for (auto& [fid, name] : by_fid) {
        // The en dash of "Nhật Bản – Hải Phòng" is in no 8-bit Vietnamese table: a hyphen, as typists used.
        for (size_t at; (at = name.find("–")) != std::string::npos;) name.replace(at, 3, "-");
        names.push_back(name);
    }
    return names;
}

// parks.shp with its .dbf rewritten in `encoding`: id and name_vi, lowercased for TCVN3 (which
// has no capitals with tone marks), no .cpg, code page byte 0.
fs::path legacy_parks(const fs::path& dir, data::TextEncoding encoding, std::vector<std::string>& expected) {
    const auto shp = copy_bundled_layer("parks", dir);
    fs::remove(dir / "parks.cpg");
    std::vector<std::vector<std::string>> rows;
    expected = park_names_vi();
    for (size_t i = 0; i < expected.size(); ++i) {
        const std::string encoded = data::encode_text(expected[i], encoding);
        REQUIRE(data::decode_text(encoded, encoding) == expected[i]);
        rows.push_back({"p" + std::to_string(i), encoded});
    }
    write_dbf(dir / "parks.dbf", {{"id", 8}, {"name_vi", 120}}, rows);
    return shp;
}

std::vector<std::string> names_read(const data::Layer& layer) {
    std::vector<std::pair<int64_t, std::string>> by_fid;
    for (const auto& f : layer.features) by_fid.emplace_back(f.source_id, layer.text(f, "name_vi").value_or(""));
    std::sort(by_fid.begin(), by_fid.end());
    std::vector<std::string> names;
    for (auto& [fid, name] : by_fid) names.push_back(name);
    return names;
}

bool says(const data::Diagnostics& diags, const std::string& words) {
    for (const auto& d : diags)
        if (d.message.find(words) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("a .dbf in VNI-Windows, VISCII or Windows-1258 without .cpg reads as Vietnamese", "[encoding][legacy]") {
    const std::pair<data::TextEncoding, const char*> cases[] = {{data::TextEncoding::Vni, "VNI-Windows"},
                                                                {data::TextEncoding::Viscii, "VISCII"},
                                                                {data::TextEncoding::Cp1258, "Windows-1258"}};
    for (const auto& [encoding, name] : cases) {
        DYNAMIC_SECTION(name) {
            TempDir dir;
            std::vector<std::string> expected;
            const auto shp = legacy_parks(dir.path(), encoding, expected);
            const auto before = fingerprint(dir.path());
            const auto r = data::load_vector_file(shp.string());
            CHECK(fingerprint(dir.path()) == before);
            REQUIRE(r.layers.size() == 1);
            CHECK(names_read(r.layers[0]) == expected);
            const auto& p = r.layers[0].provenance;
            CHECK(p.encoding == name);
            CHECK(p.encoding_basis == data::Basis::Guessed);
            CHECK(p.encoding_confidence >= 0.8);
            CHECK(says(r.all_diagnostics(), std::string("it reads as ") + name + " (detected"));
        }
    }
}

TEST_CASE("a TCVN3 (ABC) .dbf without .cpg reads as Vietnamese, in lower case as ABC holds it", "[encoding][legacy]") {
    TempDir dir;
    std::vector<std::string> names = park_names_vi();
    // TCVN3 keeps capitals with marks in separate fonts: the bytes are the lower-case letters'.
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> expected;
    for (size_t i = 0; i < names.size(); ++i) {
        const std::string encoded = data::encode_text(names[i], data::TextEncoding::Tcvn3);
        expected.push_back(data::decode_text(encoded, data::TextEncoding::Tcvn3));
        rows.push_back({"p" + std::to_string(i), encoded});
    }
    const auto shp = copy_bundled_layer("parks", dir.path());
    fs::remove(dir / "parks.cpg");
    write_dbf(dir / "parks.dbf", {{"id", 8}, {"name_vi", 120}}, rows);
    const auto r = data::load_vector_file(shp.string());
    REQUIRE(r.layers.size() == 1);
    CHECK(names_read(r.layers[0]) == expected);
    CHECK(r.layers[0].provenance.encoding == "TCVN3 (ABC)");
    CHECK(r.layers[0].provenance.encoding_confidence >= 0.8);
    bool one_read_well = false;  // e.g. "KCN Đình Vũ" has its capitals unmarked, so it survives whole
    for (const auto& n : names_read(r.layers[0])) one_read_well |= n.find("ình V") != std::string::npos;
    CHECK(one_read_well);
}

TEST_CASE("the --encoding option overrides the detection, and a .cpg naming TCVN3 is obeyed", "[encoding][legacy]") {
    TempDir dir;
    std::vector<std::string> expected;
    const auto shp = legacy_parks(dir.path(), data::TextEncoding::Vni, expected);
    SECTION("given") {
        data::LoadOptions options;
        options.assume.encoding = "vni";
        const auto r = data::load_vector_file(shp.string(), options);
        REQUIRE(r.layers.size() == 1);
        CHECK(names_read(r.layers[0]) == expected);
        CHECK(r.layers[0].provenance.encoding_basis == data::Basis::Given);
        CHECK(says(r.all_diagnostics(), "as given with --encoding"));
        // Given wrongly, it is obeyed all the same: the user said so.
        options.assume.encoding = "viscii";
        const auto wrong = data::load_vector_file(shp.string(), options);
        REQUIRE(wrong.layers.size() == 1);
        CHECK(names_read(wrong.layers[0]) != expected);
    }
    SECTION("named by a .cpg") {
        write_file(dir / "parks.cpg", "VNI\n");
        const auto r = data::load_vector_file(shp.string());
        REQUIRE(r.layers.size() == 1);
        CHECK(names_read(r.layers[0]) == expected);
        CHECK(r.layers[0].provenance.encoding_basis == data::Basis::Declared);
        CHECK(says(r.all_diagnostics(), "as its .cpg file says"));
    }
}
