// SPDX-License-Identifier: GPL-3.0-or-later
#include "OdtAmender.h"

#include "OdtDocumentParts.h"

#include <QSet>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace {

const QString officeNS = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString textNS = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString styleNS = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString foNS = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString tableNS = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString drawNS = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
const QString xlinkNS = QStringLiteral("http://www.w3.org/1999/xlink");
const QString svgNS = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");

void collectTables(const QTextFrame* frame, QHash<QString, int>& headerRows)
{
    for (const QTextFrame* child : frame->childFrames()) {
        if (const auto* table = qobject_cast<const QTextTable*>(child))
            headerRows.insert(QStringLiteral("Table%1").arg(table->formatIndex()),
                              table->format().headerRowCount());
        collectTables(child, headerRows);
    }
}

const QString plainCell = QStringLiteral("PasserelleCell");
constexpr double cellPadding = 3;

// The cell format a cell style was written for: "T41", or "TB40.41" in a table with borders.
int cellFormatOf(const QString& style)
{
    if (style.startsWith(QLatin1String("TB")))
        return style.section(QLatin1Char('.'), 1).toInt();
    if (style.startsWith(QLatin1Char('T')))
        return style.mid(1).toInt();
    return -1;
}

QString points(double value)
{
    return QString::number(value, 'f', 2) + QLatin1String("pt");
}

} // namespace

OdtAmender::OdtAmender(const QTextDocument& text, const ReportDocument& document,
                       const ReportStyle& style)
    : m_document(document), m_style(style)
{
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        if (const int level = block.blockFormat().headingLevel(); level > 0)
            m_headingStyles.insert(QStringLiteral("p%1").arg(block.blockFormatIndex()), level);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat() && !format.toolTip().isEmpty())
                m_altTexts.insert(format.toImageFormat().name(), format.toolTip());
        }
    }
    collectTables(text.rootFrame(), m_headerRows);
    const QList<QTextFormat> formats = text.allFormats();
    for (int i = 0; i < formats.size(); ++i) {
        if (formats.at(i).isTableCellFormat() &&
            formats.at(i).hasProperty(QTextFormat::BackgroundBrush))
            m_cellBackgrounds.insert(i, formats.at(i).background().color());
    }
}

