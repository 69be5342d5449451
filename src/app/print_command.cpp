#include "app/print_command.h"

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <ostream>

#include "app/summary.h"
#include "i18n/catalogue.h"
#include "print/brochure.h"
#include "print/map_document.h"

namespace fs = std::filesystem;

namespace app {

std::string absolute_path(const std::string& path) {
    std::error_code ec;
    const fs::path a = fs::absolute(path, ec);
    return ec ? path : a.string();
}

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
    out << i18n::trf(N_("Wrote the map ({0}) to {1}"), o.language, {i18n::tr(report.page.c_str(), o.language), absolute_path(path)}) << "\n";
    return 0;
}

std::string today_iso() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
    return buf;
}

int write_brochure_file(const data::Catalog& catalog, const Options& o, const std::string& metrics_path, const geo::Box& city_view,
                        std::ostream& out, std::ostream& err) {
    using i18n::N_;
    print::BrochureRequest request;
    request.path = *o.brochure_path;
    if (o.park_id)  // "vsip" or "vsip,dinh-vu,an-duong"
        for (size_t at = 0; at <= o.park_id->size();) {
            const size_t comma = std::min(o.park_id->find(',', at), o.park_id->size());
            if (comma > at) request.park_ids.push_back(o.park_id->substr(at, comma - at));
            at = comma + 1;
        }
    request.language = o.language;
    if (o.asof) {
        request.asof = analysis::parse_date(*o.asof);
        if (!request.asof) {
            err << "parkatlas: " << i18n::trf(N_("--asof: '{0}' is not a date (YYYY-MM or YYYY-MM-DD)"), o.language, {*o.asof}) << "\n";
            return 2;
        }
    }
    request.metrics_path = metrics_path;
    request.city_view = city_view;
    request.generated_on = today_iso();
    print::BrochureReport report;
    std::string error;
    if (!print::write_brochure(catalog, request, &report, &error)) {
        err << "parkatlas: " << error << "\n";
        return 1;
    }
    out << i18n::trf(N_("Wrote a brochure of {0} parks, {1} A4 pages, to {2}"), o.language,
                     {std::to_string(report.parks), std::to_string(report.pages), absolute_path(*o.brochure_path)})
        << "\n";
    return 0;
}

}  // namespace app
