// Presenting a tour to a room: which slide is shown, a black or white screen, a slide number
// being typed, the card of a park clicked during the talk, the kiosk's clock, and what the
// desk had before (layers, date, view, language) so that leaving gives it back unchanged.
// Plain data and operations on AppState; the present mode (app/modes) drives it from keys.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "geo/geometry.h"
#include "state/selection.h"
#include "tour/tour.h"

namespace state {

struct AppState;

enum class Screen { Map, Black, White };

struct Presentation {
    bool active = false;
    tour::Tour tour;
    std::vector<tour::TourProblem> problems;  // what the tour asks of the data that it lacks
    size_t slide = 0;
    Screen screen = Screen::Map;
    std::string typed_number;                 // digits typed towards "jump to slide N"
    std::optional<FeatureRef> card;           // a feature clicked during the talk, shown large
    bool fit_pending = false;                 // shown without a flight: fit it again in the mode's frame
    double on_slide_s = 0;                    // time on the current slide (the kiosk's clock)
    double talk_s = 0;                        // since the presentation began (the presenter's timer)

    // Kiosk: advances on slide durations and loops; input pauses it for kKioskQuietS.
    bool kiosk = false;
    double quiet_s = 0;                       // since the last input
    static constexpr double kKioskQuietS = 60.0;
    bool kiosk_paused() const { return kiosk && quiet_s < kKioskQuietS; }

    // What the desk showed before, given back on leaving.
    struct Before {
        std::vector<bool> visible;
        std::optional<analysis::Date> asof;
        geo::Box view;
        i18n::Language language = i18n::Language::En;
        Selection selection;
    } before;

    const tour::Slide* current() const { return active && slide < tour.slides.size() ? &tour.slides[slide] : nullptr; }
    const tour::Slide* next() const { return active && slide + 1 < tour.slides.size() ? &tour.slides[slide + 1] : nullptr; }
};

// Seconds a flight between slides takes: long enough to follow, short enough not to wait for.
inline constexpr double kSlideFlightS = 1.2;

// Starts presenting `tour` at its first slide (remembering the desk's layers, date, view and
// language); `kiosk` loops it on the slides' durations.
void start_presentation(AppState& app, Presentation& p, tour::Tour tour, bool kiosk);
// Gives the desk back as it was.
void stop_presentation(AppState& app, Presentation& p);

// Shows slide `index` (clamped): its layers, date and highlighted features, the camera flying
// there (`fly`) or cutting (at start, or `fly` false). Clears the card, the typed number and a
// black or white screen.
void go_to_slide(AppState& app, Presentation& p, size_t index, bool fly = true);
void next_slide(AppState& app, Presentation& p);      // stays on the last
void previous_slide(AppState& app, Presentation& p);  // stays on the first
// The digits typed so far, as a slide (1-based on screen): jumps if it is one, and clears them.
void jump_to_typed(AppState& app, Presentation& p);
// The next of the five languages, in the order of the language menu.
void cycle_language(AppState& app);
// B and W: a black or white screen, and back to the map on the same key.
void toggle_screen(Presentation& p, Screen screen);

// Advances the clocks by `dt`; the kiosk moves on when the slide's time is up (looping to the
// first), unless input came within the quiet minute. `input`: the user did something this frame.
void tick_presentation(AppState& app, Presentation& p, double dt, bool input);

// The camera box a slide shows in the app's catalog; empty when its features are missing.
geo::Box slide_view(const AppState& app, const tour::Slide& slide);

}  // namespace state
