// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderXlsxExport.h"

#include "stakeholders/StakeholderCsvColumns.h"
#include "stakeholders/StakeholderCsvExport.h"
#include "stakeholders/StakeholderRepository.h"
#include "themes/ThemeRepository.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <vector>

namespace {

using Column = StakeholderCsvColumns::Column;

// Widths in characters: wide enough for most values, never a column of a whole screen.
constexpr int minWidth = 8;
constexpr int maxWidth = 50;
// Excel's limit on sheet names.
constexpr int maxSheetName = 31;
// Excel's built-in short date, shown in the reader's own date order.
constexpr uint8_t shortDateFormat = 14;

// One sheet being filled: the cells' widths are tracked so that columns fit what they hold.
class Sheet
{
public:
    Sheet(lxw_workbook* book, const QString& name)
        : m_name(safeName(name)), m_sheet(workbook_add_worksheet(book, m_name.constData()))
    {
    }
    lxw_worksheet* get() const { return m_sheet; }

    void text(int row, int column, const QString& value, lxw_format* format = nullptr)
    {
        if (value.isEmpty())
            return;
        notice(row, column, value, format);
        fit(column, int(value.section(u'\n', 0, 0).size()));
    }
    // A cell whose text may run over the next cells: it leaves the column's width alone.
    void notice(int row, int column, const QString& value, lxw_format* format)
    {
        const QByteArray utf8 = value.left(StakeholderXlsxExport::maxCellLength).toUtf8();
        worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(),
                               format);
    }
    void number(int row, int column, int value)
    {
        worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, nullptr);
        fit(column, minWidth);
    }
    void date(int row, int column, const QDate& value, lxw_format* format)
    {
        if (!value.isValid())
            return;
        lxw_datetime d = {value.year(), value.month(), value.day(), 0, 0, 0};
        worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(column), &d, format);
        fit(column, 12);
    }
    // Sets the widths and freezes the rows above firstDataRow.
    void finish(int firstDataRow)
    {
        for (size_t c = 0; c < m_widths.size(); ++c) {
            const double width = std::clamp(m_widths[c] + 2, minWidth, maxWidth);
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
        }
        worksheet_freeze_panes(m_sheet, lxw_row_t(firstDataRow), 0);
    }

private:
    static QByteArray safeName(const QString& name)
    {
        // Excel forbids brackets, colons, stars, question marks and slashes in sheet names.
        QString safe = name;
        for (const QChar c : QStringLiteral("[]:*?/\\"))
            safe.replace(c, u'-');
        return safe.left(maxSheetName).toUtf8();
    }
    void fit(int column, int length)
    {
        if (size_t(column) >= m_widths.size())
            m_widths.resize(size_t(column) + 1, 0);
        m_widths[size_t(column)] = std::max(m_widths[size_t(column)], length);
    }

    QByteArray m_name; // libxlsxwriter keeps the pointer until the workbook is closed
    lxw_worksheet* m_sheet;
    std::vector<int> m_widths;
};

// The sheet of every contact person, marked as personal data in its name, its tab colour and a
// warning above the header.
void writeContacts(lxw_workbook* book, const QList<ContactPerson>& contacts,
                   const QHash<QString, QString>& stakeholderNames, lxw_format* header,
                   lxw_format* warning)
{
    Sheet people(book, StakeholderXlsxExport::tr("Contacts (personal data)"));
    worksheet_set_tab_color(people.get(), LXW_COLOR_RED);
    people.notice(
        0, 0,
        StakeholderXlsxExport::tr("Personal data: share this sheet only with people who need it to "
                                  "contact these persons, and delete copies you no longer need."),
        warning);
    const QStringList peopleHeader = {StakeholderXlsxExport::tr("Stakeholder"),
                                      StakeholderXlsxExport::tr("Contact person"),
                                      StakeholderXlsxExport::tr("Role"),
                                      StakeholderXlsxExport::tr("E-mail"),
                                      StakeholderXlsxExport::tr("Phone"),
                                      StakeholderXlsxExport::tr("Preferred language"),
                                      StakeholderXlsxExport::tr("Consent to be contacted")};
    for (int c = 0; c < peopleHeader.size(); ++c)
        people.text(1, c, peopleHeader.at(c), header);
    int row = 2;
    for (const ContactPerson& c : contacts) {
        const QStringList cells = {stakeholderNames.value(c.stakeholderId),
                                   c.name,
                                   c.role,
                                   c.email,
                                   c.phone,
                                   c.preferredLanguage,
                                   c.consentToContact ? StakeholderXlsxExport::tr("Yes")
                                                      : StakeholderXlsxExport::tr("No")};
        for (int i = 0; i < cells.size(); ++i)
            people.text(row, i, cells.at(i));
        ++row;
    }
    people.finish(2);
}

} // namespace

StakeholderXlsxExport::StakeholderXlsxExport(const StakeholderRepository& stakeholders,
                                             const ThemeRepository& themes,
                                             PersonalData::Policy personalData)
    : m_stakeholders(stakeholders), m_themes(themes), m_personalData(personalData)
{
}

