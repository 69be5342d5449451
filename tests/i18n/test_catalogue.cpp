// The message catalogues as the program holds them, the numbers and dates of each language,
// and the characters the font atlas is asked for.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "app/window/imgui_session.h"
#include "data/catalog.h"
#include "geo/crs.h"
#include "i18n/catalogue.h"
#include "i18n/number_format.h"
#include "i18n/utf8.h"
#include "ui/glyph_set.h"

using i18n::Language;

namespace {

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

const Language kTranslated[] = {Language::Vi, Language::Zh, Language::Ko, Language::Ja};

}  // namespace

TEST_CASE("PO files: continuation lines, escapes, fuzzy entries, and what Park Atlas refuses", "[i18n]") {
    const auto po = i18n::parse_po(
        "# a comment\n"
        "msgid \"\"\n"
        "msgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n"
        "\n"
        "#: src/x.cpp:1\n"
        "msgid \"\"\n"
        "\"two \"\n"
        "\"lines\\n\\\"quoted\\\"\"\n"
        "msgstr \"hai \"\n"
        "\"dòng\"\n"
        "\n"
        "#, fuzzy\n"
        "msgid \"guess\"\n"
        "msgstr \"đoán\"\n");
    CHECK(po.problems.empty());
    REQUIRE(po.entries.size() == 2);
    CHECK(po.entries[0].msgstr == "hai dòng");  // the header is not an entry
    CHECK(po.entries[0].msgid == "two lines\n\"quoted\"");
    CHECK(po.entries[1].fuzzy);

    const auto bad = i18n::parse_po("msgctxt \"menu\"\nmsgid \"File\"\nmsgstr \"Tệp\"\nmsgid \"open\nmsgstr \"x\"\n");
    CHECK(bad.problems.size() >= 2);
    CHECK(bad.problems.front().find("line 1") != std::string::npos);
}

TEST_CASE("the catalogues built into the program are the PO files, whole and readable", "[i18n]") {
    // The template lists every text the code marks (tools/i18n/messages.py, checked by ctest).
    const auto pot = i18n::parse_po(read_text(PARKATLAS_SOURCE_DIR "/data/i18n/parkatlas.pot"));
    REQUIRE(pot.problems.empty());
    REQUIRE(pot.entries.size() > 300);
    for (const Language lang : kTranslated) {
        INFO(i18n::code(lang));
        const auto embedded = i18n::parse_po(i18n::embedded_po(lang));
        CHECK(embedded.problems.empty());
        const auto on_disk = i18n::parse_po(read_text(std::string(PARKATLAS_SOURCE_DIR "/data/i18n/") + i18n::code(lang) + ".po"));
        CHECK(embedded.entries.size() == on_disk.entries.size());
        CHECK(embedded.entries.size() == pot.entries.size());
        size_t differ = 0;
        for (const auto& e : on_disk.entries) {
            // What tr() answers is the file's translation (the build embedded this very file).
            CHECK(std::string(i18n::tr(e.msgid.c_str(), lang)) == e.msgstr);
            differ += e.msgstr != e.msgid;
        }
        // Nearly every text reads differently from English ("GDAL: {0}" may not).
        CHECK(differ > on_disk.entries.size() * 95 / 100);
    }
    CHECK(std::string(i18n::tr("Layers", Language::En)) == "Layers");
    CHECK(std::string(i18n::tr("a text no catalogue has", Language::Ko)) == "a text no catalogue has");
}

TEST_CASE("placeholders are filled in the order the translation puts them", "[i18n]") {
    // "Exported {0} rows to {1}": Japanese puts the file first in some phrasings; whatever the
    // order, each placeholder gets its own value.
    for (const Language lang : i18n::kLanguages) {
        const std::string s = i18n::trf("Exported {0} rows to {1}", lang, {"12", "/tmp/out.csv"});
        CHECK(s.find("12") != std::string::npos);
        CHECK(s.find("/tmp/out.csv") != std::string::npos);
        CHECK(s.find('{') == std::string::npos);
    }
    CHECK(i18n::Message{"Added {0}", {"a.shp"}}.in(Language::En) == "Added a.shp");
    CHECK(i18n::Message{}.in(Language::Vi).empty());
}

TEST_CASE("languages from codes and locale names", "[i18n]") {
    CHECK(i18n::parse_language("ko") == Language::Ko);
    CHECK(i18n::parse_language("ja_JP.UTF-8") == Language::Ja);
    CHECK(i18n::parse_language("zh-CN") == Language::Zh);
    CHECK(i18n::parse_language("vi_VN@latin") == Language::Vi);
    CHECK_FALSE(i18n::parse_language("fr_FR.UTF-8"));
    CHECK_FALSE(i18n::parse_language("C.UTF-8"));
}

