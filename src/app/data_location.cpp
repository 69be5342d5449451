#include "app/data_location.h"

namespace fs = std::filesystem;

namespace app {

std::vector<fs::path> bundled_data_candidates(const fs::path& exe, const fs::path& source_dir) {
    const fs::path bin = exe.parent_path();
    // PARKATLAS_INSTALLED_DATA_FROM_BIN: the data folder relative to the bin folder, from
    // CMake's GNUInstallDirs ("../share/parkatlas/haiphong").
    return {bin / PARKATLAS_INSTALLED_DATA_FROM_BIN, bin / "data/haiphong", bin.parent_path() / "data/haiphong",
            source_dir};
}

fs::path find_bundled_data(const fs::path& exe, const fs::path& source_dir) {
    const std::vector<fs::path> candidates = bundled_data_candidates(exe, source_dir);
    std::error_code ec;
    for (const fs::path& candidate : candidates)
        if (!candidate.empty() && fs::exists(candidate / "parks.shp", ec)) return candidate.lexically_normal();
    return candidates.front().lexically_normal();
}

std::string bundled_data_dir() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return PARKATLAS_SOURCE_DATA_DIR;
    return find_bundled_data(exe, PARKATLAS_SOURCE_DATA_DIR).string();
}

}  // namespace app
