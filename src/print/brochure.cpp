#include "print/brochure.h"

#include "i18n/catalogue.h"
#include "print/brochure_pages.h"
#include "print/document.h"
#include "render/map_style.h"
#include "ui/panels/feature_text.h"

namespace print {

namespace {

using i18n::N_;

// The parks coloured by their occupancy as of the figures' date, as the window shows them.
LayerStyles dated_styles(const data::Catalog& catalog, const state::ParkFigures& figures) {
    LayerStyles styles(catalog.layers.size());
    if (figures.ok())
        styles[figures.parks_layer] = render::style_parks(catalog.layers[figures.parks_layer], state::occupancy_by_feature(figures));
    return styles;
}

}  // namespace

bool write_brochure(const data::Catalog& catalog, const BrochureRequest& request, BrochureReport* report, std::string* error) {
    const i18n::Language lang = request.language;
    state::ParkFigures figures = state::load_park_figures(catalog, request.metrics_path);
    if (!figures.ok()) {
        if (error) *error = i18n::tr("no parks layer is loaded: there is nothing to make a brochure of", lang);
        return false;
    }
    if (request.asof) state::set_asof(figures, catalog, *request.asof);
    const analysis::Decree35Gauge gauge = analysis::compute_gauge(figures.parks, figures.metrics, figures.asof);
    const data::MapLayer& parks = catalog.layers[figures.parks_layer];

    std::vector<size_t> chosen;
    for (const auto& id : request.park_ids) {
        const auto index = figures.index_of(id);
        if (!index) {
            std::string known;
            for (const auto& p : figures.parks) known += (known.empty() ? "" : ", ") + p.id;
            if (error) *error = i18n::trf(N_("--park: no park with id '{0}'. Known ids: {1}"), lang, {id, known});
            return false;
        }
        chosen.push_back(*index);
    }
    if (request.park_ids.empty())
        for (size_t i = 0; i < parks.layer.features.size(); ++i) chosen.push_back(i);
    const bool single = chosen.size() == 1;  // one park's sheet: no cover, overview or index

    const std::string title = single ? ui::feature_title(parks, chosen.front(), lang)
                                     : std::string(i18n::tr("Hai Phong industrial parks", lang));
    const PageSize a4 = *parse_page_size("A4-portrait", false, lang, nullptr);
    auto doc = Document::create(request.path, DocumentFormat::Pdf, a4, title, lang, error);
    if (!doc) return false;
    Typesetter type(doc->cairo(), lang);
    const BrochureContext ctx{catalog,
                              figures,
                              gauge,
                              dated_styles(catalog, figures),
                              request.city_view,
                              state::legend_dates(figures, lang),
                              state::format_date(figures.asof, lang),
                              request.generated_on};

    // Lay every park out first: the index and the footers need the page numbers.
    std::vector<ParkLayout> layouts;
    for (size_t i : chosen) layouts.push_back(layout_park(type, ctx, i));
    const int front = single ? 0 : 3;  // cover, overview, index
    int total = front;
    std::vector<IndexEntry> index;
    for (const auto& l : layouts) {
        index.push_back({l.sheet.feature, l.sheet.title, total + 1});
        total += l.pages;
    }
    int done = 0;
    auto page_done = [&](int pages) {
        done += pages;
        if (request.progress) request.progress(done, total);
    };
    if (!single) {
        draw_cover(type, ctx, chosen.size(), total);
        doc->bookmark(i18n::tr("Hai Phong industrial parks", lang), 1);
        page_done(1);
        doc->next_page(a4);
        draw_overview(type, ctx, 2, total);
        doc->bookmark(i18n::tr("The city's parks at a glance", lang), 2);
        page_done(1);
        doc->next_page(a4);
        draw_index(type, ctx, index, 3, total);
        doc->bookmark(i18n::tr("Index of parks", lang), 3);
        page_done(1);
    }
    for (size_t i = 0; i < layouts.size(); ++i) {
        if (i > 0 || !single) doc->next_page(a4);  // each park starts a page
        draw_park(*doc, type, ctx, layouts[i], index[i].page, total);
        doc->bookmark(layouts[i].sheet.title, index[i].page);
        page_done(layouts[i].pages);
    }
    if (!doc->finish(error)) return false;
    if (report) {
        report->pages = total;
        report->parks = int(layouts.size());
    }
    return true;
}

}  // namespace print
