#include "print/map_picture.h"

#include "print/cairo_painter.h"
#include "render/map_style.h"

namespace print {

MapPictureReport draw_map_picture(const Typesetter& type, const data::Catalog& catalog, const MapPicture& picture) {
    cairo_t* cr = type.cairo();
    MapPictureReport report;
    render::Camera& camera = report.camera;
    camera.width_px = std::max(1, int(picture.frame.width() + 0.5));
    camera.height_px = std::max(1, int(picture.frame.height() + 0.5));
    camera.fit(picture.view, picture.padding);

    cairo_save(cr);
    cairo_translate(cr, picture.frame.min.x, picture.frame.min.y);
    cairo_rectangle(cr, 0, 0, picture.frame.width(), picture.frame.height());
    cairo_clip(cr);
    set_source(cr, render::palette().background);
    cairo_paint(cr);
    report.layers = draw_vector_layers(cr, catalog, picture.styles, camera, picture.theme.scale);
    if (picture.highlight) {
        // A white casing under the red line, so the outline reads on any fill.
        outline_feature(cr, *picture.highlight, camera, render::rgb(0xffffff), 6.0 * picture.theme.scale);
        outline_feature(cr, *picture.highlight, camera, render::rgb(0xd32f2f), 3.0 * picture.theme.scale);
    }
    if (picture.overlay) {
        CairoPainter painter(type, picture.theme);
        ui::OverlayOptions o;
        o.language = type.language();
        o.vietnamese_beneath = picture.vietnamese_beneath;
        o.scale = picture.theme.scale;
        o.legend = picture.legend;
        o.title = picture.title;
        o.attribution = picture.attribution;
        o.occupancy_dates = picture.occupancy_dates;
        o.selected = picture.selected;
        const ui::OverlayReport overlay = ui::draw_map_overlay(painter, catalog, camera, o);
        report.labels_wanted = overlay.labels_wanted;
        report.labels_placed = overlay.labels_placed;
    }
    cairo_restore(cr);
    return report;
}

}  // namespace print
