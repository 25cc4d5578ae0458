// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeapSettings.h"

#include <cstdlib> // defines __GLIBC__ where it is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

bool HeapSettings::keepLargeBuffers()
{
#if defined(__GLIBC__)
    // Both, or neither: a fixed trim threshold alone also fixes the mmap threshold at its
    // 128 KiB default, and every page's buffers would then be mapped and unmapped.
    return mallopt(M_MMAP_THRESHOLD, mmapThreshold) == 1 &&
           mallopt(M_TRIM_THRESHOLD, trimThreshold) == 1;
#else
    return false;
#endif
}
