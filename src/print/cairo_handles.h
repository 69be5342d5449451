// Owning handles for Cairo and Pango objects: each is released once, however a page ends.
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>

namespace print {

struct CairoRelease {
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
    void operator()(PangoContext* c) const { g_object_unref(c); }
    void operator()(PangoLayout* l) const { g_object_unref(l); }
    void operator()(PangoFontDescription* d) const { pango_font_description_free(d); }
    void operator()(cairo_font_options_t* o) const { cairo_font_options_destroy(o); }
    void operator()(PangoFontMap* m) const { g_object_unref(m); }
};

using CairoContext = std::unique_ptr<cairo_t, CairoRelease>;
using CairoSurface = std::unique_ptr<cairo_surface_t, CairoRelease>;
using PangoContextPtr = std::unique_ptr<PangoContext, CairoRelease>;
using PangoLayoutPtr = std::unique_ptr<PangoLayout, CairoRelease>;
using FontDescription = std::unique_ptr<PangoFontDescription, CairoRelease>;
using FontOptions = std::unique_ptr<cairo_font_options_t, CairoRelease>;
using FontMap = std::unique_ptr<PangoFontMap, CairoRelease>;

}  // namespace print