std::optional<QByteArray> OdtAmender::content(const QByteArray& written,
                                              QSet<QString>* replaced) const
{
    struct Table
    {
        int headerRows = 0;
        int rows = 0;
    };
    const bool rtl = m_document.direction == Qt::RightToLeft;
    QXmlStreamReader in(written);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    QList<Table> tables;
    QString style;        // the automatic style being copied
    QSet<QString> styles; // the automatic styles written so far
    QString pictureName;  // the picture frame being copied
    // Qt writes a tab before every line break ("so that a justified last line does not
    // stretch") and, formatting its XML, a new line and an indent between them, which is a
    // space in ODF: in a narrow cell they push the break onto a line of its own. Both are held
    // back, and dropped when the line break follows.
    bool tabHeld = false;
    QString spaceHeld;
    while (!in.atEnd()) {
        const QXmlStreamReader::TokenType token = in.readNext();
        if (token == QXmlStreamReader::Invalid)
            break;
        const QStringView ns = in.namespaceUri();
        const QStringView name = in.name();
        if (ns == textNS && name == QLatin1String("tab")) {
            if (token == QXmlStreamReader::EndElement) {
                if (tabHeld)
                    xml.writeEmptyElement(textNS, QStringLiteral("tab"));
                tabHeld = true;
            }
            continue;
        }
        if (tabHeld && token == QXmlStreamReader::Characters && in.isWhitespace()) {
            spaceHeld += in.text();
            continue;
        }
        if (tabHeld) {
            if (token != QXmlStreamReader::StartElement || ns != textNS ||
                name != QLatin1String("line-break")) {
                xml.writeEmptyElement(textNS, QStringLiteral("tab"));
                xml.writeCharacters(spaceHeld);
            }
            tabHeld = false;
            spaceHeld.clear();
        }
        if (token == QXmlStreamReader::EndElement) {
            if (ns == officeNS && name == QLatin1String("automatic-styles")) {
                xml.writeStartElement(styleNS, QStringLiteral("style"));
                xml.writeAttribute(styleNS, QStringLiteral("name"), plainCell);
                xml.writeAttribute(styleNS, QStringLiteral("family"), QStringLiteral("table-cell"));
                xml.writeEmptyElement(styleNS, QStringLiteral("table-cell-properties"));
                xml.writeAttribute(foNS, QStringLiteral("padding"), points(cellPadding));
                xml.writeEndElement();
            }
            if (ns == tableNS && name == QLatin1String("table-row") && !tables.isEmpty() &&
                tables.last().rows == tables.last().headerRows) {
                xml.writeEndElement(); // the row
                xml.writeEndElement(); // table:table-header-rows
                continue;
            }
            if (ns == tableNS && name == QLatin1String("table") && !tables.isEmpty())
                tables.removeLast();
            if (ns == drawNS && name == QLatin1String("frame")) {
                const QString alt = m_altTexts.value(pictureName);
                if (!alt.isEmpty()) {
                    xml.writeTextElement(svgNS, QStringLiteral("title"), alt);
                    xml.writeTextElement(svgNS, QStringLiteral("desc"), alt);
                }
                pictureName.clear();
            }
        }
        if (token != QXmlStreamReader::StartElement) {
            xml.writeCurrentToken(in);
            continue;
        }
        const QXmlStreamAttributes attributes = in.attributes();
        int level = 0;
        if (ns == textNS && name == QLatin1String("p"))
            level = m_headingStyles.value(
                attributes.value(textNS, QLatin1String("style-name")).toString());
        if (ns == tableNS && name == QLatin1String("table")) {
            tables.append({m_headerRows.value(
                               attributes.value(tableNS, QLatin1String("style-name")).toString()),
                           0});
        }
        if (ns == tableNS && name == QLatin1String("table-row") && !tables.isEmpty()) {
            Table& table = tables.last();
            if (table.rows == 0 && table.headerRows > 0)
                xml.writeStartElement(tableNS, QStringLiteral("table-header-rows"));
            ++table.rows;
        }
        for (const QXmlStreamNamespaceDeclaration& declaration : in.namespaceDeclarations())
            xml.writeNamespace(declaration.namespaceUri().toString(),
                               declaration.prefix().toString());
        xml.writeStartElement(ns.toString(), level > 0 ? QStringLiteral("h") : name.toString());
        if (ns == styleNS && name == QLatin1String("text-properties")) {
            // Qt 6.4 writes "Sans" for formats that name their family with setFontFamilies().
            for (const QXmlStreamAttribute& attribute : attributes) {
                if (attribute.namespaceUri() != foNS || attribute.name() != u"font-family")
                    xml.writeAttribute(attribute);
            }
            xml.writeAttribute(foNS, QStringLiteral("font-family"), ReportStyle::family());
        } else if (ns == styleNS && name == QLatin1String("table-properties")) {
            // Qt writes a width of 100 % as "100pt": every table takes the text's width.
            for (const QXmlStreamAttribute& attribute : attributes) {
                if (attribute.namespaceUri() != styleNS || attribute.name() != u"width")
                    xml.writeAttribute(attribute);
            }
            xml.writeAttribute(styleNS, QStringLiteral("width"), points(m_style.body().width()));
            xml.writeAttribute(styleNS, QStringLiteral("rel-width"), QStringLiteral("100%"));
            xml.writeAttribute(tableNS, QStringLiteral("align"), QStringLiteral("margins"));
        } else if (ns == drawNS && name == QLatin1String("image") &&
                   m_pictures.contains(pictureName)) {
            for (const QXmlStreamAttribute& attribute : attributes) {
                if (attribute.namespaceUri() == xlinkNS && attribute.name() == u"href") {
                    if (replaced)
                        replaced->insert(attribute.value().toString());
                } else {
                    xml.writeAttribute(attribute);
                }
            }
            xml.writeAttribute(xlinkNS, QStringLiteral("href"),
                               QStringLiteral("Pictures/") + pictureName);
        } else if (ns == tableNS && name == QLatin1String("table-cell")) {
            // A cell whose format is only its text's gets a style name Qt never defines, and a
            // cell without a format none: both would have no padding, and the columns' texts
            // would touch.
            const QString cellStyle =
                attributes.value(tableNS, QLatin1String("style-name")).toString();
            for (const QXmlStreamAttribute& attribute : attributes) {
                if (attribute.namespaceUri() != tableNS || attribute.name() != u"style-name")
                    xml.writeAttribute(attribute);
            }
            xml.writeAttribute(tableNS, QStringLiteral("style-name"),
                               styles.contains(cellStyle) ? cellStyle : plainCell);
        } else if (ns == styleNS && name == QLatin1String("table-column-properties")) {
            // Qt writes shares as "25%", which ODF does not know for a column (LibreOffice
            // then sizes columns by itself): a length and a relative width instead.
            const QString share =
                attributes.value(styleNS, QLatin1String("column-width")).toString();
            if (share.endsWith(QLatin1Char('%'))) {
                const double percent = share.chopped(1).toDouble();
                xml.writeAttribute(styleNS, QStringLiteral("column-width"),
                                   points(m_style.body().width() * percent / 100));
                xml.writeAttribute(styleNS, QStringLiteral("rel-column-width"),
                                   QString::number(qRound(percent * 100)) + QLatin1Char('*'));
            } else {
                xml.writeAttributes(attributes);
            }
        } else if (ns == styleNS && name == QLatin1String("table-cell-properties")) {
            // Qt writes a table's cell padding only for tables with borders.
            xml.writeAttributes(attributes);
            bool padded = false;
            for (const QXmlStreamAttribute& attribute : attributes)
                padded = padded || attribute.name().startsWith(u"padding");
            if (!padded)
                xml.writeAttribute(foNS, QStringLiteral("padding"), points(cellPadding));
        } else {
            xml.writeAttributes(attributes);
        }
        if (level > 0)
            xml.writeAttribute(textNS, QStringLiteral("outline-level"), QString::number(level));
        if (ns == styleNS && name == QLatin1String("style")) {
            style = attributes.value(styleNS, QLatin1String("name")).toString();
            styles.insert(style);
        }
        if (ns == drawNS && name == QLatin1String("frame"))
            pictureName = attributes.value(drawNS, QLatin1String("name")).toString();
        if (ns == styleNS && name == QLatin1String("paragraph-properties")) {
            if (rtl)
                xml.writeAttribute(styleNS, QStringLiteral("writing-mode"),
                                   QStringLiteral("rl-tb"));
            // A heading stays with what follows it, as on the PDF's pages.
            if (m_headingStyles.contains(style))
                xml.writeAttribute(foNS, QStringLiteral("keep-with-next"),
                                   QStringLiteral("always"));
        }
        if (ns == styleNS && name == QLatin1String("table-properties") && rtl)
            xml.writeAttribute(styleNS, QStringLiteral("writing-mode"), QStringLiteral("rl-tb"));
        if (ns == styleNS && name == QLatin1String("table-cell-properties")) {
            if (const QColor fill = m_cellBackgrounds.value(cellFormatOf(style)); fill.isValid())
                xml.writeAttribute(foNS, QStringLiteral("background-color"), fill.name());
        }
        // Qt writes no gap between the bullet and the text.
        if (ns == styleNS && name == QLatin1String("list-level-properties"))
            xml.writeAttribute(textNS, QStringLiteral("min-label-width"), QStringLiteral("5mm"));
    }
    if (in.hasError())
        return std::nullopt;
    return out;
}

