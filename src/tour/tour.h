// A tour: the slides of a talk (docs/tour-format.md). Read strictly from its JSON file, each
// problem reported with the file, the line and what is wrong; written back by the window's
// tour editor. Plain data: where the map looks is worked out against the layers in
// slide_view.h, and playing it is state::Presentation's.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "analysis/park_metrics_csv.h"
#include "geo/geometry.h"
#include "i18n/catalogue.h"
#include "i18n/language.h"
#include "tour/json.h"

namespace tour {

inline constexpr const char* kFormatName = "parkatlas-tour";
inline constexpr int kFormatVersion = 1;
inline constexpr double kDefaultDurationS = 20.0;

// A text in each of the five languages; English is the one every tour has.
struct Texts {
    std::array<std::string, 5> by_language;  // indexed by i18n::Language

    const std::string& raw(i18n::Language lang) const { return by_language[size_t(lang)]; }
    std::string& raw(i18n::Language lang) { return by_language[size_t(lang)]; }
    bool has(i18n::Language lang) const { return !raw(lang).empty(); }
    // In `lang`, else in English.
    const std::string& in(i18n::Language lang) const { return has(lang) ? raw(lang) : raw(i18n::Language::En); }
};

struct Camera {
    enum class Kind { Box, Centre, Fit } kind = Kind::Box;
    geo::Box box;                       // Box: WGS 84 degrees
    geo::Vec2 centre;                   // Centre: lon, lat
    double width_km = 10.0;             // Centre: the ground width shown
    std::vector<std::string> fit;       // Fit: features, "layer/id"
    double margin_km = 1.0;             // Fit
};

struct Slide {
    std::string id;
    Camera camera;
    std::optional<std::vector<std::string>> layers;  // none: every layer
    std::vector<std::string> highlight;              // "layer/id"
    std::vector<std::string> figures;                // "layer/id", at most kMaxFigureCards
    std::optional<analysis::Date> asof;
    Texts caption, notes;
    std::vector<std::string> sources;
    std::optional<double> duration_s;
    int line = 0;                                    // where it starts in its file (0: made in the window)

    double duration() const { return duration_s.value_or(kDefaultDurationS); }
};

inline constexpr size_t kMaxFigureCards = 2;

struct Tour {
    Texts title;
    std::vector<Slide> slides;
    std::string path;                                // the file it was read from; empty: new
};

struct TourProblem {
    std::string file;
    int line = 0;                                    // 0: the file as a whole
    i18n::Message problem;
    std::vector<size_t> translated_args;             // args that are catalogue texts themselves ("a number")
    // "tours/x.json:12: the camera needs ..." in `lang`.
    std::string to_string(i18n::Language lang) const;
};

struct TourRead {
    std::optional<Tour> tour;
    TourProblem problem;                             // why not, when tour is empty
};

// `file`: the name the messages give.
TourRead parse_tour(std::string_view text, const std::string& file);
TourRead read_tour(const std::string& path);

// The file's text (format version kFormatVersion); read back by parse_tour to the same tour.
std::string tour_json(const Tour& tour);

// "layer/id" split in two; nullopt without a '/' or with either side empty.
std::optional<std::pair<std::string, std::string>> split_feature(const std::string& ref);

}  // namespace tour
