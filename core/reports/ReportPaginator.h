// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"
#include "ReportPages.h"
#include "ReportStyle.h"

#include <QHash>

#include <array>
#include <functional>
#include <optional>

// Lays a report out into pages with its own pagination, straight from the measured texts:
// headings kept with what follows, paragraphs without widows or orphans, tables broken between
// rows with their header repeated, figures never cut. Much faster than a QTextDocument of the
// same content (tests/bench/BenchReports), which is what lets a 2,000-action status report be
// written in a fraction of a second.
class ReportPaginator
{
public:
    // Called as the work goes on; returning false stops it (the export's Cancel).
    using Progress = std::function<bool(int done, int total)>;

    explicit ReportPaginator(const ReportStyle& style);

    // Nothing when stopped by progress.
    std::optional<ReportPages> paginate(const ReportDocument& document,
                                        const Progress& progress = {}) const;

    // The lines a plain text takes in width (points), wrapped at word boundaries (anywhere in
    // a word longer than the width); newlines kept.
    QStringList wrap(ReportStyle::Role role, const QString& text, double width) const;

    // The width of a text in points (ReportStyle::advance), measured once: a long table
    // right-aligns the same figures and dates on every page.
    double advance(ReportStyle::Role role, const QString& text) const;

    // One line of text shaped in the given direction as ReportPainter draws it, the same
    // object for the same text and direction.
    std::shared_ptr<const ReportPages::Shaped> shaped(ReportStyle::Role role, const QString& text,
                                                      Qt::LayoutDirection direction) const;

private:
    QStringList layOut(ReportStyle::Role role, const QString& text, double width) const;

    // What wrap() measured, per role: a long table repeats its leads, statuses, dates and
    // often its titles, and measuring a text is shaping it. A paginator serves one thread.
    struct Measured
    {
        double advance = -1;
        double wrappedAt = -1;
        QStringList lines;
    };
    const ReportStyle& m_style;
    mutable std::array<QHash<QString, Measured>, size_t(ReportStyle::Role::Count)> m_measured;
    using ShapedTexts = QHash<QString, std::shared_ptr<const ReportPages::Shaped>>;
    // Left to right, then right to left: a text keeps its own direction inside a report of
    // the other, and a wrapped line its paragraph's.
    mutable std::array<std::array<ShapedTexts, size_t(ReportStyle::Role::Count)>, 2> m_shaped;
};