std::optional<QList<OdtPackage::Part>> OdtAmender::amend(const QList<OdtPackage::Part>& parts,
                                                         const QDateTime& created) const
{
    QList<OdtPackage::Part> amended{
        {QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text")}};
    bool hasContent = false;
    QSet<QString> replaced;
    for (const OdtPackage::Part& part : parts) {
        if (part.name == QLatin1String("content.xml")) {
            std::optional<QByteArray> fixed = content(part.data, &replaced);
            if (!fixed)
                return std::nullopt;
            amended.append({part.name, *fixed});
            hasContent = true;
        }
    }
    for (const OdtPackage::Part& part : parts) {
        if (part.name != QLatin1String("mimetype") &&
            part.name != QLatin1String("META-INF/manifest.xml") &&
            part.name != QLatin1String("content.xml") && !replaced.contains(part.name))
            amended.append(part);
    }
    for (auto it = m_pictures.cbegin(); it != m_pictures.cend(); ++it)
        amended.append({QStringLiteral("Pictures/") + it.key(), it.value()});
    if (!hasContent)
        return std::nullopt;
    amended.append({QStringLiteral("styles.xml"), OdtDocumentParts::styles(m_document, m_style)});
    amended.append({QStringLiteral("meta.xml"), OdtDocumentParts::meta(m_document, created)});
    amended.append({QStringLiteral("META-INF/manifest.xml"), OdtDocumentParts::manifest(amended)});
    return amended;
}
