// What the program tells the user on the terminal: the layers it drew and the problems it met.
#pragma once

#include <ostream>

#include "app/headless_render.h"
#include "data/catalog.h"

namespace app {

void print_layers(std::ostream& out, const data::Catalog& catalog, i18n::Language lang = i18n::Language::En);
void print_diagnostics(std::ostream& err, const data::Catalog& catalog, i18n::Language lang = i18n::Language::En);
void print_render_stats(std::ostream& out, const RenderStats& stats, const RenderRequest& request,
                        i18n::Language lang = i18n::Language::En);

}  // namespace app
