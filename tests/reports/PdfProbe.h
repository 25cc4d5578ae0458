// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// Reads a PDF back the way people and archives will: poppler's pdftotext, pdfinfo and pdffonts,
// and qpdf's structural check (packages poppler-utils and qpdf, installed by scripts/test).
namespace PdfProbe {
// Each page's text (pdftotext, reading order), one string a page.
QStringList pages(const QString& path);
// pdfinfo's fields ("Pages", "Title", "Page size"...).
QMap<QString, QString> info(const QString& path);
// The XMP packet (pdfinfo -meta).
QString xmp(const QString& path);
// pdffonts' table without its two header lines: one line a font.
QStringList fonts(const QString& path);
// qpdf --check: empty when the structure is sound, else what qpdf said.
QString structureProblems(const QString& path);
} // namespace PdfProbe
