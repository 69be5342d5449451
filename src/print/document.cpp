#include "print/document.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <unistd.h>

namespace fs = std::filesystem;

namespace print {

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

}  // namespace

std::optional<DocumentFormat> document_format(const std::string& path) {
    const std::string ext = lower(fs::path(path).extension().string());
    if (ext == ".pdf") return DocumentFormat::Pdf;
    if (ext == ".svg") return DocumentFormat::Svg;
    if (ext == ".png") return DocumentFormat::Png;
    return std::nullopt;
}

std::optional<PageSize> parse_page_size(const std::string& text, bool landscape, i18n::Language lang, std::string* error) {
    std::string t = lower(text), orientation;
    if (const size_t dash = t.find('-'); dash != std::string::npos) {
        orientation = t.substr(dash + 1);
        t = t.substr(0, dash);
    }
    PageSize p;
    if (t == "a4") p.width_pt = 595.28, p.height_pt = 841.89;
    else if (t == "a3") p.width_pt = 841.89, p.height_pt = 1190.55;
    if (p.width_pt == 0.0 || !(orientation.empty() || orientation == "landscape" || orientation == "portrait")) {
        if (error) *error = i18n::trf(i18n::N_("unknown page size '{0}': use A4 or A3, with -landscape or -portrait"), lang, {text});
        return std::nullopt;
    }
    if (orientation == "landscape" || (orientation.empty() && landscape)) std::swap(p.width_pt, p.height_pt);
    const bool is_landscape = p.width_pt > p.height_pt;
    using i18n::N_;
    p.name = t == "a4" ? (is_landscape ? N_("A4 landscape") : N_("A4 portrait"))
                       : (is_landscape ? N_("A3 landscape") : N_("A3 portrait"));
    return p;
}

PageSize pixel_page(int width_px, int height_px) {
    PageSize p;
    p.width_pt = width_px * 0.75;
    p.height_pt = height_px * 0.75;
    p.units_per_pt = 1.0 / 0.75;
    p.name = std::to_string(width_px) + "x" + std::to_string(height_px) + " px";
    p.paper = false;
    return p;
}

std::optional<Document> Document::create(const std::string& path, DocumentFormat format, const PageSize& first_page,
                                         const std::string& title, i18n::Language lang, std::string* error) {
    Document d;
    d.path_ = path;
    d.temp_ = path + ".partial-" + std::to_string(::getpid());
    d.format_ = format;
    d.lang_ = lang;
    d.page_ = first_page;
    auto cannot_write = [&](const char* why) {
        if (error)
            *error = i18n::trf(i18n::N_("cannot write {0}: {1} (is the folder there and writable?)"), lang, {path, why});
        std::error_code ec;
        fs::remove(d.temp_, ec);
        d.finished_ = true;
        return std::nullopt;
    };
    cairo_surface_t* s = nullptr;
    switch (format) {
        case DocumentFormat::Pdf: s = cairo_pdf_surface_create(d.temp_.c_str(), first_page.width_pt, first_page.height_pt); break;
        case DocumentFormat::Svg: s = cairo_svg_surface_create(d.temp_.c_str(), first_page.width_pt, first_page.height_pt); break;
        case DocumentFormat::Png: {
            // Cairo writes a PNG only at the end: the folder must take the file now, before the drawing.
            FILE* probe = std::fopen(d.temp_.c_str(), "wb");
            if (!probe) return cannot_write(std::strerror(errno));
            std::fclose(probe);
            const geo::Vec2 px = first_page.units();  // pixel_page's units are pixels
            s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, int(px.x + 0.5), int(px.y + 0.5));
            break;
        }
    }
    d.surface_.reset(s);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) return cannot_write(cairo_status_to_string(cairo_surface_status(s)));
    if (format == DocumentFormat::Pdf) {
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, title.c_str());
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "Park Atlas");
    } else if (format == DocumentFormat::Svg) {
        cairo_svg_surface_set_document_unit(s, CAIRO_SVG_UNIT_PT);
    }
    d.cr_.reset(cairo_create(s));
    d.apply_units();
    return d;
}

Document::Document(Document&& o) noexcept
    : path_(std::move(o.path_)), temp_(std::move(o.temp_)), format_(o.format_), lang_(o.lang_), page_(std::move(o.page_)),
      surface_(std::move(o.surface_)), cr_(std::move(o.cr_)), pages_(o.pages_), finished_(o.finished_) {
    o.finished_ = true;  // the temporary file is this one's now
}

Document::~Document() {
    if (finished_ || temp_.empty()) return;
    cr_.reset();
    surface_.reset();
    std::error_code ec;
    fs::remove(temp_, ec);  // never leave a half-written file
}

void Document::apply_units() {
    cairo_identity_matrix(cr_.get());
    // Device units: points for PDF and SVG, pixels (at 96 dpi) for a PNG.
    const double device_per_pt = format_ == DocumentFormat::Png ? 1.0 / 0.75 : 1.0;
    cairo_scale(cr_.get(), device_per_pt / page_.units_per_pt, device_per_pt / page_.units_per_pt);
}

void Document::next_page(const PageSize& size) {
    cairo_show_page(cr_.get());
    page_ = size;
    if (format_ == DocumentFormat::Pdf) cairo_pdf_surface_set_size(surface_.get(), size.width_pt, size.height_pt);
    apply_units();
    ++pages_;
}

void Document::bookmark(const std::string& title, int page) {
    if (format_ != DocumentFormat::Pdf) return;
    const std::string link = "page=" + std::to_string(page);
    cairo_pdf_surface_add_outline(surface_.get(), CAIRO_PDF_OUTLINE_ROOT, title.c_str(), link.c_str(),
                                  cairo_pdf_outline_flags_t(0));
}

bool Document::finish(std::string* error) {
    cairo_show_page(cr_.get());
    const cairo_status_t drawn = cairo_status(cr_.get());
    cr_.reset();
    cairo_status_t written = CAIRO_STATUS_SUCCESS;
    if (format_ == DocumentFormat::Png) written = cairo_surface_write_to_png(surface_.get(), temp_.c_str());
    cairo_surface_finish(surface_.get());
    if (written == CAIRO_STATUS_SUCCESS) written = cairo_surface_status(surface_.get());
    surface_.reset();
    finished_ = true;
    std::error_code ec;
    if (drawn != CAIRO_STATUS_SUCCESS || written != CAIRO_STATUS_SUCCESS) {
        fs::remove(temp_, ec);
        if (error)
            *error = i18n::trf(i18n::N_("cannot write {0}: {1} (is the folder there and writable?)"), lang_,
                               {path_, cairo_status_to_string(drawn != CAIRO_STATUS_SUCCESS ? drawn : written)});
        return false;
    }
    fs::rename(temp_, path_, ec);
    if (ec) {
        fs::remove(temp_, ec);
        if (error) *error = i18n::trf(i18n::N_("cannot replace {0}: {1}"), lang_, {path_, ec.message()});
        return false;
    }
    return true;
}

}  // namespace print
