// What a park's brochure says, as plain text in one language, before any layout: its names,
// the key figures with their sources and as-of dates (ui::availability_rows, the same rows as
// the details panel), developer and tenants, the investments recorded in it, the Decree 35
// context and where to ask. No Cairo here; tested on its own.
#pragma once

#include <string>
#include <vector>

#include "analysis/decree35_gauge.h"
#include "data/catalog.h"
#include "state/park_figures.h"

namespace print {

struct SheetRow {
    std::string label;
    std::string value;
    std::string note;   // as-of date and source, or why it is unknown
};

struct ParkSheet {
    size_t feature = 0;               // in the parks layer
    std::string id;
    std::string title;                // the park's name in the language
    std::string vietnamese_name;      // beneath the title when the language is not Vietnamese
    std::string status;               // "operating", in the language
    std::string district;
    bool located = false;             // has an outline to draw
    std::string location_note;        // approximate outline, or no known location
    std::vector<SheetRow> land;       // area, leasable, occupancy, occupied, free, hand-over
    std::vector<SheetRow> distances;  // to Lạch Huyện port, Cát Bi airport, the city centre
    std::string distance_note;        // how they were measured (one note for the three)
    std::vector<SheetRow> people;     // developer, tenants, founded
    std::vector<SheetRow> site;       // for investors: lease price, power, water, sectors... (found ones)
    std::string site_unknown;         // which of those no public source gives
    std::vector<SheetRow> investments;// investor (country) | capital | year · source
    std::vector<std::string> decree35;// paragraphs
    std::vector<SheetRow> contacts;   // where to ask
};

ParkSheet park_sheet(const data::Catalog& catalog, const state::ParkFigures& figures, const analysis::Decree35Gauge& gauge,
                     size_t park_feature, i18n::Language lang);

// The Decree 35 rule and the city's standing, in two or three sentences (the cover and
// overview say it too).
std::vector<std::string> decree35_context(const analysis::Decree35Gauge& gauge, i18n::Language lang);

}  // namespace print
