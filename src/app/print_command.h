// The command line's printed outputs: `--render OUT.pdf|OUT.svg` (a vector map) and
// `--brochure OUT.pdf` (a park's, or every park's, brochure). Both print what they wrote.
#pragma once

#include <iosfwd>
#include <string>

#include "app/options.h"
#include "data/catalog.h"
#include "geo/geometry.h"

namespace app {

// Exit status: 0 written, 1 not (the reason on `err`), 2 a usage error (a bad --page).
int render_vector_map(const data::Catalog& catalog, const Options& o, const geo::Box& view, const std::string& path,
                      std::ostream& out, std::ostream& err);

// `--brochure OUT.pdf (--park ID | --all)`. Exit status: 0 written, 1 not.
int write_brochure_file(const data::Catalog& catalog, const Options& o, const std::string& metrics_path, const geo::Box& city_view,
                        std::ostream& out, std::ostream& err);

// The path as the user should read it in a message: absolute when it can be made so.
std::string absolute_path(const std::string& path);

// Today as YYYY-MM-DD (local time): the date a printed page says it was made.
std::string today_iso();

}  // namespace app
