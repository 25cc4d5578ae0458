// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "TestFiles.h"
#include "stakeholders/StakeholderCsvColumns.h"
#include "stakeholders/StakeholderRepository.h"
#include "stakeholders/StakeholderXlsxExport.h"
#include "themes/ThemeRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

// The Excel export read back: the workbook is unzipped here (zlib, the format's own deflate)
// and its XML parts checked for the stakeholders, their accents, numbers, dates, the frozen
// header rows and the sheet of contacts marked as personal data; with personal data left out,
// no contact and no private note anywhere in the workbook.
class TestStakeholderXlsxExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;

    // The parts of a zip archive by name, inflated; empty when the archive is not readable.
    static QHash<QString, QByteArray> unzip(const QByteArray& zip)
    {
        QHash<QString, QByteArray> parts;
        const auto u16 = [&zip](qsizetype at) {
            return qFromLittleEndian<quint16>(zip.constData() + at);
        };
        const auto u32 = [&zip](qsizetype at) {
            return qFromLittleEndian<quint32>(zip.constData() + at);
        };
        const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
        if (end < 0 || end + 22 > zip.size())
            return parts;
        qsizetype entry = u32(end + 16);
        for (int i = 0; i < u16(end + 10); ++i) {
            if (entry + 46 > zip.size() || u32(entry) != 0x02014b50)
                return {};
            const quint16 method = u16(entry + 10);
            const quint32 packed = u32(entry + 20);
            const quint32 size = u32(entry + 24);
            const quint16 nameLength = u16(entry + 28);
            const QString name = QString::fromUtf8(zip.mid(entry + 46, nameLength));
            const qsizetype local = u32(entry + 42);
            const qsizetype data = local + 30 + u16(local + 26) + u16(local + 28);
            QByteArray out(size, Qt::Uninitialized);
            if (method == 0) {
                out = zip.mid(data, packed);
            } else {
                z_stream z = {};
                inflateInit2(&z, -MAX_WBITS);
                z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zip.constData() + data));
                z.avail_in = packed;
                z.next_out = reinterpret_cast<Bytef*>(out.data());
                z.avail_out = size;
                const int r = inflate(&z, Z_FINISH);
                inflateEnd(&z);
                if (r != Z_STREAM_END)
                    return {};
            }
            parts.insert(name, out);
            entry += 46 + nameLength + u16(entry + 30) + u16(entry + 32);
        }
        return parts;
    }

