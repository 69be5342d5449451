// The pages of a brochure: a park's (header, its map and a locator, the occupancy card, the
// text blocks flowed over one or two pages), and for a brochure of every park the cover, the
// city overview and the index. Page units: an A4 portrait page is 900 wide.
#pragma once

#include <string>
#include <vector>

#include "print/brochure_layout.h"
#include "print/document.h"
#include "print/vector_map.h"

namespace print {

struct BrochureContext {
    const data::Catalog& catalog;
    const state::ParkFigures& figures;
    const analysis::Decree35Gauge& gauge;
    LayerStyles styles;                // the parks coloured by their occupancy as of the date
    geo::Box city_view;                // display CRS: the whole city
    std::string occupancy_dates;       // the legend's
    std::string asof;                  // "Nov 2024", in the language
    std::string generated_on;          // "2026-12-03"
};

struct ParkLayout {
    ParkSheet sheet;
    std::vector<Block> blocks;
    std::vector<Piece> pieces;
    int pages = 1;
    double map_top = 0.0;              // below the first page's band, whose height the name sets
};

ParkLayout layout_park(const Typesetter& type, const BrochureContext& ctx, size_t park_feature);

// Draws the park's pages, the first on the document's current page; `page_number` is that
// page's number in the document, `total` the document's page count (for the footers).
void draw_park(Document& doc, const Typesetter& type, const BrochureContext& ctx, const ParkLayout& park, int page_number,
               int total);

struct IndexEntry {
    size_t feature = 0;
    std::string title;
    int page = 0;
};

void draw_cover(const Typesetter& type, const BrochureContext& ctx, size_t parks, int total);
void draw_overview(const Typesetter& type, const BrochureContext& ctx, int page_number, int total);
void draw_index(const Typesetter& type, const BrochureContext& ctx, const std::vector<IndexEntry>& entries, int page_number,
                int total);

}  // namespace print
