#include "render/memory_reuse.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace render {

void keep_freed_memory_for_reuse() {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 32 << 20);  // blocks up to 32 MB (glibc's maximum) from the heap, reused
    mallopt(M_TRIM_THRESHOLD, 1 << 30);  // up to 1 GB kept free at the heap's top
#endif
}

}  // namespace render
