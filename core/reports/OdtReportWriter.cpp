// SPDX-License-Identifier: GPL-3.0-or-later
#include "OdtReportWriter.h"

#include "OdtAmender.h"
#include "OdtDocumentBuilder.h"
#include "OdtPackage.h"
#include "PdfReportWriter.h"
#include "common/ExportTarget.h"

#include <QBuffer>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

std::unique_ptr<QTextDocument> OdtReportWriter::toTextDocument(const ReportDocument& document)
{
    return OdtDocumentBuilder(document).build();
}

Error OdtReportWriter::notMade(const QString& path)
{
    return Error{tr("“%1” could not be made: the report could not be turned into an "
                    "OpenDocument text. Export it as a PDF instead.")
                     .arg(QFileInfo(path).fileName())};
}

Result<void> OdtReportWriter::write(const QString& path, bool overwrite,
                                    const ReportDocument& document,
                                    const ReportPaginator::Progress& progress)
{
    if (Result<void> target = ExportTarget::check(path, overwrite); !target)
        return target;
    // Building the text document (the figures, then the blocks) is most of the work; Qt's
    // writer and the amendments are the last two steps.
    int total = int(document.blocks.size()) + 2;
    const auto step = [&](int done) { return !progress || progress(done, total); };
    OdtDocumentBuilder builder(document);
    builder.setPicturesApart(true);
    const std::unique_ptr<QTextDocument> text = builder.build([&](int done, int all) {
        total = all + 2;
        return step(done);
    });
    if (!text)
        return Error{PdfReportWriter::cancelledMessage()};

    QBuffer written;
    written.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&written, "odf");
    if (!writer.write(text.get()))
        return notMade(path);
    if (!step(total - 1))
        return Error{PdfReportWriter::cancelledMessage()};

    const std::optional<QList<OdtPackage::Part>> parts = OdtPackage::read(written.data());
    const ReportStyle style(document.paper);
    OdtAmender amender(*text, document, style);
    amender.setPictures(builder.pictures());
    const std::optional<QList<OdtPackage::Part>> amended =
        parts ? amender.amend(*parts, QDateTime::currentDateTimeUtc()) : std::nullopt;
    if (!amended)
        return notMade(path);
    const QByteArray bytes = OdtPackage::write(*amended);
    if (bytes.isEmpty())
        return notMade(path);
    if (!step(total))
        return Error{PdfReportWriter::cancelledMessage()};

    // Only now is the file opened: a cancelled export has not touched the disk.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportTarget::cannotWrite(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return ExportTarget::cannotWrite(path, reason);
    }
    if (!file.commit())
        return ExportTarget::cannotSave(path, file.errorString());
    return {};
}
