// Search matching that ignores case and Vietnamese diacritics: "dinh vu" finds "Đình Vũ".
#pragma once

#include <string>
#include <string_view>

namespace ui {

// Lower-case ASCII letters for every Latin letter with diacritics (đ → d, ũ → u, ...);
// other characters are kept as they are.
std::string fold_for_search(std::string_view utf8);

// True if every whitespace-separated word of `query` begins a word of `text` (or a run after
// a character that is not a letter or digit), both folded: "lg" finds "LG Display" and
// "(LG)", not "Belgium"; "vu" finds "Đình Vũ".
bool search_matches(std::string_view text, std::string_view query);

}  // namespace ui