private slots:
    void init()
    {
        m_city = TestCity::create(QStringLiteral("Valmer"), QStringLiteral("fr"));
        StakeholderRepository& repo = m_city->repositories().stakeholders();
        Stakeholder s;
        s.name = QStringLiteral("Crèche « Les Lutins »");
        s.kind = Stakeholder::Kind::ServiceProvider;
        s.influence = 4;
        s.interest = 2;
        s.themeIds << m_city->repositories().themes().themes().first().meta.id;
        QVERIFY(repo.add(s));
        ContactPerson c;
        c.stakeholderId = s.meta.id;
        c.name = QStringLiteral("Hélène Çelik");
        c.email = QStringLiteral("helene@lutins.example.org");
        c.consentToContact = true;
        QVERIFY(repo.add(c));
        Engagement e;
        e.stakeholderId = s.meta.id;
        e.date = QDate(2026, 3, 14);
        QVERIFY(repo.add(e));
        Stakeholder other;
        other.name = QStringLiteral("Préfecture");
        other.notes = QStringLiteral("Le préfet se méfie de l’adjointe");
        other.notesPrivate = true;
        QVERIFY(repo.add(other));
        Stakeholder open;
        open.name = QStringLiteral("Maison des associations");
        open.notes = QStringLiteral("Salle prêtée le mardi");
        QVERIFY(repo.add(open));
    }

    // Every part of the workbook at path, inflated, as one text.
    static QString allParts(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QString text;
        const QHash<QString, QByteArray> parts = unzip(file.readAll());
        for (const QByteArray& part : parts)
            text += QString::fromUtf8(part);
        return text;
    }
    void cleanup() { m_city.reset(); }

    void workbookReadsBack()
    {
        const QString path = m_city->dir().filePath(QStringLiteral("acteurs.xlsx"));
        const StakeholderXlsxExport exporter(m_city->repositories().stakeholders(),
                                             m_city->repositories().themes(),
                                             PersonalData::Policy::Include);
        const Result<int> written = exporter.write(path);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(written.value(), 3);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith(QByteArray("PK\x03\x04", 4)));
        const QHash<QString, QByteArray> parts = unzip(bytes);
        QVERIFY2(parts.contains(QStringLiteral("xl/workbook.xml")),
                 qPrintable(parts.keys().join(u' ')));

        const QString workbook = QString::fromUtf8(parts.value(QStringLiteral("xl/workbook.xml")));
        QVERIFY(workbook.contains(QStringLiteral("name=\"Stakeholders\"")));
        QVERIFY(workbook.contains(QStringLiteral("name=\"Contacts (personal data)\"")));

        const QString strings =
            QString::fromUtf8(parts.value(QStringLiteral("xl/sharedStrings.xml")));
        QVERIFY(strings.contains(QStringLiteral("Crèche « Les Lutins »")));
        QVERIFY(strings.contains(QStringLiteral("Hélène Çelik")));
        QVERIFY(strings.contains(QStringLiteral("Préfecture")));
        QVERIFY(strings.contains(QStringLiteral("Personal data")));
        QVERIFY(strings.contains(Stakeholder::label(Stakeholder::Kind::ServiceProvider)));
        // Private notes travel marked as such.
        QVERIFY(strings.contains(QStringLiteral("Le préfet se méfie de l’adjointe")));
        QVERIFY(strings.contains(QStringLiteral("Notes are private")));

        const QString list =
            QString::fromUtf8(parts.value(QStringLiteral("xl/worksheets/sheet1.xml")));
        // The header row is frozen, columns have widths, scores are numbers.
        QVERIFY(list.contains(QStringLiteral("ySplit=\"1\"")));
        QVERIFY(list.contains(QStringLiteral("<col ")));
        QVERIFY(list.contains(QStringLiteral("<c r=\"E2\"><v>4</v></c>")) ||
                list.contains(QStringLiteral("<c r=\"E3\"><v>4</v></c>")));
        // 14 March 2026 is Excel's day 46095, in a cell with a date format.
        const qsizetype date = list.indexOf(QStringLiteral("<v>46095</v>"));
        QVERIFY(date > 0);
        const QString dateCell = list.mid(list.lastIndexOf(QStringLiteral("<c "), date),
                                          date - list.lastIndexOf(QStringLiteral("<c "), date));
        QVERIFY2(dateCell.contains(QStringLiteral(" s=\"")), qPrintable(dateCell));
        const QString styles = QString::fromUtf8(parts.value(QStringLiteral("xl/styles.xml")));
        QVERIFY(styles.contains(QStringLiteral("numFmtId=\"14\"")));
        QVERIFY(styles.contains(QStringLiteral("<b/>")));

        const QString people =
            QString::fromUtf8(parts.value(QStringLiteral("xl/worksheets/sheet2.xml")));
        QVERIFY(people.contains(QStringLiteral("ySplit=\"2\"")));
        QVERIFY(people.contains(QStringLiteral("tabColor")));
    }

    void personalDataLeftOut()
    {
        const QString path = m_city->dir().filePath(QStringLiteral("partage.xlsx"));
        // Leaving out is what an export does unless told otherwise.
        const StakeholderXlsxExport exporter(m_city->repositories().stakeholders(),
                                             m_city->repositories().themes());
        const Result<int> written = exporter.write(path);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(written.value(), 3);
        const QString text = allParts(path);
        QVERIFY(text.contains(QStringLiteral("name=\"Stakeholders\"")));
        QVERIFY(!text.contains(QStringLiteral("Contacts (personal data)")));
        QVERIFY(!text.contains(QStringLiteral("Hélène")));
        QVERIFY(!text.contains(QStringLiteral("helene@lutins.example.org")));
        QVERIFY(!text.contains(QStringLiteral("préfet")));
        QVERIFY(!text.contains(QStringLiteral("Notes are private")));
        QVERIFY(!text.contains(StakeholderCsvColumns::label(StakeholderCsvColumns::Column::Email)));
        // The stakeholders are all there, with their public notes and last contact.
        QVERIFY(text.contains(QStringLiteral("Préfecture")));
        QVERIFY(text.contains(QStringLiteral("Salle prêtée le mardi")));
        QVERIFY(text.contains(QStringLiteral("<v>46095</v>")));
    }

    void unwritableFolderReported()
    {
        const StakeholderXlsxExport exporter(m_city->repositories().stakeholders(),
                                             m_city->repositories().themes());
        const QString missing = m_city->dir().filePath(QStringLiteral("no/such/folder/a.xlsx"));
        const Result<int> r = exporter.write(missing);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("a.xlsx")));
        QVERIFY(!QFile::exists(missing));
    }

    void folderInTheWayReported()
    {
        // A folder where the file should go (root ignores permissions, not this): refused
        // with the name, and the folder left as it was.
        const QString path = m_city->dir().filePath(QStringLiteral("taken.xlsx"));
        QVERIFY(QDir().mkpath(path));
        const StakeholderXlsxExport exporter(m_city->repositories().stakeholders(),
                                             m_city->repositories().themes());
        const Result<int> r = exporter.write(path);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("taken.xlsx")));
        QVERIFY(QFileInfo(path).isDir());
    }
};

QTEST_GUILESS_MAIN(TestStakeholderXlsxExport)
#include "TestStakeholderXlsxExport.moc"
