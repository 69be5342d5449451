#include "app/print_command.h"

#include <filesystem>
#include <ostream>

#include "app/summary.h"
#include "i18n/catalogue.h"
#include "print/map_document.h"

namespace fs = std::filesystem;

namespace app {

namespace {

std::string absolute(const std::string& path) {
    std::error_code ec;
    const fs::path a = fs::absolute(path, ec);
    return ec ? path : a.string();
}

}  // namespace

int render_vector_map(const data::Catalog& catalog, const Options& o, const geo::Box& view, const std::string& path,
                      std::ostream& out, std::ostream& err) {
    using i18n::N_;
    print::MapDocumentRequest request;
    request.path = path;
    std::string error;
    if (o.page) {
        auto page = print::parse_page_size(*o.page, true, o.language, &error);
        if (!page) {
            err << "parkatlas: --page: " << error << "\n";
            return 2;
        }
        request.page = *page;
    } else if (o.size_given) {
        request.page = print::pixel_page(o.width, o.height);
    } else {
        request.page = *print::parse_page_size("A4", true, o.language, nullptr);
    }
    request.view = view;
    request.language = o.language;
    request.vietnamese_beneath = o.vietnamese_beneath;
    print::MapDocumentReport report;
    if (!print::write_map_document(catalog, request, &report, &error)) {
        err << "parkatlas: " << error << "\n";
        return 1;
    }
    print_layers(out, catalog, o.language);
    out << i18n::trf(N_("Vector map: {0} features drawn, {1} of {2} labels placed"), o.language,
                     {std::to_string(report.features_drawn), std::to_string(report.labels_placed),
                      std::to_string(report.labels_wanted)})
        << "\n";
    out << i18n::trf(N_("Wrote the map ({0}) to {1}"), o.language, {report.page, absolute(path)}) << "\n";
    return 0;
}

}  // namespace app
