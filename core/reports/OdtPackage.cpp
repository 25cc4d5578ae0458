// SPDX-License-Identifier: GPL-3.0-or-later
#include "OdtPackage.h"

#include <zip.h>

#include <memory>

namespace {

// libzip's handles, closed however the function ends.
struct ArchiveCloser
{
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct SourceFreer
{
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};
using Archive = std::unique_ptr<zip_t, ArchiveCloser>;
using Source = std::unique_ptr<zip_source_t, SourceFreer>;

} // namespace

std::optional<QList<OdtPackage::Part>> OdtPackage::read(const QByteArray& zip)
{
    zip_error_t error;
    zip_error_init(&error);
    Source source(zip_source_buffer_create(zip.constData(), zip_uint64_t(zip.size()), 0, &error));
    zip_error_fini(&error);
    if (!source)
        return std::nullopt;
    Archive archive(zip_open_from_source(source.get(), ZIP_RDONLY | ZIP_CHECKCONS, nullptr));
    if (!archive)
        return std::nullopt;
    // The archive owns the source now.
    zip_source_keep(source.get());
    QList<Part> parts;
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &stat) != 0 ||
            !(stat.valid & ZIP_STAT_SIZE) || !(stat.valid & ZIP_STAT_NAME))
            return std::nullopt;
        // Qt's own files are small; a part claiming more than the whole report could be is
        // not one Passerelle wrote.
        if (stat.size > zip_uint64_t(512) * 1024 * 1024)
            return std::nullopt;
        zip_file_t* file = zip_fopen_index(archive.get(), zip_uint64_t(i), 0);
        if (!file)
            return std::nullopt;
        QByteArray data(qsizetype(stat.size), Qt::Uninitialized);
        const zip_int64_t read = zip_fread(file, data.data(), stat.size);
        zip_fclose(file);
        if (read != zip_int64_t(stat.size))
            return std::nullopt;
        parts.append({QString::fromUtf8(stat.name), data});
    }
    return parts;
}

QByteArray OdtPackage::write(const QList<Part>& parts)
{
    zip_error_t error;
    zip_error_init(&error);
    Source target(zip_source_buffer_create(nullptr, 0, 0, &error));
    zip_error_fini(&error);
    if (!target)
        return {};
    Archive archive(zip_open_from_source(target.get(), ZIP_TRUNCATE, nullptr));
    if (!archive)
        return {};
    // Closing the archive frees its source; the bytes are read from it after.
    zip_source_keep(target.get());
    // 1 January 1980, the zip epoch: the archive's bytes do not depend on the hour.
    const zip_uint16_t dosDate = (1 << 5) | 1;
    for (const Part& part : parts) {
        zip_source_t* data =
            zip_source_buffer(archive.get(), part.data.constData(), part.data.size(), 0);
        if (!data)
            return {};
        const zip_int64_t index = zip_file_add(archive.get(), part.name.toUtf8().constData(), data,
                                               ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (index < 0) {
            zip_source_free(data);
            return {};
        }
        // The format asks for "mimetype" first and stored, so that a program can read the
        // file's type at a fixed place; pictures are compressed already.
        const bool store = part.name == QLatin1String("mimetype") ||
                           part.name.startsWith(QLatin1String("Pictures/"));
        zip_set_file_compression(archive.get(), zip_uint64_t(index),
                                 store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
        zip_file_set_dostime(archive.get(), zip_uint64_t(index), 0, dosDate, 0);
    }
    if (zip_close(archive.get()) != 0)
        return {};
    archive.release();
    zip_stat_t stat;
    if (zip_source_stat(target.get(), &stat) != 0 || zip_source_open(target.get()) != 0)
        return {};
    QByteArray out(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(target.get(), out.data(), stat.size);
    zip_source_close(target.get());
    if (read != zip_int64_t(stat.size))
        return {};
    return out;
}
