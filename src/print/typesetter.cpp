#include "print/typesetter.h"

#include <string>

namespace print {

namespace {

// Noto Sans for Latin and Vietnamese; the CJK face in the language's regional forms (a Korean
// page gets Korean Hanja shapes, a Japanese one Japanese kanji), Simplified Chinese otherwise.
const char* font_families(i18n::Language lang) {
    switch (lang) {
        case i18n::Language::Ja: return "Noto Sans, Noto Sans CJK JP";
        case i18n::Language::Ko: return "Noto Sans, Noto Sans CJK KR";
        default: break;
    }
    return "Noto Sans, Noto Sans CJK SC";
}

const char* pango_language(i18n::Language lang) {
    switch (lang) {
        case i18n::Language::Vi: return "vi";
        case i18n::Language::Zh: return "zh-cn";
        case i18n::Language::Ko: return "ko";
        case i18n::Language::Ja: return "ja";
        case i18n::Language::En: break;
    }
    return "en";
}

}  // namespace

void set_source(cairo_t* cr, render::Rgba c) {
    cairo_set_source_rgba(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0, c.a / 255.0);
}

Typesetter::Typesetter(cairo_t* cr, i18n::Language lang)
    : cr_(cr), lang_(lang), fonts_(pango_cairo_font_map_new()), context_(pango_font_map_create_context(fonts_.get())) {
    // Unhinted metrics: text measures the same at every size and on every page.
    FontOptions options(cairo_font_options_create());
    cairo_font_options_set_hint_metrics(options.get(), CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options.get(), CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context_.get(), options.get());
    pango_context_set_language(context_.get(), pango_language_from_string(pango_language(lang)));
}

PangoLayoutPtr Typesetter::layout(const TextSpec& spec, std::string_view text) const {
    pango_cairo_update_context(cr_, context_.get());
    PangoLayoutPtr l(pango_layout_new(context_.get()));
    FontDescription font(pango_font_description_from_string(font_families(lang_)));
    pango_font_description_set_absolute_size(font.get(), spec.px * PANGO_SCALE);
    pango_font_description_set_weight(font.get(), spec.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(l.get(), font.get());
    if (spec.wrap_width >= 0.0) {
        pango_layout_set_width(l.get(), int(spec.wrap_width * PANGO_SCALE));
        pango_layout_set_wrap(l.get(), PANGO_WRAP_WORD_CHAR);
    }
    const bool centre = spec.align == Align::Centre || spec.centre_lines;
    pango_layout_set_alignment(l.get(), centre ? PANGO_ALIGN_CENTER : spec.align == Align::Right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    pango_layout_set_text(l.get(), text.data(), int(text.size()));
    return l;
}

geo::Vec2 Typesetter::measure(const TextSpec& spec, std::string_view text) const {
    PangoLayoutPtr l = layout(spec, text);
    PangoRectangle logical;
    pango_layout_get_extents(l.get(), nullptr, &logical);
    return {double(logical.width) / PANGO_SCALE, double(logical.height) / PANGO_SCALE};
}

geo::Vec2 Typesetter::draw(const TextSpec& spec, geo::Vec2 top_left, std::string_view text) const {
    PangoLayoutPtr l = layout(spec, text);
    PangoRectangle logical;
    pango_layout_get_extents(l.get(), nullptr, &logical);
    // With a wrap width, alignment is within it; the logical rectangle may start right of 0.
    const double dx = spec.wrap_width >= 0.0 ? 0.0 : -double(logical.x) / PANGO_SCALE;
    cairo_move_to(cr_, top_left.x + dx, top_left.y);
    set_source(cr_, spec.ink);
    pango_cairo_show_layout(cr_, l.get());
    cairo_new_path(cr_);
    return {double(logical.width) / PANGO_SCALE, double(logical.height) / PANGO_SCALE};
}

void Typesetter::draw_with_halo(const TextSpec& spec, geo::Vec2 top_left, render::Rgba halo, float halo_px,
                                std::string_view text) const {
    PangoLayoutPtr l = layout(spec, text);
    PangoRectangle logical;
    pango_layout_get_extents(l.get(), nullptr, &logical);
    const double dx = spec.wrap_width >= 0.0 ? 0.0 : -double(logical.x) / PANGO_SCALE;
    cairo_save(cr_);
    cairo_move_to(cr_, top_left.x + dx, top_left.y);
    pango_cairo_layout_path(cr_, l.get());
    set_source(cr_, halo);
    cairo_set_line_width(cr_, 2.0 * halo_px);
    cairo_set_line_join(cr_, CAIRO_LINE_JOIN_ROUND);
    cairo_stroke(cr_);
    cairo_restore(cr_);
    cairo_move_to(cr_, top_left.x + dx, top_left.y);
    set_source(cr_, spec.ink);
    pango_cairo_show_layout(cr_, l.get());
    cairo_new_path(cr_);
}

}  // namespace print
