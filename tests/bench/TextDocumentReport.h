// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportDocument.h"

#include <QObject>
#include <QTextObjectInterface>

#include <memory>
#include <vector>

class QTextDocument;

// A report as a QTextDocument, to compare like with like in bench_reports: the text and tables
// OdtReportWriter makes, and the figures drawn as vectors by their own closures at print time
// (a QTextObjectInterface), as ReportPainter draws them, rather than as the ODT's pictures.
class TextDocumentReport : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit TextDocumentReport(const ReportDocument& document, double textWidth);

    // The document, paginated at paper (points) with margin (points) on every page.
    std::unique_ptr<QTextDocument> build(const QSizeF& paper, double margin);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    const ReportDocument& m_document;
    double m_textWidth;
    std::vector<const ReportFigure*> m_figures;
};
