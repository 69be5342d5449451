// A PDF (one or more pages), SVG or PNG (one page) written through Cairo, never half-written: the
// pages go to a temporary file beside the target, renamed over it only when all is well.
// Drawing is in page units: a paper page is 900 units per 595 points (an A4 landscape page is
// 900 high, like a 1600x900 image), so the map's type scale reads well on paper.
#pragma once

#include <optional>
#include <string>

#include "geo/geometry.h"
#include "i18n/catalogue.h"
#include "print/cairo_handles.h"

namespace print {

enum class DocumentFormat { Pdf, Svg, Png };  // a PNG: the page rasterised at 96 dpi (the window's exports)

// By the file's extension (.pdf, .svg, .png; any case); nullopt for anything else.
std::optional<DocumentFormat> document_format(const std::string& path);

struct PageSize {
    double width_pt = 0.0, height_pt = 0.0;
    double units_per_pt = 900.0 / 595.0;
    std::string name;  // "A4 landscape" (English, for tr()), "1600x900 px"
    bool paper = true; // false: an image's size (pixel_page)
    geo::Vec2 units() const { return {width_pt * units_per_pt, height_pt * units_per_pt}; }
};

// "A4", "A3", "A4-portrait", "A3-landscape" (any case); without an orientation, `landscape`.
// nullopt and *error (in `lang`) for anything else.
std::optional<PageSize> parse_page_size(const std::string& text, bool landscape, i18n::Language lang, std::string* error);
// A page the size of a W×H pixel image at 96 dpi (CSS pixels), drawn in pixels.
PageSize pixel_page(int width_px, int height_px);

class Document {
public:
    // nullopt and *error when the file cannot be created (no folder, no permission).
    static std::optional<Document> create(const std::string& path, DocumentFormat format, const PageSize& first_page,
                                          const std::string& title, i18n::Language lang, std::string* error);
    Document(Document&& other) noexcept;
    Document& operator=(Document&&) = delete;
    ~Document();

    cairo_t* cairo() const { return cr_.get(); }  // in page units
    const PageSize& page() const { return page_; }
    int pages() const { return pages_; }
    // Ends the page and starts another (PDF only; an SVG has one page).
    void next_page(const PageSize& size);
    // An entry of the PDF's outline (the reader's bookmarks) to a page, counted from 1.
    void bookmark(const std::string& title, int page);
    // Finishes the file and moves it into place; false and *error if anything failed.
    bool finish(std::string* error);

private:
    Document() = default;
    void apply_units();

    std::string path_, temp_;
    DocumentFormat format_ = DocumentFormat::Pdf;
    i18n::Language lang_ = i18n::Language::En;
    PageSize page_;
    CairoSurface surface_;
    CairoContext cr_;
    int pages_ = 1;
    bool finished_ = false;
};

}  // namespace print