Result<int> StakeholderXlsxExport::write(const QString& path, const QDate& today) const
{
    // libxlsxwriter writes a file by name: it makes the workbook in a folder of its own, and
    // the finished bytes are then saved in one step, as the CSV export does.
    QTemporaryDir work;
    if (!work.isValid()) {
        return Error{tr("The Excel workbook could not be prepared: the temporary folder is not "
                        "writable (%1). Free some space on the disk, then export again.")
                         .arg(work.errorString())};
    }
    const QByteArray workPath = QFile::encodeName(work.filePath(QStringLiteral("export.xlsx")));
    const QByteArray tmpDir = QFile::encodeName(work.path());
    lxw_workbook_options options = {LXW_FALSE, const_cast<char*>(tmpDir.constData()), LXW_FALSE};
    lxw_workbook* book = workbook_new_opt(workPath.constData(), &options);
    if (!book)
        return Error{tr("The Excel workbook could not be prepared: not enough memory. Close "
                        "other programs, then export again.")};

    lxw_format* header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format* date = workbook_add_format(book);
    format_set_num_format_index(date, shortDateFormat);
    lxw_format* warning = workbook_add_format(book);
    format_set_bold(warning);
    format_set_font_color(warning, LXW_COLOR_RED);

    QHash<QString, QString> themeNames;
    for (const Theme& t : m_themes.themes())
        themeNames.insert(t.meta.id, t.name);
    const QHash<QString, StakeholderRepository::LastContact> lastContacts =
        m_stakeholders.lastContacts(today);
    const QList<Column> columns = StakeholderCsvColumns::written(m_personalData);
    const StakeholderCsvColumns::Source notes = StakeholderCsvColumns::source(Column::Notes);
    // The sheet of contacts goes with the contacts' names: without them its rows name nobody.
    const bool contactsWritten = PersonalData::writesColumn(
        m_personalData, QStringLiteral("contact_person"), QStringLiteral("name"));
    // Contact persons are not even read when they are left out.
    const QList<ContactPerson> contacts =
        contactsWritten ? m_stakeholders.contacts() : QList<ContactPerson>();
    QHash<QString, ContactPerson> firstContact;
    // contacts() is sorted by name: the first seen per stakeholder is the CSV's first contact.
    for (const ContactPerson& c : contacts) {
        if (!firstContact.contains(c.stakeholderId))
            firstContact.insert(c.stakeholderId, c);
    }

    Sheet list(book, tr("Stakeholders"));
    for (int c = 0; c < columns.size(); ++c)
        list.text(0, c, StakeholderCsvColumns::label(columns.at(c)), header);
    const int lastContactColumn = int(columns.size());
    list.text(0, lastContactColumn, tr("Last contact"), header);

    QHash<QString, QString> names;
    const QList<Stakeholder> stakeholders = m_stakeholders.stakeholders();
    int row = 1;
    for (const Stakeholder& s : stakeholders) {
        names.insert(s.meta.id, s.name);
        QStringList themes;
        for (const QString& id : s.themeIds)
            themes << themeNames.value(id);
        themes.sort(Qt::CaseInsensitive);
        const ContactPerson contact = firstContact.value(s.meta.id);
        for (int c = 0; c < columns.size(); ++c) {
            switch (columns.at(c)) {
            case Column::Name:
                list.text(row, c, s.name);
                break;
            case Column::Kind:
                list.text(row, c, Stakeholder::label(s.kind));
                break;
            case Column::Level:
                list.text(row, c, Stakeholder::label(s.level));
                break;
            case Column::Themes:
                list.text(row, c, themes.join(QStringLiteral("; ")));
                break;
            case Column::Influence:
                list.number(row, c, s.influence);
                break;
            case Column::Interest:
                list.number(row, c, s.interest);
                break;
            case Column::Contact:
                list.text(row, c, contact.name);
                break;
            case Column::Email:
                list.text(row, c, contact.email);
                break;
            case Column::Phone:
                list.text(row, c, contact.phone);
                break;
            case Column::Notes:
                if (PersonalData::writes(m_personalData, notes.table, notes.column, s.notesPrivate))
                    list.text(row, c, s.notes);
                break;
            case Column::NotesPrivate:
                list.text(row, c, s.notesPrivate ? tr("Yes") : tr("No"));
                break;
            }
        }
        list.date(row, lastContactColumn, lastContacts.value(s.meta.id).date, date);
        ++row;
    }
    list.finish(1);

    if (contactsWritten)
        writeContacts(book, contacts, names, header, warning);

    if (const lxw_error e = workbook_close(book); e != LXW_NO_ERROR) {
        return Error{tr("The Excel workbook could not be made (%1). Check the free space on the "
                        "disk, then export again.")
                         .arg(QString::fromUtf8(lxw_strerror(e)))};
    }
    QFile made(QFile::decodeName(workPath));
    if (!made.open(QIODevice::ReadOnly)) {
        return Error{tr("The Excel workbook could not be read back (%1). Check the free space "
                        "on the disk, then export again.")
                         .arg(made.errorString())};
    }
    if (Result<void> saved = StakeholderCsvExport::save(path, made.readAll()); !saved)
        return saved.error();
    return int(stakeholders.size());
}
