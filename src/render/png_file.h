// Writes an image as PNG without ever leaving a half-written file: the bytes go to a
// temporary file beside the target, which is renamed over it only when complete.
#pragma once

#include <string>

#include "render/offscreen_target.h"

namespace render {

bool write_png_atomically(const Image& image, const std::string& path, std::string* error);

}  // namespace render
