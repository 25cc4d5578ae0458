// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportPages.h"

#include <QFont>
#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QThread>

#include <memory>

// Labels shaped once for all the figures of a report that repeat them: a timeline's month
// names on every slice and its actions' names on the slices of every later month, the small
// charts' titles and their "now, target" lines, which many indicators share. Shaping a text is
// the dear part of drawing it (tests/bench/BenchReports): the same text is shaped once, when
// first drawn, and its glyphs drawn wherever it appears.
// The figures' closures share one, and any thread may draw them (the ODT draws its pictures
// on several): each thread gets the texts shaped with its own font engines (ReportPages::Shaped).
class FineTextCache
{
public:
    struct Label
    {
        QString shown; // the text, or its start and "…"
        ReportPages::Shaped shaped;
    };

    // font is bound to ReportStyle's reference device; width, ten times the points, is the
    // room a label has: a longer one is shortened with "…" (none: never shortened).
    FineTextCache(const QFont& font, Qt::LayoutDirection direction, double width = 0);

    // text as drawn on the calling thread, shaped when first asked for.
    std::shared_ptr<const Label> label(const QString& text);

private:
    const QFont m_font;
    const Qt::LayoutDirection m_direction;
    const double m_width;
    // A thread's labels, and the thread: its glyphs' font engines end with it, and a later
    // thread (the next ODT's) may get the same address.
    struct Shaped
    {
        QPointer<QThread> thread;
        QHash<QString, std::shared_ptr<const Label>> labels;
    };
    QMutex m_mutex;
    QHash<const QThread*, Shaped> m_threads;
};
