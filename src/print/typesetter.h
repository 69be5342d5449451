// Text on a printed page through Pango: shaped (Vietnamese stacked diacritics, CJK), in Noto
// Sans with the Noto Sans CJK face of the language's regional forms, kept as real text in the
// PDF (selectable, searchable; the fonts embedded as subsets by Cairo).
#pragma once

#include <string_view>

#include "geo/geometry.h"
#include "i18n/language.h"
#include "print/cairo_handles.h"
#include "render/feature_style.h"

namespace print {

enum class Align { Left, Centre, Right };

struct TextSpec {
    float px = 12.0f;              // size in page units
    bool bold = false;
    render::Rgba ink = render::rgb(0x1b1f24);
    double wrap_width = -1.0;      // wrap lines at this width; < 0: no wrapping
    Align align = Align::Left;
    bool centre_lines = false;     // unwrapped lines centred on each other
};

class Typesetter {
public:
    Typesetter(cairo_t* cr, i18n::Language lang);

    // Width and height of the text as it would be drawn.
    geo::Vec2 measure(const TextSpec& spec, std::string_view text) const;
    // Draws with its top-left at `top_left`; returns its size.
    geo::Vec2 draw(const TextSpec& spec, geo::Vec2 top_left, std::string_view text) const;
    // The text's outline stroked `halo_px` wide in `halo`, then the text: a label on a map.
    void draw_with_halo(const TextSpec& spec, geo::Vec2 top_left, render::Rgba halo, float halo_px,
                        std::string_view text) const;

    cairo_t* cairo() const { return cr_; }
    i18n::Language language() const { return lang_; }

private:
    PangoLayoutPtr layout(const TextSpec& spec, std::string_view text) const;

    cairo_t* cr_;
    i18n::Language lang_;
    // A font map of its own, not Pango's per-thread default, which lives as long as its thread
    // (an export's) and is never freed: this one goes with the document.
    FontMap fonts_;
    PangoContextPtr context_;
};

void set_source(cairo_t* cr, render::Rgba c);

}  // namespace print
