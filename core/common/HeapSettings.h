// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the C library's allocator treats the large buffers a process frees. Qt's PDF writer
// takes two buffers of 10 MB for every page it writes and frees them when the page is done;
// glibc hands such buffers back to the kernel at once (unmapped, or the heap cut back), and
// takes them again for the next page: the kernel's work on their page tables was some 40 % of
// writing a 400-page report. Kept up to the thresholds below, they are reused instead. The
// programs (desktop, command line) and the benchmarks that measure them call this first thing.
class HeapSettings
{
public:
    // Buffers up to mmapThreshold come from the heap, which keeps up to trimThreshold free at
    // its top for the next use. False where the C library has no such settings (not glibc).
    static bool keepLargeBuffers();

    static constexpr int mmapThreshold = 32 * 1024 * 1024; // glibc's own largest
    static constexpr int trimThreshold = 64 * 1024 * 1024;
};
