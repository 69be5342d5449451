// Where the bundled Hai Phong data is: beside an installed program (PREFIX/bin/parkatlas finds
// PREFIX/share/parkatlas/haiphong, wherever PREFIX is: /usr, /usr/local, a DESTDIR staging
// folder), or in the checkout a build tree came from.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace app {

// The folders tried for the executable at `exe`, in order: the installed layout first (an
// installed program must not read a checkout that happens to be on the same machine), then
// the build tree's neighbours, then `source_dir` (the checkout the build came from).
std::vector<std::filesystem::path> bundled_data_candidates(const std::filesystem::path& exe,
                                                           const std::filesystem::path& source_dir);

// The first candidate holding parks.shp; when none does, the installed layout's folder, so that
// the message about a missing file names where the data was expected.
std::filesystem::path find_bundled_data(const std::filesystem::path& exe, const std::filesystem::path& source_dir);

// For this process: /proc/self/exe and the checkout compiled in.
std::string bundled_data_dir();

}  // namespace app
