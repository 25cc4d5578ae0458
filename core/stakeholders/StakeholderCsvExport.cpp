// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderCsvExport.h"

#include "stakeholders/StakeholderCsvColumns.h"
#include "stakeholders/StakeholderRepository.h"
#include "themes/ThemeRepository.h"

#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <csv.h>

namespace {
using Column = StakeholderCsvColumns::Column;
const QByteArray bom("\xEF\xBB\xBF");
const QByteArray lineEnd("\r\n");
} // namespace

StakeholderCsvExport::StakeholderCsvExport(const StakeholderRepository& stakeholders,
                                           const ThemeRepository& themes,
                                           PersonalData::Policy personalData)
    : m_stakeholders(stakeholders), m_themes(themes), m_personalData(personalData)
{
}

QByteArray StakeholderCsvExport::field(const QString& text)
{
    const QByteArray raw = text.toUtf8();
    // Leading or trailing spaces are quoted too: readers (libcsv included) trim unquoted ones.
    const bool needsQuotes = raw.contains(',') || raw.contains('"') || raw.contains('\n') ||
                             raw.contains('\r') || raw.startsWith(' ') || raw.endsWith(' ');
    if (!needsQuotes)
        return raw;
    // Every quote doubled plus the two around: at most twice the size plus two.
    QByteArray out(raw.size() * 2 + 2, Qt::Uninitialized);
    const size_t written =
        csv_write(out.data(), size_t(out.size()), raw.constData(), size_t(raw.size()));
    out.truncate(qsizetype(written));
    return out;
}

QByteArray StakeholderCsvExport::toCsv() const
{
    QHash<QString, QString> themeNames;
    for (const Theme& t : m_themes.themes())
        themeNames.insert(t.meta.id, t.name);
    const QList<Column> columns = StakeholderCsvColumns::written(m_personalData);
    const StakeholderCsvColumns::Source notes = StakeholderCsvColumns::source(Column::Notes);
    // Contact persons are not even read when their columns are left out.
    QHash<QString, QList<ContactPerson>> contactsOf;
    if (columns.contains(Column::Contact) || columns.contains(Column::Email) ||
        columns.contains(Column::Phone)) {
        for (const ContactPerson& c : m_stakeholders.contacts())
            contactsOf[c.stakeholderId].append(c);
    }
    QByteArray out = bom;
    auto writeRow = [&out](const QList<QString>& cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += ',';
            out += field(cells.at(i));
        }
        out += lineEnd;
    };
    QList<QString> header;
    for (Column c : columns)
        header << StakeholderCsvColumns::key(c);
    writeRow(header);

    for (const Stakeholder& s : m_stakeholders.stakeholders()) {
        QStringList themes;
        for (const QString& id : s.themeIds)
            themes << themeNames.value(id);
        // Theme ids are random: sorting by name gives every copy of the list the same text.
        themes.sort(Qt::CaseInsensitive);
        const QList<ContactPerson> contacts = contactsOf.value(s.meta.id);
        const bool notesWritten =
            PersonalData::writes(m_personalData, notes.table, notes.column, s.notesPrivate);
        for (qsizetype i = 0; i < qMax<qsizetype>(1, contacts.size()); ++i) {
            const bool first = i == 0;
            const ContactPerson contact = i < contacts.size() ? contacts.at(i) : ContactPerson();
            QList<QString> cells;
            for (Column c : columns) {
                switch (c) {
                case Column::Name:
                    cells << s.name;
                    break;
                case Column::Kind:
                    cells << (first ? Stakeholder::toText(s.kind) : QString());
                    break;
                case Column::Level:
                    cells << (first ? Stakeholder::toText(s.level) : QString());
                    break;
                case Column::Themes:
                    cells << (first ? themes.join(QStringLiteral("; ")) : QString());
                    break;
                case Column::Influence:
                    cells << (first ? QString::number(s.influence) : QString());
                    break;
                case Column::Interest:
                    cells << (first ? QString::number(s.interest) : QString());
                    break;
                case Column::Contact:
                    cells << contact.name;
                    break;
                case Column::Email:
                    cells << contact.email;
                    break;
                case Column::Phone:
                    cells << contact.phone;
                    break;
                case Column::Notes:
                    cells << (first && notesWritten ? s.notes : QString());
                    break;
                case Column::NotesPrivate:
                    cells << (first ? StakeholderCsvColumns::yesNoKey(s.notesPrivate) : QString());
                    break;
                }
            }
            writeRow(cells);
        }
    }
    return out;
}

Result<int> StakeholderCsvExport::write(const QString& path) const
{
    if (Result<void> saved = save(path, toCsv()); !saved)
        return saved.error();
    return m_stakeholders.count();
}

Result<void> StakeholderCsvExport::save(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    const QString shown = QFileInfo(path).fileName();
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{tr("“%1” cannot be written: %2. Choose a folder where you may save files.")
                         .arg(shown, file.errorString())};
    }
    file.write(bytes);
    if (!file.commit()) {
        return Error{tr("“%1” could not be saved: %2. Check the free space on the disk, then "
                        "export again.")
                         .arg(shown, file.errorString())};
    }
    return {};
}
