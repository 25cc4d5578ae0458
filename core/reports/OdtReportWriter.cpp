// SPDX-License-Identifier: GPL-3.0-or-later
#include "OdtReportWriter.h"

#include "OdtAmender.h"
#include "OdtDocumentBuilder.h"
#include "OdtPackage.h"
#include "PdfReportWriter.h"
#include "common/ExportTarget.h"

#include <QBuffer>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

std::unique_ptr<QTextDocument> OdtReportWriter::toTextDocument(const ReportDocument& document)
{
    return OdtDocumentBuilder(document).build();
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
        return ExportTarget::cannotWrite(path, tr("the document could not be converted"));
    if (!step(total - 1))
        return Error{PdfReportWriter::cancelledMessage()};

    const std::optional<QList<OdtPackage::Part>> parts = OdtPackage::read(written.data());
    const ReportStyle style;
    OdtAmender amender(*text, document, style);
    amender.setPictures(builder.pictures());
    const std::optional<QList<OdtPackage::Part>> amended =
        parts ? amender.amend(*parts, QDateTime::currentDateTimeUtc()) : std::nullopt;
    if (!amended)
        return ExportTarget::cannotWrite(path, tr("the document could not be converted"));
    const QByteArray bytes = OdtPackage::write(*amended);
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
