// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfReportWriter.h"

#include "ReportPainter.h"
#include "common/ExportTarget.h"

#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QThread>
#include <QXmlStreamWriter>

namespace {

void alternative(QXmlStreamWriter& xml, const QString& element, const QString& value)
{
    xml.writeStartElement(element);
    xml.writeStartElement(QStringLiteral("rdf:Alt"));
    xml.writeStartElement(QStringLiteral("rdf:li"));
    xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
    xml.writeCharacters(value);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
}

void list(QXmlStreamWriter& xml, const QString& element, const QString& kind, const QString& value)
{
    xml.writeStartElement(element);
    xml.writeStartElement(kind);
    xml.writeTextElement(QStringLiteral("rdf:li"), value);
    xml.writeEndElement();
    xml.writeEndElement();
}

} // namespace

QString PdfReportWriter::cancelledMessage()
{
    return tr("The export was cancelled; no file was written.");
}

QByteArray PdfReportWriter::xmp(const ReportDocument& document, const QString& creator,
                                const QDateTime& created)
{
    const QString stamp = created.toUTC().toString(Qt::ISODate);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    out += "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n";
    xml.writeStartElement(QStringLiteral("x:xmpmeta"));
    xml.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    xml.writeStartElement(QStringLiteral("rdf:RDF"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
                       QStringLiteral("rdf"));

    xml.writeStartElement(QStringLiteral("rdf:Description"));
    xml.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
    xml.writeAttribute(QStringLiteral("rdf:about"), QString());
    alternative(xml, QStringLiteral("dc:title"), document.title);
    if (!document.author.isEmpty())
        list(xml, QStringLiteral("dc:creator"), QStringLiteral("rdf:Seq"), document.author);
    if (!document.subject.isEmpty())
        alternative(xml, QStringLiteral("dc:description"), document.subject);
    list(xml, QStringLiteral("dc:language"), QStringLiteral("rdf:Bag"), document.language);
    xml.writeEndElement();

    // Qt writes these into the document information dictionary too: PDF/A wants both to agree.
    xml.writeStartElement(QStringLiteral("rdf:Description"));
    xml.writeNamespace(QStringLiteral("http://ns.adobe.com/xap/1.0/"), QStringLiteral("xmp"));
    xml.writeAttribute(QStringLiteral("rdf:about"), QString());
    xml.writeAttribute(QStringLiteral("xmp:CreatorTool"), creator);
    xml.writeAttribute(QStringLiteral("xmp:CreateDate"), stamp);
    xml.writeAttribute(QStringLiteral("xmp:ModifyDate"), stamp);
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("rdf:Description"));
    xml.writeNamespace(QStringLiteral("http://ns.adobe.com/pdf/1.3/"), QStringLiteral("pdf"));
    xml.writeAttribute(QStringLiteral("rdf:about"), QString());
    xml.writeAttribute(QStringLiteral("pdf:Producer"), QStringLiteral("Qt " QT_VERSION_STR));
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("rdf:Description"));
    xml.writeNamespace(QStringLiteral("http://www.aiim.org/pdfa/ns/id/"), QStringLiteral("pdfaid"));
    xml.writeAttribute(QStringLiteral("rdf:about"), QString());
    xml.writeAttribute(QStringLiteral("pdfaid:part"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("pdfaid:conformance"), QStringLiteral("B"));
    xml.writeEndElement();

    xml.writeEndElement(); // rdf:RDF
    xml.writeEndElement(); // x:xmpmeta
    out += "\n<?xpacket end='w'?>";
    return out;
}

bool PdfReportWriter::write(QIODevice& device, const ReportDocument& document,
                            const ReportStyle& style, const ReportPages& pages,
                            const ReportPaginator::Progress& progress)
{
    QPdfWriter writer(&device);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    // A point a unit: the painter's units are the layout's, and the PDF is vectors anyway.
    writer.setResolution(72);
    writer.setPageSize(style.pageSize());
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(document.title);
    writer.setCreator(ReportDocument::generator());
    // Qt stamps the information dictionary when painting begins, to the second: the XMP must
    // carry the same second, so a begin too close to the next one waits for it.
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (now.time().msec() > 900) {
        QThread::msleep(1005 - now.time().msec());
        now = QDateTime::currentDateTimeUtc();
    }
    writer.setDocumentXmpMetadata(xmp(document, ReportDocument::generator(), now));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const ReportPainter pagePainter(style, document, pages);
    for (int i = 0; i < pages.count(); ++i) {
        if (i > 0)
            writer.newPage();
        pagePainter.paint(painter, i);
        if (progress && !progress(i + 1, pages.count())) {
            painter.end();
            return false;
        }
    }
    return painter.end();
}

Result<void> PdfReportWriter::write(const QString& path, bool overwrite,
                                    const ReportDocument& document, const ReportStyle& style,
                                    const ReportPages& pages,
                                    const ReportPaginator::Progress& progress)
{
    if (Result<void> target = ExportTarget::check(path, overwrite); !target)
        return target;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportTarget::cannotWrite(path, file.errorString());
    bool stopped = false;
    const auto watch = [&](int done, int total) {
        stopped = progress && !progress(done, total);
        return !stopped;
    };
    if (!write(file, document, style, pages, watch)) {
        file.cancelWriting();
        if (stopped)
            return Error{cancelledMessage()};
        return ExportTarget::cannotWrite(path, file.errorString());
    }
    if (!file.commit())
        return ExportTarget::cannotSave(path, file.errorString());
    return {};
}
