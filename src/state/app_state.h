// Everything the user has chosen, apart from any window: the layers and how they are shown,
// the selection and hover, the as-of date and the figures it gives, the compare set, the
// what-if, the measure tool, the camera, the language, the mode and the desk's arrangement.
//
// Plain data with the operations that change it, so that all of it is tested without GL or
// a window. Modes and panels read it fresh every frame and hand back what the user asked for;
// the window applies that here. What other parts derive from it (GPU buffers, table rows)
// they rebuild when a version number below changes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/catalog.h"
#include "i18n/catalogue.h"
#include "i18n/language.h"
#include "state/camera_controller.h"
#include "state/compare_set.h"
#include "state/desk.h"
#include "state/layer_view.h"
#include "state/measure_tool.h"
#include "state/park_figures.h"
#include "state/presentation.h"
#include "state/selection.h"
#include "state/what_if.h"

namespace state {

// The window's ways of working. Explore is the desk (panels, tables, tools); Present shows a
// tour to a room: the map full screen with a caption, no panels.
enum class Mode { Explore, Present };

struct AppState {
    data::Catalog catalog;
    uint64_t catalog_version = 0;   // bumped when layers are added or removed
    LayerView layers;
    uint64_t layers_version = 0;    // bumped when visibility, opacity or order change

    Selection selection;
    std::optional<FeatureRef> hover;

    ParkFigures figures;            // every analysis view shows these, as of figures.asof
    uint64_t figures_version = 0;   // bumped when the date, and so the figures, change
    WhatIfState what_if;
    CompareSet compare;
    MeasureTool measure;
    bool investment_view = false;   // per-park totals of the projects instead of single pins

    CameraController camera;
    i18n::Language language = i18n::Language::En;
    bool vietnamese_beneath = false;      // map labels: the Vietnamese name under the chosen language's
    Mode mode = Mode::Explore;
    tour::Tour tour;                // the tour F5 presents and the tour editor changes (no slides: none)
    uint64_t tour_version = 0;      // bumped when it is loaded or edited
    bool tour_unsaved = false;      // edited since it was read or saved
    std::string tour_save_path;     // where the editor saves it (a copy of the bundled tour goes to the settings' folder)
    Presentation presentation;      // the tour shown while mode is Present
    Desk desk;
    UiScale ui_scale;

    std::vector<std::string> user_files;  // files the user added, in order: remembered between runs
    i18n::Message message;                // the status bar's last message (settings problems, exports...), in any language

    explicit AppState(data::Catalog catalog = {});

    // Reads park_metrics.csv (beside the parks layer's file) and sets the newest date.
    void load_figures(const std::string& metrics_path);
    void set_asof(const analysis::Date& asof);

    // The park feature shown in the details panel, if a park is.
    std::optional<size_t> selected_park() const;
    // Selects `ref` and flies to it, framed in the visible map at least `min_size_m` wide.
    void select_and_show(FeatureRef ref, double min_size_m = 3000.0);
    // Flies to `ref` (the details panel's "Zoom to").
    void show_feature(FeatureRef ref, double min_size_m = 1500.0);
    // A click on a cluster of pins: flies in until they part (`spacing_px`: the room each pin
    // needs), or, when they stand on one spot or the map is as close as it goes, offers them as
    // a list to choose from.
    void open_cluster(const std::vector<FeatureRef>& members, double spacing_px);

    void set_visible(size_t layer, bool visible);
    void set_opacity(size_t layer, float opacity);
    void move_layer(size_t layer, int delta);
    // Appends the layers of a loaded file; returns the index of the first one. `path`: what
    // the user gave; with `remember`, it joins user_files (once).
    size_t add_layers(std::vector<data::MapLayer> layers, const std::string& path, bool remember = true);
    // Removes a user's layer (the bundled ones stay); the file is forgotten when none of its
    // layers is left. False if `layer` is not a user's layer.
    bool remove_layer(size_t layer);
};

}  // namespace state
