#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "app/settings.h"

TEST_CASE("settings round-trip through the file, written atomically", "[settings]") {
    const auto dir = std::filesystem::temp_directory_path() / "parkatlas-settings-test";
    std::filesystem::remove_all(dir);
    const std::string path = (dir / "parkatlas" / "settings.ini").string();
    app::Settings s;
    s.centre = geo::Vec2{11878000.25, 2380000.5};
    s.metres_per_pixel = 8.625;
    s.layers["parks"] = {false, 0.5f, 3};
    std::string error;
    REQUIRE(app::save_settings(path, s, &error));
    auto back = app::load_settings(path, &error);
    REQUIRE(back);
    CHECK(back->centre->x == 11878000.25);
    CHECK(*back->metres_per_pixel == 8.625);
    CHECK(back->layers.at("parks").visible == false);
    CHECK(back->layers.at("parks").opacity == 0.5f);
    CHECK(back->layers.at("parks").order == 3);
    // No temporary file left behind.
    size_t files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir / "parkatlas")) ++files;
    CHECK(files == 1);
    std::filesystem::remove_all(dir);
}

TEST_CASE("a missing settings file is not an error", "[settings]") {
    std::string error;
    auto s = app::load_settings("/nonexistent/parkatlas/settings.ini", &error);
    REQUIRE(s);
    CHECK_FALSE(s->centre);
    CHECK(error.empty());
}

TEST_CASE("a broken settings file is reported with its line", "[settings]") {
    std::string error;
    CHECK_FALSE(app::parse_settings("[view]\ncentre_x=abc\n", &error));
    CHECK(error.find("line 2") != std::string::npos);
    CHECK_FALSE(app::parse_settings("garbage\n", &error));
    CHECK_FALSE(app::parse_settings("[view\n", &error));
    CHECK_FALSE(app::parse_settings("[view]\nmetres_per_pixel=-1\n", &error));
    CHECK(app::parse_settings("# comment\n\n[view]\nmetres_per_pixel=3\n", &error));
}
