// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OdtPackage.h"
#include "ReportDocument.h"
#include "ReportStyle.h"

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <optional>

class QTextDocument;

// What Qt 6.4's ODF writer leaves out or gets wrong, put right in the archive it wrote: every
// block a plain paragraph (no text:h, so no outline and no contents for LibreOffice to make), no
// table:table-header-rows (the header not repeated on the next page), no cell backgrounds, cells
// without padding or with styles never defined, column widths in a unit ODF does not know, no
// gap after bullets, a tab before each line break, no pictures' alternative text, no writing
// direction; meta.xml and styles.xml come from OdtDocumentParts. Everything is read from the
// QTextDocument Qt wrote and from the report, so the text itself is Qt's, untouched.
class OdtAmender
{
public:
    OdtAmender(const QTextDocument& text, const ReportDocument& document, const ReportStyle& style);

    // The archive's parts amended; nothing when Qt's content.xml cannot be read.
    std::optional<QList<OdtPackage::Part>> amend(const QList<OdtPackage::Part>& parts,
                                                 const QDateTime& created) const;

    // Pictures that Qt's writer got as a pixel (OdtDocumentBuilder::setPicturesApart), by the
    // name the document gave them.
    void setPictures(const QHash<QString, QByteArray>& pictures) { m_pictures = pictures; }

    // replaced gets the parts Qt wrote for those pictures, now unused.
    std::optional<QByteArray> content(const QByteArray& written,
                                      QSet<QString>* replaced = nullptr) const;

private:
    const ReportDocument& m_document;
    const ReportStyle& m_style;
    QHash<QString, int> m_headingStyles;  // "p12" → outline level
    QHash<QString, int> m_headerRows;     // "Table40" → rows repeated
    QHash<int, QColor> m_cellBackgrounds; // cell format index → fill
    QHash<QString, QByteArray> m_pictures;
    QHash<QString, QString> m_altTexts; // picture name → what it shows
};
