// The message catalogues: every word the interface shows, in each language, from gettext PO
// files (data/i18n/vi.po, zh.po, ko.po, ja.po), the format translators' tools read. The English
// text is the key: code writes tr("Table", lang) and the English interface is the source text.
// The catalogues are built into the program (embedded at build time), so it needs no data
// folder to speak.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "i18n/language.h"

namespace i18n {

// The text `english` in `lang`: its catalogue's translation, else `english` itself.
// `english` must be a string that lives on (a literal, or a catalogue's).
const char* tr(const char* english, Language lang);

// tr() with {0}, {1}, ... replaced by `args` (in the order the translation puts them).
std::string trf(const char* english, Language lang, std::initializer_list<std::string_view> args);
std::string trf(const char* english, Language lang, const std::vector<std::string>& args);

// A text to show later, in whatever language is chosen then: a catalogue entry and what fills
// it. For what code below the interface says (a gauge's reasons, a CSV file's problems).
struct Message {
    const char* text = nullptr;     // English, with {0}...; mark it with N_
    std::vector<std::string> args;
    std::string in(Language lang) const { return text ? trf(text, lang, args) : std::string(); }
};

// Marks a text stored in a table to be translated where it is shown (tr(label, lang)): the
// catalogue test finds it, as it finds the texts passed to tr() and trf().
constexpr const char* N_(const char* english) { return english; }

// Every translation the catalogue of `lang` holds (for the font atlas's glyphs).
std::vector<std::string_view> translations(Language lang);

// One PO file, parsed: its entries and the problems met reading it.
struct PoEntry {
    std::string msgid, msgstr;
    bool fuzzy = false;
    int line = 0;  // of its msgid
};
struct PoFile {
    std::vector<PoEntry> entries;  // the header (empty msgid) left out
    std::vector<std::string> problems;  // "line 12: ..."
};
PoFile parse_po(std::string_view text);

// The PO text built into the program for `lang` (empty for English).
std::string_view embedded_po(Language lang);

}  // namespace i18n
