// The window's own framebuffer, for code outside render/ that must not speak GL itself.
#pragma once

namespace render {

// Binds the window's framebuffer (0) with a viewport of `width` x `height` pixels.
void bind_window(int width, int height);

// bind_window, then clears it to `rgb` (0..1 each).
void clear_window(int width, int height, float r, float g, float b);

// Waits until the GL has done everything asked so far (for timing a frame's phases).
void finish();

}  // namespace render
