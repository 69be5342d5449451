// An export from the window, written on a thread of its own so that the window keeps drawing
// (and shows its progress): the view as a PNG or PDF through Cairo (print::write_map_document),
// or the selected park's brochure. What it needs is copied in; the file appears whole or not
// at all.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "analysis/park_metrics_csv.h"
#include "data/catalog.h"
#include "i18n/catalogue.h"
#include "print/vector_map.h"
#include "state/export_choice.h"

namespace app {

struct ExportSpec {
    state::ExportKind kind = state::ExportKind::PdfA4;
    std::string path;
    std::shared_ptr<const data::Catalog> catalog;  // a copy of the window's visible layers
    geo::Box view;                                 // display CRS: what the map frame shows
    i18n::Language language = i18n::Language::En;
    bool vietnamese_beneath = false;
    print::LayerStyles styles;                     // parks as of the window's date
    std::string occupancy_dates;
    // A brochure's: the park, the date, the figures' file and the city's view.
    std::vector<std::string> park_ids;  // one park, or several (the site finder's) with front pages
    std::optional<analysis::Date> asof;
    std::string metrics_path;
    geo::Box city_view;
};

class ExportJob {
public:
    explicit ExportJob(ExportSpec spec);
    ~ExportJob();  // waits for the thread
    ExportJob(const ExportJob&) = delete;
    ExportJob& operator=(const ExportJob&) = delete;

    const std::string& path() const { return spec_.path; }
    float fraction() const { return fraction_.load(); }  // 0..1; 0 while unknown
    bool done() const { return done_.load(); }
    // Once done: what the status bar says ("Exported ... to ...", or why not).
    i18n::Message result() const;

private:
    void run();

    ExportSpec spec_;
    std::atomic<float> fraction_{0.0f};
    std::atomic<bool> done_{false};
    mutable std::mutex mutex_;
    i18n::Message result_;
    std::thread thread_;
};

// The same export, on the calling thread (tests; the thread runs this).
i18n::Message run_export(const ExportSpec& spec, const std::function<void(float)>& progress = {});

}  // namespace app
