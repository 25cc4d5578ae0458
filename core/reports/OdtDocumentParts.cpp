// SPDX-License-Identifier: GPL-3.0-or-later
#include "OdtDocumentParts.h"

#include <QLocale>
#include <QXmlStreamWriter>

namespace {

const QString officeNS = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString styleNS = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString foNS = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString svgNS = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString metaNS = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString dcNS = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString manifestNS = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");

QString points(double value)
{
    return QString::number(value, 'f', 2) + QLatin1String("pt");
}

} // namespace

QByteArray OdtDocumentParts::meta(const ReportDocument& document, const QDateTime& created)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeNamespace(officeNS, QStringLiteral("office"));
    xml.writeNamespace(metaNS, QStringLiteral("meta"));
    xml.writeNamespace(dcNS, QStringLiteral("dc"));
    xml.writeStartDocument();
    xml.writeStartElement(officeNS, QStringLiteral("document-meta"));
    xml.writeAttribute(officeNS, QStringLiteral("version"), QStringLiteral("1.2"));
    xml.writeStartElement(officeNS, QStringLiteral("meta"));
    xml.writeTextElement(metaNS, QStringLiteral("generator"), ReportDocument::generator());
    xml.writeTextElement(dcNS, QStringLiteral("title"), document.title);
    if (!document.subject.isEmpty())
        xml.writeTextElement(dcNS, QStringLiteral("subject"), document.subject);
    if (!document.author.isEmpty()) {
        xml.writeTextElement(metaNS, QStringLiteral("initial-creator"), document.author);
        xml.writeTextElement(dcNS, QStringLiteral("creator"), document.author);
    }
    const QString stamp = created.toUTC().toString(Qt::ISODate);
    xml.writeTextElement(metaNS, QStringLiteral("creation-date"), stamp);
    xml.writeTextElement(dcNS, QStringLiteral("date"), stamp);
    xml.writeTextElement(dcNS, QStringLiteral("language"), document.language);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray OdtDocumentParts::styles(const ReportDocument& document, const ReportStyle& style)
{
    const QString mode =
        document.direction == Qt::RightToLeft ? QStringLiteral("rl-tb") : QStringLiteral("lr-tb");
    const QLocale locale(document.language);
    const QString country = QLocale::territoryToCode(locale.territory());
    const QString family = ReportStyle::family();
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeNamespace(officeNS, QStringLiteral("office"));
    xml.writeNamespace(styleNS, QStringLiteral("style"));
    xml.writeNamespace(foNS, QStringLiteral("fo"));
    xml.writeNamespace(svgNS, QStringLiteral("svg"));
    xml.writeStartDocument();
    xml.writeStartElement(officeNS, QStringLiteral("document-styles"));
    xml.writeAttribute(officeNS, QStringLiteral("version"), QStringLiteral("1.2"));

    xml.writeStartElement(officeNS, QStringLiteral("font-face-decls"));
    xml.writeEmptyElement(styleNS, QStringLiteral("font-face"));
    xml.writeAttribute(styleNS, QStringLiteral("name"), family);
    xml.writeAttribute(svgNS, QStringLiteral("font-family"),
                       QLatin1Char('\'') + family + QLatin1Char('\''));
    xml.writeAttribute(styleNS, QStringLiteral("font-family-generic"), QStringLiteral("swiss"));
    xml.writeEndElement();

    // The language, so that the word processor checks the spelling in the report's language.
    xml.writeStartElement(officeNS, QStringLiteral("styles"));
    xml.writeStartElement(styleNS, QStringLiteral("default-style"));
    xml.writeAttribute(styleNS, QStringLiteral("family"), QStringLiteral("paragraph"));
    xml.writeEmptyElement(styleNS, QStringLiteral("paragraph-properties"));
    xml.writeAttribute(styleNS, QStringLiteral("writing-mode"), mode);
    // No widows or orphans, as on the PDF's pages.
    xml.writeAttribute(foNS, QStringLiteral("widows"), QStringLiteral("2"));
    xml.writeAttribute(foNS, QStringLiteral("orphans"), QStringLiteral("2"));
    xml.writeEmptyElement(styleNS, QStringLiteral("text-properties"));
    xml.writeAttribute(styleNS, QStringLiteral("font-name"), family);
    xml.writeAttribute(foNS, QStringLiteral("font-size"),
                       points(style.pointSize(ReportStyle::Role::Body)));
    xml.writeAttribute(foNS, QStringLiteral("language"), document.language);
    xml.writeAttribute(styleNS, QStringLiteral("language-complex"), document.language);
    if (!country.isEmpty()) {
        xml.writeAttribute(foNS, QStringLiteral("country"), country);
        xml.writeAttribute(styleNS, QStringLiteral("country-complex"), country);
    }
    xml.writeEndElement(); // default-style
    xml.writeEndElement(); // styles

    const QSizeF paper = style.pageSize().size(QPageSize::Millimeter);
    const QMarginsF margins = style.margins();
    xml.writeStartElement(officeNS, QStringLiteral("automatic-styles"));
    xml.writeStartElement(styleNS, QStringLiteral("page-layout"));
    xml.writeAttribute(styleNS, QStringLiteral("name"), QStringLiteral("Report"));
    xml.writeEmptyElement(styleNS, QStringLiteral("page-layout-properties"));
    // In millimetres: A4 is 595.28 points, which QPageSize rounds to 595.
    const auto millimetres = [](double value) {
        return QString::number(value, 'f', 1) + QLatin1String("mm");
    };
    xml.writeAttribute(foNS, QStringLiteral("page-width"), millimetres(paper.width()));
    xml.writeAttribute(foNS, QStringLiteral("page-height"), millimetres(paper.height()));
    xml.writeAttribute(styleNS, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    xml.writeAttribute(foNS, QStringLiteral("margin-top"), points(margins.top()));
    xml.writeAttribute(foNS, QStringLiteral("margin-bottom"), points(margins.bottom()));
    xml.writeAttribute(foNS, QStringLiteral("margin-left"), points(margins.left()));
    xml.writeAttribute(foNS, QStringLiteral("margin-right"), points(margins.right()));
    xml.writeAttribute(styleNS, QStringLiteral("writing-mode"), mode);
    xml.writeEndElement(); // page-layout
    xml.writeEndElement(); // automatic-styles

    xml.writeStartElement(officeNS, QStringLiteral("master-styles"));
    xml.writeEmptyElement(styleNS, QStringLiteral("master-page"));
    xml.writeAttribute(styleNS, QStringLiteral("name"), QStringLiteral("Standard"));
    xml.writeAttribute(styleNS, QStringLiteral("page-layout-name"), QStringLiteral("Report"));
    xml.writeEndElement();

    xml.writeEndElement(); // document-styles
    xml.writeEndDocument();
    return out;
}

QByteArray OdtDocumentParts::manifest(const QList<OdtPackage::Part>& parts)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeNamespace(manifestNS, QStringLiteral("manifest"));
    xml.writeStartDocument();
    xml.writeStartElement(manifestNS, QStringLiteral("manifest"));
    xml.writeAttribute(manifestNS, QStringLiteral("version"), QStringLiteral("1.2"));
    const auto entry = [&](const QString& path, const QString& type) {
        xml.writeEmptyElement(manifestNS, QStringLiteral("file-entry"));
        xml.writeAttribute(manifestNS, QStringLiteral("full-path"), path);
        xml.writeAttribute(manifestNS, QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
    for (const OdtPackage::Part& part : parts) {
        if (part.name == QLatin1String("mimetype") ||
            part.name.startsWith(QLatin1String("META-INF/")))
            continue;
        // Qt names its pictures without an extension: their first bytes say what they are.
        const QString type = part.data.startsWith("\x89PNG")        ? QStringLiteral("image/png")
                             : part.data.startsWith("\xff\xd8\xff") ? QStringLiteral("image/jpeg")
                                                                    : QStringLiteral("text/xml");
        entry(part.name, type);
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}
