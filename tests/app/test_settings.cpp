#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "app/settings.h"

namespace {

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("settings round-trip through the file, written atomically", "[settings]") {
    const auto dir = std::filesystem::temp_directory_path() / "parkatlas-settings-test";
    std::filesystem::remove_all(dir);
    const std::string path = (dir / "parkatlas" / "settings.ini").string();
    app::Settings s;
    s.centre = geo::Vec2{11878000.25, 2380000.5};
    s.metres_per_pixel = 8.625;
    s.visible_size_m = geo::Vec2{12000.5, 8000.25};
    s.ui_scale = 1.3f;
    s.left_sidebar_open = false;
    s.legend_open = true;
    s.files = {"/data/cadastre.shp", "/data/plan b.geojson"};
    s.layers["bundled:parks"] = {false, 0.5f, 3};
    s.layers["file:/data/cadastre.shp#cadastre"] = {true, 0.25f, 1};
    std::string error;
    REQUIRE(app::save_settings(path, s, &error));
    std::vector<std::string> problems;
    const app::Settings back = app::load_settings(path, &problems);
    CHECK(problems.empty());
    CHECK(back.centre->x == 11878000.25);
    CHECK(*back.metres_per_pixel == 8.625);
    CHECK(back.visible_size_m->y == 8000.25);
    CHECK(*back.ui_scale == 1.3f);
    CHECK(*back.left_sidebar_open == false);
    CHECK(back.files == s.files);
    CHECK(back.layers.at("bundled:parks").visible == false);
    CHECK(back.layers.at("bundled:parks").opacity == 0.5f);
    CHECK(back.layers.at("bundled:parks").order == 3);
    CHECK(back.layers.at("file:/data/cadastre.shp#cadastre").opacity == 0.25f);
    // The box shown again is the visible map of last time.
    const auto box = back.visible_box();
    REQUIRE(box);
    CHECK(box->width() == Approx(12000.5));
    CHECK(box->centre().x == Approx(11878000.25));
    // No temporary file left behind.
    size_t files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir / "parkatlas")) ++files;
    CHECK(files == 1);
    std::filesystem::remove_all(dir);
}

TEST_CASE("a missing settings file is not an error", "[settings]") {
    std::vector<std::string> problems;
    const auto s = app::load_settings("/nonexistent/parkatlas/settings.ini", &problems);
    CHECK_FALSE(s.centre);
    CHECK(problems.empty());
}

TEST_CASE("a line that cannot be read is reported with its number; the rest still applies", "[settings]") {
    std::vector<std::string> problems;
    const auto s = app::parse_settings("[view]\ncentre_x=abc\nmetres_per_pixel=3\n[layer bundled:parks]\nopacity=0.5\n",
                                       &problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("line 2") != std::string::npos);
    CHECK(*s.metres_per_pixel == 3.0);
    CHECK(s.layers.at("bundled:parks").opacity == 0.5f);
    for (const char* broken : {"garbage\n", "[view\n", "[view]\nmetres_per_pixel=-1\n", "[nowhere]\nx=1\n", "x=1\n"}) {
        problems.clear();
        app::parse_settings(broken, &problems);
        CHECK(problems.size() == 1);
    }
    problems.clear();
    app::parse_settings("# comment\n\n[view]\nmetres_per_pixel=3\n", &problems);
    CHECK(problems.empty());
}

TEST_CASE("out-of-range numbers are refused before they reach an int (order=1e300)", "[settings]") {
    std::vector<std::string> problems;
    const auto s = app::parse_settings("[layer parks]\norder=1e300\nvisible=1\n[layer roads]\norder=2.5\n"
                                       "[layer rivers]\norder=-1e300\n[interface]\nui_scale=1e300\n",
                                       &problems);
    CHECK(problems.size() == 4);
    CHECK(s.layers.at("bundled:parks").order == -1);  // left unknown
    CHECK(s.layers.at("bundled:parks").visible);
    CHECK(s.layers.at("bundled:roads").order == -1);
    CHECK_FALSE(s.ui_scale);
    CHECK(problems[0].find("order") != std::string::npos);
}

TEST_CASE("layers are remembered by key: a user's file named like a bundled layer is another layer", "[settings]") {
    std::vector<std::string> problems;
    // A file written before keys named bundled layers alone: they are the bundled ones.
    const auto s = app::parse_settings("[layer landmarks]\nvisible=0\n[layer file:/home/u/landmarks.shp#landmarks]\nvisible=1\n",
                                       &problems);
    CHECK(problems.empty());
    CHECK(s.layers.at("bundled:landmarks").visible == false);
    CHECK(s.layers.at("file:/home/u/landmarks.shp#landmarks").visible == true);
}

TEST_CASE("a settings file that is a folder is said so, and nothing is written over it", "[settings]") {
    const auto dir = std::filesystem::temp_directory_path() / "parkatlas-settings-folder";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir / "settings.ini");
    std::vector<std::string> problems;
    app::load_settings((dir / "settings.ini").string(), &problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("folder") != std::string::npos);
    std::string error;
    CHECK_FALSE(app::save_settings((dir / "settings.ini").string(), {}, &error));
    CHECK(error.find("folder") != std::string::npos);
    CHECK(std::filesystem::is_directory(dir / "settings.ini"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("a file with unreadable lines is kept as .bak before it is written again", "[settings]") {
    const auto dir = std::filesystem::temp_directory_path() / "parkatlas-settings-bak";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto path = dir / "settings.ini";
    const std::string original = "[view]\nmetres_per_pixel=oops\n[layer parks]\nvisible=0\n";
    std::ofstream(path) << original;
    std::vector<std::string> problems;
    const app::Settings s = app::load_settings(path.string(), &problems);
    REQUIRE(problems.size() == 1);
    std::string error;
    REQUIRE(app::save_settings(path.string(), s, &error, true));
    CHECK(read_file(dir / "settings.ini.bak") == original);
    CHECK(read_file(path).find("[layer bundled:parks]\nvisible=0") != std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST_CASE("the language and the Vietnamese line are remembered; an unknown language is said", "[settings][i18n]") {
    app::Settings s;
    s.language = i18n::Language::Ko;
    s.vietnamese_beneath = true;
    std::vector<std::string> problems;
    const app::Settings back = app::parse_settings(app::format_settings(s), &problems);
    CHECK(problems.empty());
    CHECK(back.language == i18n::Language::Ko);
    CHECK(back.vietnamese_beneath == true);

    const app::Settings bad = app::parse_settings("[interface]\nlanguage=fr\nvietnamese_beneath=1\n", &problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("line 2") != std::string::npos);
    CHECK(problems[0].find("'fr'") != std::string::npos);
    CHECK_FALSE(bad.language);
    CHECK(bad.vietnamese_beneath == true);  // the rest still applies
}

TEST_CASE("the encoding for files that name none is a setting; an unknown one is said", "[settings][encoding]") {
    app::Settings s;
    s.encoding = "tcvn3";
    std::vector<std::string> problems;
    const app::Settings back = app::parse_settings(app::format_settings(s), &problems);
    CHECK(problems.empty());
    CHECK(back.encoding == "tcvn3");
    CHECK(back.files.empty());

    const app::Settings bad = app::parse_settings("[files]\nencoding=klingon\nfile=/data/a.shp\n", &problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("line 2") != std::string::npos);
    CHECK(problems[0].find("'klingon'") != std::string::npos);
    CHECK(bad.encoding.empty());
    CHECK(bad.files == std::vector<std::string>{"/data/a.shp"});
}
