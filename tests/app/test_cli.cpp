// The program as a user runs it: exit codes, messages and the PNG it writes.
#include <catch2/catch.hpp>

#include <cstdio>
#include <set>
#include <sys/wait.h>

#include "app/map_view.h"
#include "app/options.h"
#include "i18n/catalogue.h"
#include "support/test_files.h"

using namespace test_support;

namespace {

struct Run {
    int exit_code;
    std::string out;  // stdout and stderr together
};

// The program with no display, in English unless `env` says otherwise (e.g. "LANG=ko_KR.UTF-8").
Run run(const std::string& args, const std::string& env = "LANG=C.UTF-8") {
    const std::string cmd = "env -u DISPLAY -u LC_ALL -u LC_MESSAGES -u LANG " + env + " " + std::string(PARKATLAS_BINARY) + " " +
                            args + " 2>&1";
    FILE* pipe = popen(cmd.c_str(), "r");
    REQUIRE(pipe);
    std::string out;
    char buf[4096];
    while (size_t n = fread(buf, 1, sizeof buf, pipe)) out.append(buf, n);
    const int status = pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

bool is_png(const fs::path& p) { return read_file(p).substr(0, 8) == "\x89PNG\r\n\x1a\n"; }

}  // namespace

TEST_CASE("the render option writes a PNG and says what it drew", "[cli]") {
    TempDir dir;
    const auto out = dir / "map.png";
    const Run r = run("--render " + out.string() + " --size 800x450");
    INFO(r.out);
    CHECK(r.exit_code == 0);
    CHECK(is_png(out));
    CHECK_FALSE(fs::exists(out.string() + ".partial"));
    CHECK(r.out.find("parks") != std::string::npos);
    CHECK(r.out.find("21 features (19 with geometry)") != std::string::npos);
    CHECK(r.out.find("VN-2000 / TM-3 105-45") != std::string::npos);
    CHECK(r.out.find("EPSG:3857") != std::string::npos);
    CHECK(r.out.find(out.string()) != std::string::npos);
}

TEST_CASE("the view option takes a park or zone id, and an unknown id is a clear error", "[cli]") {
    TempDir dir;
    CHECK(run("--render " + (dir / "v.png").string() + " --size 400x300 --view southern-coastal").exit_code == 0);
    const Run bad = run("--render " + (dir / "x.png").string() + " --view atlantis");
    CHECK(bad.exit_code == 2);
    CHECK(bad.out.find("atlantis") != std::string::npos);
    CHECK(bad.out.find("vsip") != std::string::npos);  // lists the ids there are
    CHECK_FALSE(fs::exists(dir / "x.png"));
}

TEST_CASE("a file that cannot be loaded is named, the rest is still drawn", "[cli]") {
    TempDir dir;
    write_file(dir / "broken.shp", "garbage");
    const auto out = dir / "map.png";
    const Run r = run("--render " + out.string() + " --size 400x300 " + (dir / "broken.shp").string());
    INFO(r.out);
    CHECK(r.exit_code == 1);
    CHECK(r.out.find("broken.shp") != std::string::npos);
    CHECK(r.out.find("not a Shapefile") != std::string::npos);
    CHECK(is_png(out));
}

TEST_CASE("with no display, the plain command renders to a PNG and says where", "[cli]") {
    TempDir dir;
    const std::string cmd = "cd " + dir.path().string() + " && env -u DISPLAY -u WAYLAND_DISPLAY " +
                            std::string(PARKATLAS_BINARY) + " --size 400x300 > out.txt 2>&1";
    CHECK(std::system(cmd.c_str()) == 0);
    const std::string out = read_file(dir / "out.txt");
    CHECK(out.find("No display") != std::string::npos);
    CHECK(out.find((dir / "parkatlas-map.png").string()) != std::string::npos);
    CHECK(is_png(dir / "parkatlas-map.png"));
}

TEST_CASE("usage errors exit 2 and --help documents every flag", "[cli]") {
    CHECK(run("--size 12").exit_code == 2);
    CHECK(run("--frobnicate").exit_code == 2);
    CHECK(run("--bbox 1,2,3").exit_code != 0);
    CHECK(run("--view vsip --bbox 106,20,107,21").exit_code == 2);
    const Run help = run("--help");
    CHECK(help.exit_code == 0);
    for (const char* flag : {"--render", "--size", "--scale", "--view", "--bbox", "--data", "--no-data", "--lang", "--vietnamese-beneath",
                             "--stats", "--asof", "--format", "--help", "--version", "--info", "--crs", "--encoding"})
        CHECK(help.out.find(flag) != std::string::npos);
}

TEST_CASE("option parsing", "[cli]") {
    const char* argv[] = {"parkatlas", "--render", "a.png", "--size", "1920x1080", "--lang", "vi", "x.geojson"};
    const auto r = app::parse_options(8, argv);
    REQUIRE(r.options);
    CHECK(r.options->render_path == "a.png");
    CHECK(r.options->width == 1920);
    CHECK(r.options->height == 1080);
    CHECK(r.options->language == i18n::Language::Vi);
    CHECK(r.options->files == std::vector<std::string>{"x.geojson"});
    std::string error;
    CHECK_FALSE(app::parse_lonlat_bbox("107,20,106,21", &error));
    CHECK(app::parse_lonlat_bbox("106.5,20.7,106.9,20.95", &error));
}

TEST_CASE("the stats option prints the availability table and the Decree 35 verdict", "[cli][stats]") {
    const Run md = run("--stats --asof 2023-12");
    INFO(md.out);
    CHECK(md.exit_code == 0);
    CHECK(md.out.find("| vsip |") != std::string::npos);
    CHECK(md.out.find("Decree 35/2022") != std::string::npos);
    CHECK(md.out.find("**Verdict:**") != std::string::npos);
    CHECK(md.out.find("unknown") != std::string::npos);  // unknowns are said, not zeroed
    // park_facts.csv beside the layers fills Đồ Sơn's and An Dương's areas: two remain unknown.
    CHECK(md.out.find("Established parks with a sourced total area: 12 of 14; unknown: MP Dinh Vu") != std::string::npos);
    // Computed land is whole hectares, marked ≈; statuses are those of the date.
    CHECK(md.out.find("| ≈ 175 |") != std::string::npos);
    CHECK(md.out.find("| nomura-2 | Nhat Ban – Hai Phong Industrial Park 2 (Nomura 2) | not yet established |") != std::string::npos);
    // The city's investment figures known as of the date, with their sources; none from after it.
    CHECK(md.out.find("| FDI, cumulative, million USD | 2023-12 | 26,170 | HEZA report 6037/BC-BQL") != std::string::npos);
    CHECK(md.out.find("| 2024-11 |") == std::string::npos);

    const Run csv = run("--stats --asof 2023-12 --format csv");
    CHECK(csv.exit_code == 0);
    CHECK(csv.out.find("vsip,") != std::string::npos);

    // Before any per-park figure exists the gauge cannot be computed, and says so.
    const Run early = run("--stats --asof 2022-01");
    CHECK(early.exit_code == 0);
    CHECK(early.out.find("unknown") != std::string::npos);
}

TEST_CASE("stats options are checked", "[cli][stats]") {
    CHECK(run("--stats --asof yesterday").exit_code == 2);
    CHECK(run("--stats --format pdf").exit_code == 2);
    CHECK(run("--asof 2023-12").exit_code == 2);
}

TEST_CASE("five languages: --lang, the environment's, and the help and report in them", "[cli][i18n]") {
    const Run ko = run("--stats --asof 2023-12 --lang ko");
    CHECK(ko.exit_code == 0);
    CHECK(ko.out.find("2023년 12월") != std::string::npos);
    CHECK(ko.out.find(i18n::tr("operating", i18n::Language::Ko)) != std::string::npos);
    CHECK(ko.out.find("**Verdict:**") == std::string::npos);

    // No --lang: the environment's language, where it is one of the five.
    const Run ja = run("--help", "LANG=ja_JP.UTF-8");
    CHECK(ja.exit_code == 0);
    CHECK(ja.out.find(i18n::tr("Usage:", i18n::Language::Ja)) != std::string::npos);
    CHECK(ja.out.find("--vietnamese-beneath") != std::string::npos);  // options are typed as they are
    const Run fr = run("--help", "LANG=fr_FR.UTF-8");
    CHECK(fr.out.find("Usage:") != std::string::npos);
    CHECK(run("--help", "LANG=C.UTF-8 LC_MESSAGES=vi_VN.UTF-8").out.find(i18n::tr("Usage:", i18n::Language::Vi)) !=
          std::string::npos);

    const Run bad = run("--lang fr");
    CHECK(bad.exit_code == 2);
    CHECK(bad.out.find("vi, en, zh, ko, ja") != std::string::npos);

    // A headless map in Chinese, with the Vietnamese names beneath: CJK characters in the atlas.
    TempDir dir;
    const Run zh = run("--render " + (dir.path() / "zh.png").string() + " --size 800x450 --lang zh --vietnamese-beneath");
    INFO(zh.out);
    CHECK(zh.exit_code == 0);
    CHECK(zh.out.find("NotoSansCJK") != std::string::npos);
    CHECK(is_png(dir.path() / "zh.png"));
}

namespace {

// Width and height from a PNG's header.
std::pair<int, int> png_size(const fs::path& p) {
    const std::string b = read_file(p);
    REQUIRE(b.size() > 24);
    const auto be32 = [&](size_t at) {
        return int((uint8_t(b[at]) << 24) | (uint8_t(b[at + 1]) << 16) | (uint8_t(b[at + 2]) << 8) | uint8_t(b[at + 3]));
    };
    return {be32(16), be32(20)};
}

}  // namespace

TEST_CASE("the render-tour option writes a picture per slide of the bundled tour and says what it wrote", "[cli][tour]") {
    TempDir dir;
    const Run r = run("--render-tour " + (dir / "slides").string() + " --size 640x360");
    INFO(r.out);
    CHECK(r.exit_code == 0);
    std::set<std::string> contents;
    for (int i = 1; i <= 10; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "slide-%02d.png", i);
        const fs::path p = dir / "slides" / name;
        REQUIRE(is_png(p));
        CHECK(png_size(p) == std::pair{640, 360});
        contents.insert(read_file(p));
        CHECK(r.out.find(p.string()) != std::string::npos);
    }
    CHECK(contents.size() == 10);  // every slide is a different picture
    CHECK_FALSE(fs::exists(dir / "slides" / "slide-11.png"));
    CHECK(r.out.find("Lạch Huyện") != std::string::npos);  // the captions are listed
    CHECK(r.out.find("Wrote 10 slides of 640x360") != std::string::npos);
}

