// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfProbe.h"

#include <QProcess>

namespace {

QString run(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QStringList PdfProbe::pages(const QString& path)
{
    QStringList pages =
        run(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
            .split(QLatin1Char('\f'));
    // pdftotext ends every page with a form feed, the last one too.
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QMap<QString, QString> PdfProbe::info(const QString& path)
{
    QMap<QString, QString> fields;
    const QStringList lines = run(QStringLiteral("pdfinfo"), {path}).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const int colon = int(line.indexOf(QLatin1Char(':')));
        if (colon > 0)
            fields.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    return fields;
}

QString PdfProbe::xmp(const QString& path)
{
    return run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
}

QStringList PdfProbe::fonts(const QString& path)
{
    QStringList lines =
        run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(2);
}

QString PdfProbe::structureProblems(const QString& path)
{
    int code = 0;
    const QString out = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &code);
    return code == 0 ? QString() : out;
}
