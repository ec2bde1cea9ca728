#include "core/analysis/heap_policy.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ts {

void keepFreedMemory() {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);  // glibc's largest (HEAP_MAX_SIZE / 2 on 64 bits)
    mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
    mallopt(M_ARENA_MAX, 1);
#endif
}

}  // namespace ts
