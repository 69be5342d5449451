// The explore mode's keys and typing (app/window/keymap.h says which key is which command).
#include <imgui.h>

#include "app/modes/explore_mode.h"

namespace app {

void ExploreMode::run_command(FrameContext& ctx, Command command) {
    state::AppState& app = ctx.app;
    switch (command) {
        case Command::None: break;
        case Command::Quit: ctx.quit = true; break;
        case Command::ExportTable:
            if (app.desk.bottom == state::BottomTab::Table) export_table(app);
            break;
        case Command::ToggleTable: app.desk.toggle_bottom(state::BottomTab::Table); break;
        case Command::ToggleCompare: app.desk.toggle_bottom(state::BottomTab::Compare); break;
        case Command::ToggleGauge: app.desk.toggle_bottom(state::BottomTab::Gauge); break;
        case Command::ToggleFinder: app.desk.toggle_bottom(state::BottomTab::Finder); break;
        case Command::ToggleMeasure: app.measure.toggle(); break;
        case Command::FindPark:
            app.desk.show_left(state::SideTab::Parks);
            widgets_.parks.search.focus(true);  // a new search replaces the last
            break;
        case Command::ShowLayers: app.desk.show_left(state::SideTab::Layers); break;
        case Command::AddFile:
            app.desk.show_left(state::SideTab::Layers);
            widgets_.layers.path_field.focus();
            break;
        case Command::ToggleSidebar: app.desk.left_open = !app.desk.left_open; break;
        case Command::UiBigger: app.ui_scale.bigger(); break;
        case Command::UiSmaller: app.ui_scale.smaller(); break;
        case Command::UiReset: app.ui_scale.reset(); break;
        case Command::Escape:
            if (app.measure.adding()) app.measure.finish();
            else if (app.measure.shown()) app.measure.clear();
            else app.selection.clear();
            break;
        case Command::UndoMeasurePoint: app.measure.remove_last(); break;
        case Command::PanLeft: app.camera.pan_fraction(-0.2, 0); break;
        case Command::PanRight: app.camera.pan_fraction(0.2, 0); break;
        case Command::PanUp: app.camera.pan_fraction(0, 0.2); break;
        case Command::PanDown: app.camera.pan_fraction(0, -0.2); break;
        case Command::ZoomIn: app.camera.zoom_step(1); break;
        case Command::ZoomOut: app.camera.zoom_step(-1); break;
        case Command::Home: app.camera.home(); break;
        default: break;  // Present and full screen are the shell's; the rest are a talk's
    }
}

// Typing while no field has the keyboard: into the field about to take it (the next path
// after Enter, or after Ctrl+O), else a search of the parks, which the sidebar shows.
void ExploreMode::type_to_search(FrameContext& ctx) {
    ui::LayersTabState& layers = widgets_.layers;
    if (layers.path_field.pending() && ctx.app.desk.left_open && ctx.app.desk.left_tab == state::SideTab::Layers) {
        layers.path_field.type(layers.path, sizeof layers.path, ctx.input.typed);
    } else {
        ctx.app.desk.show_left(state::SideTab::Parks);
        widgets_.parks.type(ctx.input.typed);
    }
    // ImGui queued the same characters: the search field, focused this frame, must not add
    // them a second time.
    ImGui::GetIO().InputQueueCharacters.resize(0);
}

}  // namespace app
