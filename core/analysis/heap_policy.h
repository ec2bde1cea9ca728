#pragma once
// How the processes keep the memory they free (called once, first thing in main()).
//
// An analysis of 10^6 subjects allocates and frees vectors of 4-16 MB (times, codes, orders) one
// after the other. glibc serves a block of that size with its own mmap() and gives it back to the
// kernel when freed (its threshold starts at 128 KiB and rises only to 32 MiB), so the next vector
// faults in fresh zeroed pages: a `km` process at 10^6 subjects spent about as much CPU in the kernel
// as in its own code. With blocks up to 32 MiB taken from the heap and freed memory kept up to
// 512 MiB, a freed vector's pages serve the next one. One arena for all threads: with an arena per
// thread, the viewer's next analysis ran on another pool thread half the time and found none of
// the memory the last one freed (a grouping change at 10^6 subjects: 46 MB more peak, its read
// 5 -> 25 ms). docs/benchmarks.md (2026-12-05) has the measurements. Peak memory does not grow:
// what is kept was in use before.
namespace ts {

void keepFreedMemory();

}  // namespace ts
