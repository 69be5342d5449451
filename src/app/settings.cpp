#include "app/settings.h"

#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "data/database_source.h"
#include "data/legacy_vietnamese.h"

namespace fs = std::filesystem;

namespace app {

namespace {

std::string trim(const std::string& s) {
    const size_t a = s.find_first_not_of(" \t\r");
    if (a == std::string::npos) return "";
    return s.substr(a, s.find_last_not_of(" \t\r") - a + 1);
}

// A finite number in [lo, hi]; nullopt otherwise (so no out-of-range value reaches a cast).
std::optional<double> number_in(const std::string& s, double lo, double hi) {
    char* end = nullptr;
    errno = 0;
    const double v = std::strtod(s.c_str(), &end);
    if (s.empty() || *end != '\0' || errno != 0 || !std::isfinite(v) || v < lo || v > hi) return std::nullopt;
    return v;
}

constexpr int kMaxOrder = 100000;

}  // namespace

std::optional<geo::Box> Settings::visible_box() const {
    if (!centre) return std::nullopt;
    geo::Vec2 half;
    if (visible_size_m) half = *visible_size_m * 0.5;
    else if (metres_per_pixel) half = geo::Vec2{*metres_per_pixel, *metres_per_pixel} * 400.0;  // an old file: about 800 px
    else return std::nullopt;
    return geo::Box{*centre - half, *centre + half};
}

std::string settings_path() {
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    if (xdg && *xdg) return (fs::path(xdg) / "parkatlas" / "settings.ini").string();
    const char* home = std::getenv("HOME");
    if (home && *home) return (fs::path(home) / ".config" / "parkatlas" / "settings.ini").string();
    return "";
}

Settings parse_settings(const std::string& text, std::vector<std::string>* problems) {
    Settings s;
    std::istringstream in(text);
    std::string line, section;
    std::optional<double> cx, cy, width, height;
    int number = 0;
    auto problem = [&](const std::string& why) {
        if (problems) problems->push_back("line " + std::to_string(number) + ": " + why);
    };
    auto bounded = [&](const std::string& key, const std::string& value, double lo, double hi) {
        const auto v = number_in(value, lo, hi);
        if (!v) {
            std::ostringstream range;
            range << lo << " to " << hi;
            problem(key + " must be a number from " + range.str() + ", not '" + value + "'");
        }
        return v;
    };
    while (std::getline(in, line)) {
        ++number;
        line = trim(line);
        if (line.empty() || line[0] == '#' || line[0] == ';') continue;
        if (line.front() == '[') {
            if (line.back() != ']') {
                problem("unterminated section header");
                section = "?";
                continue;
            }
            section = trim(line.substr(1, line.size() - 2));
            if (section != "view" && section != "interface" && section != "files" && section.rfind("layer ", 0) != 0) {
                problem("unknown section [" + section + "]");
                section = "?";
            }
            continue;
        }
        const size_t eq = line.find('=');
        if (eq == std::string::npos) {
            problem("expected key=value");
            continue;
        }
        const std::string key = trim(line.substr(0, eq)), value = trim(line.substr(eq + 1));
        if (section == "?") continue;  // under a header already reported
        if (section == "view") {
            if (key == "centre_x") cx = bounded(key, value, -1e8, 1e8);
            else if (key == "centre_y") cy = bounded(key, value, -1e8, 1e8);
            else if (key == "width_m") width = bounded(key, value, 1e-3, 1e8);
            else if (key == "height_m") height = bounded(key, value, 1e-3, 1e8);
            else if (key == "metres_per_pixel") s.metres_per_pixel = bounded(key, value, 1e-4, 1e6);
            else problem("unknown key '" + key + "'");
        } else if (section == "interface") {
            if (key == "ui_scale") {
                if (auto v = bounded(key, value, 0.5, 3.0)) s.ui_scale = float(*v);
            } else if (key == "left_sidebar") {
                if (auto v = bounded(key, value, 0, 1)) s.left_sidebar_open = *v != 0;
            } else if (key == "legend") {
                if (auto v = bounded(key, value, 0, 1)) s.legend_open = *v != 0;
            } else if (key == "language") {
                if (auto l = i18n::parse_language(value)) s.language = *l;
                else problem("language '" + value + "' is not one of vi, en, zh, ko, ja");
            } else if (key == "vietnamese_beneath") {
                if (auto v = bounded(key, value, 0, 1)) s.vietnamese_beneath = *v != 0;
            } else {
                problem("unknown key '" + key + "'");
            }
        } else if (section == "files") {
            if (key == "file" && !value.empty()) s.files.push_back(value);
            else if (key == "encoding" && data::parse_encoding_name(value)) s.encoding = value;
            else if (key == "encoding") problem("encoding '" + value + "' is not one of utf-8, cp1258, tcvn3, vni, viscii");
            else problem("expected file=PATH or encoding=NAME");
        } else if (section.rfind("layer ", 0) == 0) {
            std::string name = section.substr(6);
            // Files before keys named the bundled layers by their names alone.
            if (name.rfind("bundled:", 0) != 0 && name.rfind("file:", 0) != 0) name = "bundled:" + name;
            LayerSettings& l = s.layers[name];
            if (key == "visible") {
                if (auto v = bounded(key, value, 0, 1)) l.visible = *v != 0;
            } else if (key == "opacity") {
                if (auto v = bounded(key, value, 0, 1)) l.opacity = float(*v);
            } else if (key == "order") {
                if (auto v = bounded(key, value, -1, kMaxOrder)) {
                    if (*v != std::floor(*v)) problem("order must be a whole number, not '" + value + "'");
                    else l.order = int(*v);
                }
            } else {
                problem("unknown key '" + key + "'");
            }
        } else {
            problem("key outside a section");
        }
    }
    if (cx && cy) s.centre = geo::Vec2{*cx, *cy};
    if (width && height) s.visible_size_m = geo::Vec2{*width, *height};
    return s;
}

std::string format_settings(const Settings& s) {
    std::ostringstream out;
    out.precision(17);
    out << "# Park Atlas settings, written by the program\n";
    if (s.centre || s.metres_per_pixel || s.visible_size_m) {
        out << "[view]\n";
        if (s.centre) out << "centre_x=" << s.centre->x << "\ncentre_y=" << s.centre->y << "\n";
        if (s.visible_size_m) out << "width_m=" << s.visible_size_m->x << "\nheight_m=" << s.visible_size_m->y << "\n";
        if (s.metres_per_pixel) out << "metres_per_pixel=" << *s.metres_per_pixel << "\n";
    }
    if (s.ui_scale || s.left_sidebar_open || s.legend_open || s.language || s.vietnamese_beneath) {
        out << "[interface]\n";
        if (s.ui_scale) {  // a step of the scale: two decimals, not the float's seventeen
            char scale[16];
            std::snprintf(scale, sizeof scale, "%.2f", double(*s.ui_scale));
            out << "ui_scale=" << scale << "\n";
        }
        if (s.left_sidebar_open) out << "left_sidebar=" << int(*s.left_sidebar_open) << "\n";
        if (s.legend_open) out << "legend=" << int(*s.legend_open) << "\n";
        if (s.language) out << "language=" << i18n::code(*s.language) << "\n";
        if (s.vietnamese_beneath) out << "vietnamese_beneath=" << int(*s.vietnamese_beneath) << "\n";
    }
    if (!s.files.empty() || !s.encoding.empty()) {
        out << "[files]\n";
        // For files whose attribute tables name no encoding: read as this instead of detecting it.
        if (!s.encoding.empty()) out << "encoding=" << s.encoding << "\n";
        // A database is remembered without its password (it belongs in ~/.pgpass or a service file).
        for (const auto& f : s.files) out << "file=" << data::without_password(f) << "\n";
    }
    for (const auto& [name, l] : s.layers)
        out << "[layer " << name << "]\nvisible=" << (l.visible ? 1 : 0) << "\nopacity=" << l.opacity << "\norder=" << l.order
            << "\n";
    return out.str();
}

Settings load_settings(const std::string& path, std::vector<std::string>* problems) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return Settings{};
    if (fs::is_directory(path, ec)) {
        if (problems) problems->push_back(path + ": is a folder, not a settings file");
        return Settings{};
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (problems) problems->push_back(path + ": cannot be read: " + std::strerror(errno));
        return Settings{};
    }
    std::stringstream buf;
    buf << in.rdbuf();
    std::vector<std::string> found;
    Settings s = parse_settings(buf.str(), &found);
    if (problems)
        for (auto& p : found) problems->push_back(path + ": " + p);
    return s;
}

bool write_file_atomically(const std::string& path, const std::string& text, std::string* error) {
    std::error_code ec;
    const fs::path target(path);
    if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
    const std::string tmp = path + ".tmp." + std::to_string(::getpid());
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) {
            if (error) *error = "cannot write " + tmp;
            fs::remove(tmp, ec);
            return false;
        }
    }
    fs::rename(tmp, target, ec);
    if (ec) {
        if (error) *error = "cannot rename " + tmp + " to " + path + ": " + ec.message();
        fs::remove(tmp, ec);
        return false;
    }
    return true;
}

bool save_settings(const std::string& path, const Settings& s, std::string* error, bool keep_backup) {
    std::error_code ec;
    if (keep_backup && fs::is_regular_file(path, ec)) {
        fs::copy_file(path, path + ".bak", fs::copy_options::overwrite_existing, ec);
        if (ec) {
            if (error) *error = "cannot keep a copy of " + path + ": " + ec.message();
            return false;
        }
    }
    if (fs::is_directory(path, ec)) {
        if (error) *error = path + " is a folder: settings not saved";
        return false;
    }
    return write_file_atomically(path, format_settings(s), error);
}

}  // namespace app
