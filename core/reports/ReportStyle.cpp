// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportStyle.h"

#include <QFontDatabase>
#include <QMutex>
#include <QMutexLocker>

namespace {

struct RoleFace
{
    double points;
    bool bold;
    bool italic;
    double leading; // line height as a multiple of the size
};

// Sizes chosen for A4 and Letter read at arm's length and on a projector in a council room.
constexpr std::array<RoleFace, size_t(ReportStyle::Role::Count)> faces{{
    {10.0, false, false, 1.45}, // Body
    {11.5, false, false, 1.45}, // Lead
    {8.5, false, false, 1.35},  // Small
    {8.5, false, true, 1.35},   // Caption
    {20.0, true, false, 1.2},   // Heading1
    {14.0, true, false, 1.25},  // Heading2
    {11.0, true, false, 1.3},   // Heading3
    {8.0, true, false, 1.3},    // TableHeader
    {8.5, false, false, 1.3},   // TableCell
    {8.5, true, false, 1.3},    // TableCellBold
    {20.0, true, false, 1.15},  // FigureValue
    {8.0, false, false, 1.3},   // FigureLabel
    {7.5, false, false, 1.3},   // PageHeader
    {14.0, false, false, 1.3},  // CoverCity
    {30.0, true, false, 1.15},  // CoverTitle
    {13.0, false, false, 1.35}, // CoverSubtitle
}};

constexpr double millimetre = 72.0 / 25.4;

} // namespace

QStringList ReportStyle::families()
{
    static QMutex mutex;
    static QStringList loaded;
    QMutexLocker lock(&mutex);
    if (loaded.isEmpty()) {
        const auto add = [](const QString& file, QStringList faces) {
            QString family;
            for (const QString& face : faces) {
                const int id = QFontDatabase::addApplicationFont(
                    QStringLiteral(":/passerelle/fonts/%1-%2.ttf").arg(file, face));
                if (family.isEmpty() && id >= 0)
                    family = QFontDatabase::applicationFontFamilies(id).value(0);
            }
            return family;
        };
        const QString latin = add(QStringLiteral("NotoSans"),
                                  {QStringLiteral("Regular"), QStringLiteral("Bold"),
                                   QStringLiteral("Italic"), QStringLiteral("BoldItalic")});
        // Without the embedded files (a build that left them out) the system's sans serif.
        loaded << (latin.isEmpty() ? QFontDatabase::systemFont(QFontDatabase::GeneralFont).family()
                                   : latin);
        // The Arabic letters, which Noto Sans lacks, from its Arabic companion.
        const QString arabic = add(QStringLiteral("NotoSansArabic"),
                                   {QStringLiteral("Regular"), QStringLiteral("Bold")});
        if (!arabic.isEmpty())
            loaded << arabic;
    }
    return loaded;
}

QString ReportStyle::family()
{
    return families().constFirst();
}

ReportStyle::ReportStyle(QPageSize::PageSizeId paper)
    : m_pageSize(paper), m_paper(m_pageSize.size(QPageSize::Point)),
      m_margins(20 * millimetre, 22 * millimetre, 20 * millimetre, 20 * millimetre),
      m_reference(1, 1, QImage::Format_ARGB32)
{
    // 720 dots an inch: ten per point.
    const int dotsPerMetre = qRound(72.0 * measureScale / 0.0254);
    m_reference.setDotsPerMeterX(dotsPerMetre);
    m_reference.setDotsPerMeterY(dotsPerMetre);
    const QStringList fontFamilies = families();
    for (size_t i = 0; i < faces.size(); ++i) {
        QFont font;
        font.setFamilies(fontFamilies);
        font.setPointSizeF(faces[i].points);
        font.setBold(faces[i].bold);
        font.setItalic(faces[i].italic);
        font.setHintingPreference(QFont::PreferNoHinting);
        font.setKerning(true);
        // Qt 6.4 has no switch for OpenType features, but it shapes text that has a letter
        // spacing without ligatures: "fi" stays two letters that pdftotext and a PDF viewer's
        // search find, rather than one "ﬁ" glyph that no one types. A spacing of 100.02 % is
        // invisible and scales with the size, so measured and drawn widths still agree.
        font.setLetterSpacing(QFont::PercentageSpacing, 100.02);
        m_fonts[i] = QFont(font, &m_reference);
        m_metrics[i] = std::make_unique<QFontMetricsF>(m_fonts[i], &m_reference);
        m_lineHeights[i] = faces[i].points * faces[i].leading;
        m_ascents[i] = m_metrics[i]->ascent() / measureScale +
                       (m_lineHeights[i] - m_metrics[i]->height() / measureScale) / 2;
    }
}

double ReportStyle::pointSize(Role role)
{
    return faces[size_t(role)].points;
}

double ReportStyle::advance(Role role, const QString& text) const
{
    return m_metrics[size_t(role)]->horizontalAdvance(text) / measureScale;
}

QRectF ReportStyle::body() const
{
    return QRectF(
        QPointF(m_margins.left(), m_margins.top()),
        QPointF(m_paper.width() - m_margins.right(), m_paper.height() - m_margins.bottom()));
}

QRectF ReportStyle::headerArea() const
{
    return QRectF(m_margins.left(), 9 * millimetre, body().width(), 8 * millimetre);
}

QRectF ReportStyle::footerArea() const
{
    return QRectF(m_margins.left(), m_paper.height() - 14 * millimetre, body().width(),
                  8 * millimetre);
}