TEST_CASE("the render-tour option takes a tour file, and a broken one is named with its line and nothing is written", "[cli][tour]") {
    TempDir dir;
    const fs::path tour = dir / "mine.tour.json";
    write_file(tour, R"({"format": "parkatlas-tour", "version": 1, "title": {"en": "Mine"},
 "slides": [{"camera": {"fit": ["parks/vsip"], "margin_km": 1}, "caption": {"en": "VSIP", "ja": "VSIP ハイフォン"}},
            {"camera": {"centre": [106.68, 20.86], "width_km": 6}, "caption": {"en": "The centre"}}]})");
    const Run ok = run("--render-tour " + (dir / "out").string() + " " + tour.string() + " --lang ja");
    INFO(ok.out);
    CHECK(ok.exit_code == 0);
    CHECK(png_size(dir / "out" / "slide-01.png") == std::pair{1920, 1080});  // the default size is a projector's
    CHECK(fs::exists(dir / "out" / "slide-02.png"));
    CHECK_FALSE(fs::exists(dir / "out" / "slide-03.png"));
    CHECK(ok.out.find("VSIP ハイフォン") != std::string::npos);

    write_file(tour, "{\"format\": \"parkatlas-tour\",\n \"version\": 1,\n \"title\": {\"en\": \"x\"},\n \"slides\": [\n  {\"camera\": {\"fit\": []}, \"caption\": {\"en\": \"y\"}}\n ]\n}");
    const Run bad = run("--render-tour " + (dir / "bad").string() + " " + tour.string());
    CHECK(bad.exit_code == 1);
    CHECK(bad.out.find(tour.string() + ":5: camera.fit names no feature") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "bad" / "slide-01.png"));

    // A feature the data lacks: the slide is still drawn, the problem is named, the exit is 1.
    write_file(tour, R"({"format": "parkatlas-tour", "version": 1, "title": {"en": "x"},
 "slides": [{"camera": {"fit": ["parks/atlantis"]}, "caption": {"en": "y"}}]})");
    const Run missing = run("--render-tour " + (dir / "missing").string() + " " + tour.string());
    CHECK(missing.exit_code == 1);
    CHECK(missing.out.find(":2: no feature \"parks/atlantis\"") != std::string::npos);
    CHECK(fs::exists(dir / "missing" / "slide-01.png"));
}

