// Freed memory kept for reuse instead of handed back to the system: llvmpipe gives a picture
// texture new storage (14 MB at 1920x1080 with margins) when it is drawn into again, and this
// VM takes 25-45 ms to fault in fresh pages for it, a frame over budget each time. With glibc
// keeping blocks under 32 MB in its heap, the storage is reused warm: the province bench's
// slowest frame went from 34-44 ms to 21 ms, its peak RSS unchanged (bench/README.md).
#pragma once

namespace render {

// Call once, first thing in main (process-wide: the allocator's policy).
void keep_freed_memory_for_reuse();

}  // namespace render
