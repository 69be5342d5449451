// What the window remembers between runs: the last view and each layer's visibility, opacity
// and place in the order. An INI file in $XDG_CONFIG_HOME/parkatlas (or ~/.config/parkatlas),
// written atomically; a broken file is reported and ignored.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "geo/geometry.h"

namespace app {

struct LayerSettings {
    bool visible = true;
    float opacity = 1.0f;
    int order = -1;   // position bottom first; -1 = unknown
};

struct Settings {
    std::optional<geo::Vec2> centre;           // display CRS
    std::optional<double> metres_per_pixel;
    std::map<std::string, LayerSettings> layers;  // by layer name
};

// $XDG_CONFIG_HOME/parkatlas/settings.ini, else $HOME/.config/parkatlas/settings.ini; empty if neither is set.
std::string settings_path();

// A missing file gives empty settings and no error. A malformed one gives nullopt and *error
// (one line naming the file and line).
std::optional<Settings> load_settings(const std::string& path, std::string* error);
std::optional<Settings> parse_settings(const std::string& text, std::string* error);
std::string format_settings(const Settings& s);

// Writes to a temporary file beside `path` and renames it over; creates the folder.
bool save_settings(const std::string& path, const Settings& s, std::string* error);

// Writes `text` to `path` atomically (temp + rename).
bool write_file_atomically(const std::string& path, const std::string& text, std::string* error);

}  // namespace app
