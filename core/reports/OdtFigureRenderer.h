// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"
#include "ReportPaginator.h"

#include <QByteArray>
#include <QHash>

#include <optional>

// The figures of a report as PNG pictures at print resolution, for the OpenDocument text.
// Encoding a picture is most of an ODT's time (libpng's filters and zlib: about 30 ms for a
// timeline slice at 200 dpi, and a 2,000-action plan has some 300 of them), so the figures are
// drawn and encoded on as many threads as the machine has cores. The renderers' closures
// capture their data by value and only draw (ReportDocument), so they may run side by side.
class OdtFigureRenderer
{
public:
    static constexpr double dpi = 200;

    // The PNG bytes of each figure by its index in document.blocks; nothing when stopped.
    // progress is called on the calling thread.
    static std::optional<QHash<int, QByteArray>> render(const ReportDocument& document,
                                                        double textWidth,
                                                        const ReportPaginator::Progress& progress);
    // A figure's size in points (a width of 0 is the text column's).
    static QSizeF size(const ReportFigure& figure, double textWidth);
    static QByteArray render(const ReportFigure& figure, double textWidth,
                             Qt::LayoutDirection direction);
};
