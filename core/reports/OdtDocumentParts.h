// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OdtPackage.h"
#include "ReportDocument.h"
#include "ReportStyle.h"

#include <QByteArray>
#include <QDateTime>

// The parts of an OpenDocument text that Qt 6.4's writer does not write at all: meta.xml (title,
// subject, author, language, dates), styles.xml (paper, margins, font, language, direction, no
// widows or orphans) and the manifest that lists every part.
class OdtDocumentParts
{
public:
    static QByteArray meta(const ReportDocument& document, const QDateTime& created);
    static QByteArray styles(const ReportDocument& document, const ReportStyle& style);
    static QByteArray manifest(const QList<OdtPackage::Part>& parts);
};
