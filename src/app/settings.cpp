#include "app/settings.h"

#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace app {

namespace {

std::string trim(const std::string& s) {
    const size_t a = s.find_first_not_of(" \t\r");
    if (a == std::string::npos) return "";
    return s.substr(a, s.find_last_not_of(" \t\r") - a + 1);
}

bool to_double(const std::string& s, double* out) {
    char* end = nullptr;
    errno = 0;
    const double v = std::strtod(s.c_str(), &end);
    if (s.empty() || *end != '\0' || errno != 0 || !std::isfinite(v)) return false;
    *out = v;
    return true;
}

}  // namespace

std::string settings_path() {
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    if (xdg && *xdg) return (fs::path(xdg) / "parkatlas" / "settings.ini").string();
    const char* home = std::getenv("HOME");
    if (home && *home) return (fs::path(home) / ".config" / "parkatlas" / "settings.ini").string();
    return "";
}

std::optional<Settings> parse_settings(const std::string& text, std::string* error) {
    Settings s;
    std::istringstream in(text);
    std::string line, section;
    double cx = NAN, cy = NAN;
    int number = 0;
    auto fail = [&](const std::string& why) {
        if (error) *error = "line " + std::to_string(number) + ": " + why;
        return std::nullopt;
    };
    while (std::getline(in, line)) {
        ++number;
        line = trim(line);
        if (line.empty() || line[0] == '#' || line[0] == ';') continue;
        if (line.front() == '[') {
            if (line.back() != ']') return fail("unterminated section header");
            section = trim(line.substr(1, line.size() - 2));
            if (section != "view" && section.rfind("layer ", 0) != 0) return fail("unknown section [" + section + "]");
            continue;
        }
        const size_t eq = line.find('=');
        if (eq == std::string::npos) return fail("expected key=value");
        const std::string key = trim(line.substr(0, eq)), value = trim(line.substr(eq + 1));
        double v = 0;
        if (!to_double(value, &v)) return fail("'" + value + "' is not a number");
        if (section == "view") {
            if (key == "centre_x") cx = v;
            else if (key == "centre_y") cy = v;
            else if (key == "metres_per_pixel") {
                if (!(v > 0)) return fail("metres_per_pixel must be positive");
                s.metres_per_pixel = v;
            } else return fail("unknown key '" + key + "'");
        } else if (section.rfind("layer ", 0) == 0) {
            LayerSettings& l = s.layers[section.substr(6)];
            if (key == "visible") l.visible = v != 0;
            else if (key == "opacity") l.opacity = float(std::clamp(v, 0.0, 1.0));
            else if (key == "order") l.order = int(v);
            else return fail("unknown key '" + key + "'");
        } else {
            return fail("key outside a section");
        }
    }
    if (std::isfinite(cx) && std::isfinite(cy)) s.centre = geo::Vec2{cx, cy};
    return s;
}

std::string format_settings(const Settings& s) {
    std::ostringstream out;
    out.precision(17);
    out << "# Park Atlas settings, written by the program\n";
    if (s.centre || s.metres_per_pixel) {
        out << "[view]\n";
        if (s.centre) out << "centre_x=" << s.centre->x << "\ncentre_y=" << s.centre->y << "\n";
        if (s.metres_per_pixel) out << "metres_per_pixel=" << *s.metres_per_pixel << "\n";
    }
    for (const auto& [name, l] : s.layers)
        out << "[layer " << name << "]\nvisible=" << (l.visible ? 1 : 0) << "\nopacity=" << l.opacity << "\norder=" << l.order
            << "\n";
    return out.str();
}

std::optional<Settings> load_settings(const std::string& path, std::string* error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Settings{};
    std::stringstream buf;
    buf << in.rdbuf();
    std::string why;
    auto s = parse_settings(buf.str(), &why);
    if (!s && error) *error = path + ": " + why;
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

bool save_settings(const std::string& path, const Settings& s, std::string* error) {
    return write_file_atomically(path, format_settings(s), error);
}

}  // namespace app
