#include "tour/tour.h"

#include <fstream>
#include <initializer_list>
#include <sstream>

namespace tour {

using i18n::N_;
using Kind = JsonValue::Kind;

std::string TourProblem::to_string(i18n::Language lang) const {
    const std::string where = line > 0 ? file + ":" + std::to_string(line) : file;
    i18n::Message shown = problem;
    for (const size_t i : translated_args)
        if (i < shown.args.size()) shown.args[i] = i18n::tr(problem.args[i].c_str(), lang);
    return where + ": " + shown.in(lang);
}

std::optional<std::pair<std::string, std::string>> split_feature(const std::string& ref) {
    const size_t slash = ref.find('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 == ref.size()) return std::nullopt;
    return std::make_pair(ref.substr(0, slash), ref.substr(slash + 1));
}

namespace {

// Walks the JSON tree into a Tour, stopping at the first problem (with its line).
class Reader {
public:
    explicit Reader(std::string file) : file_(std::move(file)) {}

    std::optional<Tour> tour(const JsonValue& root) {
        if (!expect(root, Kind::Object, "the tour")) return std::nullopt;
        if (!known_keys(root, {"format", "version", "title", "slides"})) return std::nullopt;
        const JsonValue* format = required(root, "format");
        if (!format || !expect(*format, Kind::String, "format")) return std::nullopt;
        if (format->text != kFormatName)
            return fail(*format, N_("\"format\" is \"{0}\": this is not a Park Atlas tour (expected \"{1}\")"),
                        {format->text, kFormatName});
        const JsonValue* version = required(root, "version");
        if (!version || !expect(*version, Kind::Number, "version")) return std::nullopt;
        if (!version->is_integer() || version->number < 1)
            return fail(*version, N_("\"version\" must be a whole number from 1"));
        if (version->number > kFormatVersion)
            return fail(*version, N_("a tour of format version {0}: this Park Atlas reads versions up to {1} (a newer one reads it)"),
                        {std::to_string(int(version->number)), std::to_string(kFormatVersion)});
        Tour t;
        const JsonValue* title = required(root, "title");
        if (!title || !texts(*title, "title", t.title)) return std::nullopt;
        const JsonValue* slides = required(root, "slides");
        if (!slides || !expect(*slides, Kind::Array, "slides")) return std::nullopt;
        if (slides->items.empty()) return fail(*slides, N_("the tour has no slides"));
        for (const JsonValue& s : slides->items) {
            Slide slide;
            if (!read_slide(s, slide)) return std::nullopt;
            t.slides.push_back(std::move(slide));
        }
        return t;
    }

    TourProblem problem() const { return problem_; }
    std::nullopt_t fail(const JsonValue& at, const char* text, std::vector<std::string> args = {}) {
        problem_ = {file_, at.line, {text, std::move(args)}, {}};
        return std::nullopt;
    }

private:
    bool failed(const JsonValue& at, const char* text, std::vector<std::string> args = {}) {
        fail(at, text, std::move(args));
        return false;
    }
    bool expect(const JsonValue& v, Kind kind, const std::string& what) {
        if (v.kind == kind) return true;
        failed(v, N_("{0} must be {1}, not {2}"), {what, kind_name(kind), kind_name(v.kind)});
        problem_.translated_args = {1, 2};  // the kinds' names are catalogue texts
        return false;
    }
    const JsonValue* required(const JsonValue& object, const char* key) {
        if (const JsonValue* v = object.find(key)) return v;
        failed(object, N_("\"{0}\" is missing here"), {key});
        return nullptr;
    }
    bool known_keys(const JsonValue& object, std::initializer_list<const char*> keys) {
        for (const auto& [k, v] : object.members) {
            bool known = false;
            for (const char* key : keys) known = known || k == key;
            if (!known) {
                std::string list;
                for (const char* key : keys) list += (list.empty() ? "" : ", ") + std::string(key);
                return failed(v, N_("unknown key \"{0}\" (a misspelling?); known here: {1}"), {k, list});
            }
        }
        return true;
    }
    bool texts(const JsonValue& v, const std::string& what, Texts& out, bool english_required = true) {
        if (!expect(v, Kind::Object, what)) return false;
        for (const auto& [code, text] : v.members) {
            const auto lang = i18n::parse_language(code);
            if (!lang || code.size() != 2)
                return failed(text, N_("\"{0}\" in {1} is not one of the languages vi, en, zh, ko, ja"), {code, what});
            if (!expect(text, Kind::String, what + "." + code)) return false;
            out.raw(*lang) = text.text;
        }
        if (english_required && !out.has(i18n::Language::En)) return failed(v, N_("{0} needs an English text (\"en\")"), {what});
        return true;
    }
    bool strings(const JsonValue& v, const std::string& what, std::vector<std::string>& out, bool features) {
        if (!expect(v, Kind::Array, what)) return false;
        for (const JsonValue& item : v.items) {
            if (!expect(item, Kind::String, what)) return false;
            if (features && !split_feature(item.text))
                return failed(item, N_("\"{0}\" in {1} is not a feature: write layer/id, e.g. parks/dinh-vu"), {item.text, what});
            out.push_back(item.text);
        }
        return true;
    }
    bool number(const JsonValue& v, const std::string& what, double lo, double hi, double& out) {
        if (!expect(v, Kind::Number, what)) return false;
        if (v.number < lo || v.number > hi) {
            std::ostringstream a, b;
            a << lo;
            b << hi;
            return failed(v, N_("{0} must be between {1} and {2}"), {what, a.str(), b.str()});
        }
        out = v.number;
        return true;
    }
    bool lonlat(const JsonValue& v, const std::string& what, geo::Vec2& out) {
        return number(v.items[0], what, -180, 180, out.x) && number(v.items[1], what, -85, 85, out.y);
    }

    bool read_camera(const JsonValue& v, Camera& c) {
        if (!expect(v, Kind::Object, "camera")) return false;
        const JsonValue *box = v.find("box"), *centre = v.find("centre"), *fit = v.find("fit");
        if (int(box != nullptr) + int(centre != nullptr) + int(fit != nullptr) != 1)
            return failed(v, N_("the camera needs exactly one of \"box\", \"centre\" (with \"width_km\") or \"fit\""));
        if (box) {
            if (!known_keys(v, {"box"})) return false;
            c.kind = Camera::Kind::Box;
            if (!expect(*box, Kind::Array, "camera.box")) return false;
            if (box->items.size() != 4) return failed(*box, N_("camera.box must be [west, south, east, north] in degrees"));
            geo::Vec2 sw, ne;
            if (!lonlat(*box, "camera.box", sw)) return false;
            const JsonValue upper = JsonValue::make_array({box->items[2], box->items[3]});
            if (!lonlat(upper, "camera.box", ne)) return false;
            if (!(sw.x < ne.x && sw.y < ne.y))
                return failed(*box, N_("camera.box must be [west, south, east, north] in degrees"));
            c.box.expand(sw);
            c.box.expand(ne);
        } else if (centre) {
            if (!known_keys(v, {"centre", "width_km"})) return false;
            c.kind = Camera::Kind::Centre;
            if (!expect(*centre, Kind::Array, "camera.centre")) return false;
            if (centre->items.size() != 2) return failed(*centre, N_("camera.centre must be [longitude, latitude] in degrees"));
            if (!lonlat(*centre, "camera.centre", c.centre)) return false;
            const JsonValue* width = required(v, "width_km");
            if (!width || !number(*width, "camera.width_km", 0.05, 20000, c.width_km)) return false;
        } else {
            if (!known_keys(v, {"fit", "margin_km"})) return false;
            c.kind = Camera::Kind::Fit;
            if (!strings(*fit, "camera.fit", c.fit, true)) return false;
            if (c.fit.empty()) return failed(*fit, N_("camera.fit names no feature"));
            if (const JsonValue* m = v.find("margin_km"); m && !number(*m, "camera.margin_km", 0, 500, c.margin_km)) return false;
        }
        return true;
    }

    bool read_slide(const JsonValue& v, Slide& s) {
        s.line = v.line;
        if (!expect(v, Kind::Object, "a slide")) return false;
        if (!known_keys(v, {"id", "camera", "layers", "highlight", "figures", "asof", "caption", "notes", "sources", "duration_s"}))
            return false;
        if (const JsonValue* id = v.find("id")) {
            if (!expect(*id, Kind::String, "id")) return false;
            s.id = id->text;
        }
        const JsonValue* camera = required(v, "camera");
        if (!camera || !read_camera(*camera, s.camera)) return false;
        if (const JsonValue* layers = v.find("layers")) {
            s.layers.emplace();
            if (!strings(*layers, "layers", *s.layers, false)) return false;
        }
        if (const JsonValue* h = v.find("highlight"); h && !strings(*h, "highlight", s.highlight, true)) return false;
        if (const JsonValue* f = v.find("figures")) {
            if (!strings(*f, "figures", s.figures, true)) return false;
            if (s.figures.size() > kMaxFigureCards)
                return failed(*f, N_("at most {0} figure cards fit on a slide"), {std::to_string(kMaxFigureCards)});
        }
        if (const JsonValue* a = v.find("asof")) {
            if (!expect(*a, Kind::String, "asof")) return false;
            s.asof = analysis::parse_date(a->text);
            if (!s.asof) return failed(*a, N_("asof \"{0}\" is not a date: write YYYY-MM or YYYY-MM-DD"), {a->text});
        }
        const JsonValue* caption = required(v, "caption");
        if (!caption || !texts(*caption, "caption", s.caption)) return false;
        if (const JsonValue* n = v.find("notes"); n && !texts(*n, "notes", s.notes, false)) return false;
        if (const JsonValue* src = v.find("sources"); src && !strings(*src, "sources", s.sources, false)) return false;
        if (const JsonValue* d = v.find("duration_s")) {
            double seconds = 0;
            if (!number(*d, "duration_s", 3, 600, seconds)) return false;
            s.duration_s = seconds;
        }
        return true;
    }

    std::string file_;
    TourProblem problem_;
};

JsonValue texts_json(const Texts& t) {
    JsonValue o = JsonValue::make_object();
    for (const i18n::Language lang : i18n::kLanguages)
        if (t.has(lang)) o.add(i18n::code(lang), JsonValue::make_string(t.raw(lang)));
    return o;
}

JsonValue strings_json(const std::vector<std::string>& list) {
    JsonValue a = JsonValue::make_array();
    for (const auto& s : list) a.items.push_back(JsonValue::make_string(s));
    return a;
}

JsonValue camera_json(const Camera& c) {
    JsonValue o = JsonValue::make_object();
    switch (c.kind) {
        case Camera::Kind::Box:
            o.add("box", JsonValue::make_array({JsonValue::make_number(c.box.min.x), JsonValue::make_number(c.box.min.y),
                                                JsonValue::make_number(c.box.max.x), JsonValue::make_number(c.box.max.y)}));
            break;
        case Camera::Kind::Centre:
            o.add("centre", JsonValue::make_array({JsonValue::make_number(c.centre.x), JsonValue::make_number(c.centre.y)}));
            o.add("width_km", JsonValue::make_number(c.width_km));
            break;
        case Camera::Kind::Fit:
            o.add("fit", strings_json(c.fit));
            o.add("margin_km", JsonValue::make_number(c.margin_km));
            break;
    }
    return o;
}

}  // namespace

TourRead parse_tour(std::string_view text, const std::string& file) {
    TourRead out;
    const JsonParse json = parse_json(text);
    if (!json.value) {
        out.problem = {file, json.error.line, json.error.problem, {}};
        return out;
    }
    Reader reader(file);
    out.tour = reader.tour(*json.value);
    if (!out.tour) out.problem = reader.problem();
    else out.tour->path = file;
    return out;
}

TourRead read_tour(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {std::nullopt, {path, 0, {N_("cannot open the tour file"), {}}, {}}};
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) return {std::nullopt, {path, 0, {N_("cannot read the tour file"), {}}, {}}};
    return parse_tour(text.str(), path);
}

std::string tour_json(const Tour& tour) {
    JsonValue root = JsonValue::make_object();
    root.add("format", JsonValue::make_string(kFormatName));
    root.add("version", JsonValue::make_number(kFormatVersion));
    root.add("title", texts_json(tour.title));
    JsonValue& slides = root.add("slides", JsonValue::make_array());
    for (const Slide& s : tour.slides) {
        JsonValue o = JsonValue::make_object();
        if (!s.id.empty()) o.add("id", JsonValue::make_string(s.id));
        o.add("camera", camera_json(s.camera));
        if (s.layers) o.add("layers", strings_json(*s.layers));
        if (!s.highlight.empty()) o.add("highlight", strings_json(s.highlight));
        if (!s.figures.empty()) o.add("figures", strings_json(s.figures));
        if (s.asof) o.add("asof", JsonValue::make_string(s.asof->to_string()));
        o.add("caption", texts_json(s.caption));
        bool any_notes = false;
        for (const i18n::Language lang : i18n::kLanguages) any_notes = any_notes || s.notes.has(lang);
        if (any_notes) o.add("notes", texts_json(s.notes));
        if (!s.sources.empty()) o.add("sources", strings_json(s.sources));
        if (s.duration_s) o.add("duration_s", JsonValue::make_number(*s.duration_s));
        slides.items.push_back(std::move(o));
    }
    return write_json(root);
}

}  // namespace tour
