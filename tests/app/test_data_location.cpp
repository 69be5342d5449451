// The bundled data is found beside an installed program, and in the checkout for a build tree
// (app/data_location.h, issue #17).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "app/data_location.h"

namespace fs = std::filesystem;

namespace {

void touch(const fs::path& p) {
    fs::create_directories(p.parent_path());
    std::ofstream(p) << "x";
}

struct TempTree {
    fs::path root = fs::temp_directory_path() / "parkatlas-data-location-test";
    TempTree() { fs::remove_all(root); }
    ~TempTree() { fs::remove_all(root); }
};

}  // namespace

TEST_CASE("an installed program finds the data under PREFIX/share, not the checkout it was built from",
          "[data_location]") {
    TempTree t;
    const fs::path prefix = t.root / "opt" / "pa";
    const fs::path checkout = t.root / "src" / "data" / "haiphong";
    touch(prefix / "bin" / "parkatlas");
    touch(prefix / "share" / "parkatlas" / "haiphong" / "parks.shp");
    touch(checkout / "parks.shp");
    CHECK(app::find_bundled_data(prefix / "bin" / "parkatlas", checkout) == prefix / "share" / "parkatlas" / "haiphong");
}

TEST_CASE("a build tree finds the checkout's data; nothing found names the installed place", "[data_location]") {
    TempTree t;
    const fs::path build = t.root / "build";
    const fs::path checkout = t.root / "src" / "data" / "haiphong";
    touch(build / "parkatlas");
    touch(checkout / "parks.shp");
    CHECK(app::find_bundled_data(build / "parkatlas", checkout) == checkout);

    // Installed but the data package is missing: the message will name /…/share/parkatlas/haiphong.
    const fs::path lone = t.root / "usr" / "bin" / "parkatlas";
    touch(lone);
    CHECK(app::find_bundled_data(lone, t.root / "gone") == t.root / "usr" / "share" / "parkatlas" / "haiphong");
}

TEST_CASE("the installed place comes first among the candidates", "[data_location]") {
    const auto candidates = app::bundled_data_candidates("/usr/bin/parkatlas", "/home/me/park-atlas/data/haiphong");
    REQUIRE(candidates.size() >= 2);
    CHECK(candidates.front().lexically_normal() == fs::path("/usr/share/parkatlas/haiphong"));
    CHECK(candidates.back() == fs::path("/home/me/park-atlas/data/haiphong"));
}
