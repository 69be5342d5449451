#include "app/window/export_job.h"

#include "app/print_command.h"
#include "print/brochure.h"
#include "print/map_document.h"

namespace app {

i18n::Message run_export(const ExportSpec& spec, const std::function<void(float)>& progress) {
    using i18n::N_;
    using state::ExportKind;
    if (auto problem = state::export_path_problem(spec.path, spec.kind)) return *problem;
    std::string error;
    if (spec.kind == ExportKind::Brochure) {
        print::BrochureRequest r;
        r.path = spec.path;
        r.park_ids = spec.park_ids;
        r.language = spec.language;
        r.asof = spec.asof;
        r.metrics_path = spec.metrics_path;
        r.city_view = spec.city_view;
        r.generated_on = today_iso();
        if (progress) r.progress = [&](int done, int total) { progress(float(done) / float(std::max(1, total))); };
        print::BrochureReport report;
        if (!print::write_brochure(*spec.catalog, r, &report, &error)) return {N_("Export failed: {0}"), {error}};
        return {N_("Exported the brochure ({0} pages) to {1}"), {std::to_string(report.pages), absolute_path(spec.path)}};
    }
    print::MapDocumentRequest r;
    r.path = spec.path;
    std::string unused;
    switch (spec.kind) {
        case ExportKind::Png1080: r.page = print::pixel_page(1920, 1080); break;
        case ExportKind::Png4K: r.page = print::pixel_page(3840, 2160); break;
        case ExportKind::PdfA3: r.page = *print::parse_page_size("A3", true, spec.language, &unused); break;
        default: r.page = *print::parse_page_size("A4", true, spec.language, &unused); break;
    }
    r.view = spec.view;
    r.language = spec.language;
    r.vietnamese_beneath = spec.vietnamese_beneath;
    r.styles = spec.styles;
    r.occupancy_dates = spec.occupancy_dates;
    print::MapDocumentReport report;
    if (!print::write_map_document(*spec.catalog, r, &report, &error)) return {N_("Export failed: {0}"), {error}};
    if (progress) progress(1.0f);
    return {N_("Exported the map ({0}) to {1}"), {i18n::tr(report.page.c_str(), spec.language), absolute_path(spec.path)}};
}

ExportJob::ExportJob(ExportSpec spec) : spec_(std::move(spec)) {
    thread_ = std::thread([this] { run(); });
}

ExportJob::~ExportJob() {
    if (thread_.joinable()) thread_.join();
}

void ExportJob::run() {
    i18n::Message m = run_export(spec_, [this](float f) { fraction_.store(f); });
    {
        std::lock_guard lock(mutex_);
        result_ = std::move(m);
    }
    done_.store(true);
}

i18n::Message ExportJob::result() const {
    std::lock_guard lock(mutex_);
    return result_;
}

}  // namespace app