TEST_CASE("presenting options are checked", "[cli][tour]") {
    CHECK(run("--render-tour").exit_code == 2);
    CHECK(run("--present --render x.png").exit_code == 2);
    CHECK(run("--render-tour d --stats").exit_code == 2);
    CHECK(run("--monitor 2").exit_code == 2);  // without --present
    CHECK(run("--present --monitor 0").exit_code == 2);
    CHECK(run("--present --monitor two").exit_code == 2);
    const char* argv[] = {"parkatlas", "--kiosk", "talk.json", "--monitor", "2", "--presenter-view", "extra.geojson"};
    const auto r = app::parse_options(7, argv);
    REQUIRE(r.options);
    CHECK(r.options->present);
    CHECK(r.options->kiosk);
    CHECK(r.options->tour == "talk.json");
    CHECK(r.options->monitor == 2);
    CHECK(r.options->presenter_view);
    CHECK(r.options->files == std::vector<std::string>{"extra.geojson"});
    const Run help = run("--help");
    for (const char* flag : {"--present", "--kiosk", "--render-tour", "--monitor", "--windowed", "--presenter-view"})
        CHECK(help.out.find(flag) != std::string::npos);
}

TEST_CASE("the scale option makes the image that many times larger and as dense", "[cli]") {
    TempDir dir;
    const Run r = run("--render " + (dir / "big.png").string() + " --size 800x450 --scale 2");
    INFO(r.out);
    CHECK(r.exit_code == 0);
    CHECK(png_size(dir / "big.png") == std::pair{1600, 900});
    CHECK(run("--render x.png --scale 0").exit_code == 2);
    CHECK(run("--render x.png --scale two").exit_code == 2);
    CHECK(run("--render x.png --size 9000x9000 --scale 2").exit_code == 2);
    CHECK(run("--scale 2").exit_code == 2);  // nothing to render
}

