// An image on the GPU, for showing pictures rendered elsewhere (the presenter view's slides)
// through ImGui. Mipmapped: it is drawn smaller than it was rendered.
#pragma once

#include "render/gl_handles.h"
#include "render/offscreen_target.h"

namespace render {

// Needs a current GL context; the texture belongs to it (and to contexts sharing with it).
UniqueTexture upload_image(const Image& image);

}  // namespace render
