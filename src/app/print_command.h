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

}  // namespace app