TEST_CASE("numbers and months as each language writes them", "[i18n]") {
    CHECK(i18n::format_number(1566.5, 1, Language::En) == "1,566.5");
    CHECK(i18n::format_number(1566.5, 1, Language::Vi) == "1.566,5");
    CHECK(i18n::format_number(20000, 0, Language::Zh) == "20,000");
    CHECK(i18n::format_number(87.10, 2, Language::Ko) == "87.1");  // trailing zeros dropped
    CHECK(i18n::format_number(-1234567.25, 2, Language::Vi) == "-1.234.567,25");
    CHECK(i18n::format_fixed(1566, 2, Language::Vi) == "1.566,00");
    CHECK(i18n::format_fixed(0.5, 2, Language::Ja) == "0.50");
    CHECK(i18n::format_month(2023, 12, 0, Language::En) == "Dec 2023");
    CHECK(i18n::format_month(2023, 12, 0, Language::Vi) == "T12/2023");
    CHECK(i18n::format_month(2023, 12, 0, Language::Zh) == "2023年12月");
    CHECK(i18n::format_month(2023, 12, 0, Language::Ko) == "2023년 12월");
    CHECK(i18n::format_month(2023, 12, 15, Language::Ja) == "2023年12月15日");
    CHECK(i18n::format_month(2023, 13, 0, Language::En).empty());
}

TEST_CASE("the glyph set holds exactly the characters of the texts, and picks out the CJK ones", "[i18n][fonts]") {
    ui::GlyphSet g;
    g.add("Đình Vũ 工业园 산업단지 ディンブー");
    CHECK(g.contains(U'Đ'));
    CHECK(g.contains(U'工'));
    CHECK(g.contains(U'산'));
    CHECK(g.contains(U'デ'));
    CHECK_FALSE(g.contains(U'業'));  // the Japanese form of 业: not in these texts
    const auto cjk = g.cjk();
    CHECK(cjk.size() == 3 + 4 + 5);  // 工业园, 산업단지, ディンブー
    for (char32_t cp : cjk) CHECK(ui::GlyphSet::is_cjk(cp));
    CHECK_FALSE(ui::GlyphSet::is_cjk(U'ũ'));

    ui::GlyphSet smaller;
    smaller.add("Vũ 工业");
    CHECK(g.covers(smaller));
    CHECK_FALSE(smaller.covers(g));
    const size_t before = g.size();
    g.add("工业园");  // nothing new
    CHECK(g.size() == before);

    CHECK(ui::glyph_ranges({0x41, 0x42, 0x43, 0x4E00, 0x4E01, 0x5DE5}) ==
          std::vector<uint32_t>{0x41, 0x43, 0x4E00, 0x4E01, 0x5DE5, 0x5DE5, 0});
}

TEST_CASE("every language's own words fit the glyph set built from its catalogue", "[i18n][fonts]") {
    for (const Language lang : kTranslated) {
        ui::GlyphSet g;
        for (auto t : i18n::translations(lang)) g.add(t);
        const std::string sample = i18n::tr("Layers", lang);
        ui::GlyphSet s;
        s.add(sample);
        CHECK(g.covers(s));
        if (lang != Language::Vi) CHECK(!g.cjk().empty());
        // Hundreds of characters, not the tens of thousands of the CJK blocks.
        CHECK(g.cjk().size() < 1500);
    }
}

TEST_CASE("the window's atlas asks for the CJK characters of the chosen language only", "[i18n][fonts]") {
    state::AppState app(data::load_catalog(PARKATLAS_TEST_DATA, {}, geo::kDisplayCrs));
    auto glyphs = [&](Language lang) {
        app.language = lang;
        return app::window_glyphs(app);
    };
    // English and Vietnamese: only the language menu's own names (中文, 한국어, 日本語).
    for (const Language lang : {Language::En, Language::Vi}) {
        INFO(i18n::code(lang));
        const auto cjk = glyphs(lang).cjk();
        CHECK(cjk.size() <= 10);
    }
    const ui::GlyphSet zh = glyphs(Language::Zh), ja = glyphs(Language::Ja), ko = glyphs(Language::Ko);
    CHECK(zh.contains(U'亭'));   // 亭武工业区: the data's Chinese names
    CHECK(zh.contains(U'月'));   // 2023年12月: dates as Chinese writes them
    CHECK_FALSE(zh.contains(U'デ'));  // the Japanese names are not drawn in Chinese
    CHECK(ja.contains(U'デ'));   // ディンブー工業団地
    CHECK(ko.contains(U'딘'));   // 딘부 산업단지
    CHECK(i18n::name_field_shown("name_zh", Language::Zh));
    CHECK_FALSE(i18n::name_field_shown("label_ko", Language::En));
    CHECK(i18n::name_field_shown("name_vi", Language::Ja));
}

TEST_CASE("terminal columns: CJK characters take two, Vietnamese marks none", "[i18n]") {
    CHECK(i18n::display_columns("parks") == 5);
    CHECK(i18n::display_columns("工業団地") == 8);
    CHECK(i18n::display_columns("산업단지") == 8);
    CHECK(i18n::display_columns("Đình Vũ") == 7);  // precomposed letters
    CHECK(i18n::display_columns("Vu\xCC\x83") == 2);  // u + combining tilde
    CHECK(i18n::pad_columns("陸地", 8) == "陸地    ");
    CHECK(i18n::pad_columns("a long name", 4) == "a long name ");
}