TEST_CASE("printed outputs: --render by extension, --page with a PDF or SVG, --brochure with --park or --all", "[cli]") {
    auto parse = [](std::vector<const char*> args) {
        args.insert(args.begin(), "parkatlas");
        return app::parse_options(int(args.size()), args.data());
    };
    CHECK(parse({"--render", "m.pdf", "--page", "A3-portrait"}).options);
    CHECK(parse({"--render", "m.SVG"}).options);
    CHECK(parse({"--brochure", "b.pdf", "--park", "vsip", "--asof", "2023-12", "--lang", "ko"}).options->park_id == "vsip");
    CHECK(parse({"--brochure", "b.pdf", "--all"}).options->all_parks);
    const auto jpg = parse({"--render", "m.jpg"});
    CHECK_FALSE(jpg.options);
    CHECK(jpg.error.find("m.jpg") != std::string::npos);
    CHECK_FALSE(parse({"--render", "m.png", "--page", "A4"}).options);          // a PNG has pixels, not paper
    CHECK_FALSE(parse({"--render", "m.pdf", "--page", "A4", "--size", "800x600"}).options);
    CHECK_FALSE(parse({"--brochure", "b.pdf"}).options);                         // which park?
    CHECK_FALSE(parse({"--brochure", "b.pdf", "--park", "vsip", "--all"}).options);
    CHECK_FALSE(parse({"--brochure", "b.png", "--all"}).options);
    CHECK_FALSE(parse({"--park", "vsip"}).options);
    CHECK_FALSE(parse({"--render", "m.pdf", "--asof", "2023-12"}).options);
    CHECK(parse({"--stats", "--asof", "2023-12"}).options);
}

