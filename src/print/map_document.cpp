#include "print/map_document.h"

#include <algorithm>

#include "i18n/catalogue.h"
#include "print/map_picture.h"

namespace print {

bool write_map_document(const data::Catalog& catalog, const MapDocumentRequest& request, MapDocumentReport* report,
                        std::string* error) {
    const std::optional<DocumentFormat> format = document_format(request.path);
    if (!format) {
        if (error) *error = i18n::trf(i18n::N_("cannot write {0}: the file must end in .png, .pdf or .svg"), request.language, {request.path});
        return false;
    }
    auto doc = Document::create(request.path, *format, request.page,
                                i18n::tr("Hai Phong industrial parks", request.language), request.language, error);
    if (!doc) return false;
    const geo::Vec2 page = request.page.units();
    const bool paper = request.page.paper;
    // Paper: the type of an A4 landscape page at every size (a bigger sheet shows more map), and
    // a margin for the printer. An image's size: its PNG's type scale, edge to edge.
    const double margin = paper ? 28.0 : 0.0;
    Typesetter type(doc->cairo(), request.language);
    MapPicture picture;
    picture.frame = {{margin, margin}, {page.x - margin, page.y - margin}};
    picture.view = request.view;
    picture.theme = ui::make_theme(paper ? 1.0f : std::max(0.75f, float(page.y / 900.0)));
    picture.vietnamese_beneath = request.vietnamese_beneath;
    picture.styles = request.styles;
    picture.occupancy_dates = request.occupancy_dates;
    const MapPictureReport drawn = draw_map_picture(type, catalog, picture);
    if (paper) {
        cairo_t* cr = doc->cairo();
        cairo_rectangle(cr, margin, margin, page.x - 2 * margin, page.y - 2 * margin);
        set_source(cr, render::rgb(0x22313f, 160));
        cairo_set_line_width(cr, 1.0);
        cairo_stroke(cr);
    }
    if (report) {
        report->page = request.page.name;
        report->features_drawn = drawn.layers.features_drawn;
        report->labels_wanted = drawn.labels_wanted;
        report->labels_placed = drawn.labels_placed;
    }
    return doc->finish(error);
}

}  // namespace print
