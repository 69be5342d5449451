// Text from attribute tables must reach the screen as valid UTF-8, whatever the file held.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace data {

bool is_valid_utf8(std::string_view s);

// Converts from a legacy code page (e.g. "CP1258", the Vietnamese Windows code page) to UTF-8;
// nullopt if the bytes are not valid in that code page.
std::optional<std::string> to_utf8(std::string_view bytes, const char* from_encoding);

// Valid UTF-8 with every invalid byte replaced by U+FFFD, so that nothing downstream chokes.
std::string sanitise_utf8(std::string_view s);

}  // namespace data
