// What the window remembers between runs: the visible map, the language, the UI scale and
// the desk's sidebars, the files the user added, and each layer's visibility, opacity and place in the
// order, by its key (state::layer_key: a user's file named "landmarks" is not the bundled
// layer). An INI file in $XDG_CONFIG_HOME/parkatlas (or ~/.config/parkatlas), written
// atomically. A line that cannot be read is reported and skipped; the rest still applies, and
// the file is copied to settings.ini.bak before it is next written, so nothing is lost.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "geo/geometry.h"
#include "i18n/language.h"

namespace app {

struct LayerSettings {
    bool visible = true;
    float opacity = 1.0f;
    int order = -1;   // position bottom first; -1 = unknown
};

struct Settings {
    std::optional<geo::Vec2> centre;           // display CRS: the visible map's centre
    std::optional<double> metres_per_pixel;
    std::optional<geo::Vec2> visible_size_m;   // the visible map's width and height, display CRS metres
    std::optional<float> ui_scale;
    std::optional<i18n::Language> language;
    std::optional<bool> vietnamese_beneath;    // map labels: the chosen language, the Vietnamese name beneath
    std::optional<bool> left_sidebar_open;
    std::optional<bool> legend_open;
    std::vector<std::string> files;            // added by the user, absolute paths, in order
    std::string encoding;                      // text encoding of files that name none ("tcvn3"); empty: detect
    std::map<std::string, LayerSettings> layers;  // by layer key

    // The map box to show again, if the file gives one.
    std::optional<geo::Box> visible_box() const;
};

// $XDG_CONFIG_HOME/parkatlas/settings.ini, else $HOME/.config/parkatlas/settings.ini; empty if neither is set.
std::string settings_path();

// Reads what it can; each line it cannot read adds one message ("line 12: …") to *problems.
// A missing file gives empty settings and no problem; a file that cannot be read at all (a
// folder, no permission) gives empty settings and one problem.
Settings load_settings(const std::string& path, std::vector<std::string>* problems);
Settings parse_settings(const std::string& text, std::vector<std::string>* problems);
std::string format_settings(const Settings& s);

// Writes to a temporary file beside `path` and renames it over; creates the folder. With
// `keep_backup`, the file there now is first copied to `path`.bak.
bool save_settings(const std::string& path, const Settings& s, std::string* error, bool keep_backup = false);

// Writes `text` to `path` atomically (temp + rename).
bool write_file_atomically(const std::string& path, const std::string& text, std::string* error);

}  // namespace app
