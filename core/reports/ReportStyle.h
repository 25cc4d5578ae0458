// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QMarginsF>
#include <QPageSize>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>

// The typography and the page of every report: one font (Noto Sans, embedded in the program
// so that a report looks the same on every machine and its PDF embeds a font that allows it),
// sizes and colours per role, margins. Text is measured on a reference device ten times finer
// than a point, so that widths measured here are the widths the PDF draws (no rounding to
// whole pixels at 8 pt).
class ReportStyle
{
public:
    enum class Role
    {
        Body,
        Lead,
        Small,
        Caption,
        Heading1,
        Heading2,
        Heading3,
        TableHeader,
        TableCell,
        TableCellBold,
        FigureValue,
        FigureLabel,
        PageHeader,
        CoverCity,
        CoverTitle,
        CoverSubtitle,
        Count
    };

    explicit ReportStyle(QPageSize::PageSizeId paper = QPageSize::A4);

    // The families of the embedded fonts, loaded once per process; needs a QGuiApplication.
    // Noto Sans first, then Noto Sans Arabic for the letters it lacks.
    static QStringList families();
    // The first of them, for what takes a single family (the OpenDocument's styles).
    static QString family();

    const QFont& font(Role role) const { return m_fonts[size_t(role)]; }
    // In points, the font's size on the reference device.
    static double pointSize(Role role);
    double lineHeight(Role role) const { return m_lineHeights[size_t(role)]; }
    double ascent(Role role) const { return m_ascents[size_t(role)]; }
    double advance(Role role, const QString& text) const;
    // Metrics ten times larger than points (divide by measureScale()).
    const QFontMetricsF& metrics(Role role) const { return *m_metrics[size_t(role)]; }
    // The device texts are laid out on (QTextLayout), and its scale to points.
    QPaintDevice* referenceDevice() const { return &m_reference; }
    static constexpr double measureScale = 10.0;

    // The reports' colours, also those of the figures drawn for them.
    static QColor text() { return QColor(0x1f, 0x29, 0x33); }
    static QColor muted() { return QColor(0x5b, 0x66, 0x70); }
    static QColor accent() { return QColor(0x1d, 0x5c, 0x8c); }
    static QColor rule() { return QColor(0xc6, 0xcf, 0xd8); }
    static QColor tint() { return QColor(0xea, 0xf1, 0xf7); }
    static QColor zebra() { return QColor(0xf6, 0xf8, 0xfa); }
    static QColor late() { return QColor(0xb0, 0x3a, 0x2e); }
    static QColor delayed() { return QColor(0xc2, 0x6a, 0x1b); }
    static QColor done() { return QColor(0x2e, 0x7d, 0x4f); }

    QPageSize pageSize() const { return m_pageSize; }
    QSizeF paperSize() const { return m_paper; }    // points
    QMarginsF margins() const { return m_margins; } // points
    QRectF body() const;                            // the text area, points
    QRectF headerArea() const;
    QRectF footerArea() const;

private:
    QPageSize m_pageSize;
    QSizeF m_paper;
    QMarginsF m_margins;
    mutable QImage m_reference;
    std::array<QFont, size_t(Role::Count)> m_fonts;
    std::array<std::unique_ptr<QFontMetricsF>, size_t(Role::Count)> m_metrics;
    std::array<double, size_t(Role::Count)> m_lineHeights{};
    std::array<double, size_t(Role::Count)> m_ascents{};
};
