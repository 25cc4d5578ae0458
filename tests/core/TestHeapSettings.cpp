// SPDX-License-Identifier: GPL-3.0-or-later
// HeapSettings: a freed page buffer of Qt's PDF writer (10 MB) stays in the process for the next
// page instead of going back to the kernel: glibc's own counters say where a buffer came from.
#include "common/HeapSettings.h"

#include <QTest>

#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

class TestHeapSettings : public QObject
{
    Q_OBJECT

private slots:
    void largeBuffersStayInTheProcess();
};

void TestHeapSettings::largeBuffersStayInTheProcess()
{
#if defined(__GLIBC__)
    constexpr size_t tenMb = 10 * 1024 * 1024;
    // glibc's default maps a buffer of 10 MB apart, and unmaps it when freed (unless the
    // process freed a larger mapped one before, which raises the threshold): not asserted.
    const size_t mappedBefore = mallinfo2().hblks;
    QVERIFY(HeapSettings::keepLargeBuffers());
    // Now from the heap, and still the heap's after two are freed: the next page's buffers
    // are there without asking the kernel.
    void* a = std::malloc(tenMb);
    void* b = std::malloc(tenMb);
    QVERIFY(a && b);
    QCOMPARE(mallinfo2().hblks, mappedBefore);
    std::memset(a, 1, tenMb);
    std::memset(b, 1, tenMb);
    const size_t heap = mallinfo2().arena;
    QVERIFY(heap >= 2 * tenMb);
    std::free(b);
    std::free(a);
    QCOMPARE(mallinfo2().arena, heap);
    QVERIFY(mallinfo2().fordblks >= 2 * tenMb);
#else
    QVERIFY(!HeapSettings::keepLargeBuffers());
#endif
}

QTEST_GUILESS_MAIN(TestHeapSettings)
#include "TestHeapSettings.moc"