TEST_CASE("the site finder: options checked, a ranked answer, unknowns apart, in the user's language", "[cli][finder]") {
    auto parse = [](std::vector<const char*> args) {
        args.insert(args.begin(), "parkatlas");
        return app::parse_options(int(args.size()), args.data());
    };
    const auto ok = parse({"--find", "--ha", "20", "--sector", "electronics", "--ready-by", "2026-06", "--max-km", "port:15",
                           "--max-km", "cat-bi-airport:12.5"});
    REQUIRE(ok.options);
    CHECK(*ok.options->find_ha == 20.0);
    CHECK(ok.options->find_max_km.size() == 2);
    CHECK(ok.options->find_max_km[1] == std::pair<std::string, double>{"cat-bi-airport", 12.5});
    CHECK_FALSE(parse({"--find"}).options);                                   // no criterion
    CHECK_FALSE(parse({"--ha", "20"}).options);                               // without --find
    CHECK_FALSE(parse({"--find", "--ha", "-3"}).options);
    CHECK_FALSE(parse({"--find", "--ha", "many"}).options);
    CHECK_FALSE(parse({"--find", "--sector", "robots"}).options);
    CHECK(parse({"--find", "--sector", "robots"}).error.find("electronics") != std::string::npos);  // lists the keys
    CHECK_FALSE(parse({"--find", "--ready-by", "soon"}).options);
    CHECK_FALSE(parse({"--find", "--max-km", "port"}).options);
    CHECK_FALSE(parse({"--find", "--max-km", ":15"}).options);
    CHECK_FALSE(parse({"--find", "--ha", "20", "--stats"}).options);

    const Run md = run("--find --ha 40");
    INFO(md.out);
    CHECK(md.exit_code == 0);
    CHECK(md.out.find("## Fits every criterion (2)") != std::string::npos);  // VSIP ≈ 175 ha, Nam Cầu Kiền ≈ 59 ha
    CHECK(md.out.find("## Ask the developer") != std::string::npos);
    CHECK(md.out.find("≈ 175 ha free") != std::string::npos);
    const Run unknown_landmark = run("--find --max-km moon:10");
    CHECK(unknown_landmark.exit_code == 2);
    CHECK(unknown_landmark.out.find("lach-huyen-port") != std::string::npos);  // names the landmarks there are
    // The parks that fit, in one brochure: front pages and a sheet each.
    TempDir dir;
    const Run two = run("--brochure " + (dir / "fit.pdf").string() + " --park vsip,nam-cau-kien");
    INFO(two.out);
    CHECK(two.exit_code == 0);
    CHECK(two.out.find("of 2 parks") != std::string::npos);
    CHECK(run("--brochure " + (dir / "x.pdf").string() + " --park vsip,atlantis").exit_code != 0);
    CHECK_FALSE(fs::exists(dir / "x.pdf"));
    const Run ja = run("--find --ha 40 --lang ja");
    CHECK(ja.exit_code == 0);
    CHECK(ja.out.find(i18n::tr("Fits every criterion", i18n::Language::Ja)) != std::string::npos);
}

TEST_CASE("the --info option describes files before loading: format, CRS and encoding with how each was settled, fields, problems",
          "[cli][info]") {
    const std::string dgn = (bundled_data() / "../../tests/data/fixtures/cadastre_v7.dgn").string();
    const Run info = run("--info '" + dgn + "'");
    CHECK(info.exit_code == 0);
    for (const char* words : {"Format: Microstation DGN", "Layer 'elements (polygons)': 4 features, polygons",
                              "CRS: VN-2000 / TM-3 105-45 (EPSG:9210) (guessed from the content)",
                              "Text encoding: TCVN3 (ABC) (detected from the text, ", "Levels (elements): 10 (4)",
                              "Text (text): \"Thửa 1 - Công ty cảng Hải An\"", "Extent: 106.72", "° E, 20.81",
                              "fall in Hải Phòng"})
        CHECK(info.out.find(words) != std::string::npos);
    CHECK(info.out.find("Drew") == std::string::npos);  // nothing rendered

    SECTION("a file with errors exits 1, as --render does; every file is still described") {
        TempDir dir;
        copy_bundled_layer("landmarks", dir.path());
        const std::string shx = read_file(dir / "landmarks.shx");
        write_file(dir / "landmarks.shx", shx.substr(0, shx.size() - 8));
        const Run broken = run("--info '" + (dir / "landmarks.shp").string() + "' '" + dgn + "'");
        CHECK(broken.exit_code == 1);
        CHECK(broken.out.find("landmarks.shx is truncated") != std::string::npos);
        CHECK(broken.out.find("Format: Microstation DGN") != std::string::npos);
    }
    SECTION("--crs and --encoding are taken instead of the guesses, and checked") {
        const Run given = run("--info --crs EPSG:9209 --encoding vni '" + dgn + "'");
        CHECK(given.exit_code == 0);
        CHECK(given.out.find("(EPSG:9209) (given by you)") != std::string::npos);
        CHECK(given.out.find("Text encoding: VNI-Windows (given by you)") != std::string::npos);
        CHECK(run("--info --crs EPSG:999999 '" + dgn + "'").exit_code == 2);
        CHECK(run("--info --encoding klingon '" + dgn + "'").exit_code == 2);
        CHECK(run("--info").exit_code == 2);
    }
    SECTION("in the user's language") {
        const Run ko = run("--info '" + dgn + "'", "LANG=ko_KR.UTF-8");
        CHECK(ko.exit_code == 0);
        CHECK(ko.out.find("Format:") == std::string::npos);
        CHECK(ko.out.find("Microstation DGN") != std::string::npos);
    }
}
