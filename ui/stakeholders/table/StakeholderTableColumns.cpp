// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderTableColumns.h"
#include "common/OptionalDateEdit.h"

#include "StakeholderTableModel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QVariantMap>

#include <algorithm>

namespace {

const QString settingsGroup = QStringLiteral("stakeholderTable");
const QString versionKey = QStringLiteral("version");
const QString hiddenKey = QStringLiteral("hidden");
const QString widthsKey = QStringLiteral("widths");

} // namespace

StakeholderTableColumns::StakeholderTableColumns(QTableView* table, QObject* parent)
    : QObject(parent), m_table(table), m_menu(new QMenu(table))
{
    m_menu->setObjectName(QStringLiteral("stakeholderColumnsMenu"));
    QAbstractItemModel* model = table->model();
    for (int column = 0; column < StakeholderTableModel::ColumnCount; ++column) {
        auto* action = m_menu->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("column_") + key(column));
        action->setCheckable(true);
        action->setData(column);
        // The name says what a row is: a table without it would be rows of numbers.
        action->setEnabled(column != StakeholderTableModel::Name);
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { setColumnShown(column, shown); });
    }
    QHeaderView* header = table->horizontalHeader();
    // The spare width goes to the name, not to whichever column happens to be last.
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &StakeholderTableColumns::showMenu);
    connect(header, &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (m_restoring || m_fitting)
            return;
        if (logical == StakeholderTableModel::Name)
            m_nameWidth = size;
        save();
        fitName();
    });
    table->viewport()->installEventFilter(this);
}

bool StakeholderTableColumns::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitName();
    return QObject::eventFilter(watched, event);
}

void StakeholderTableColumns::fitName()
{
    QHeaderView* header = m_table->horizontalHeader();
    int others = 0;
    for (int column = 0; column < StakeholderTableModel::ColumnCount; ++column) {
        if (column != StakeholderTableModel::Name && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    const int width = std::max(m_nameWidth, m_table->viewport()->width() - others);
    if (width == header->sectionSize(StakeholderTableModel::Name))
        return;
    m_fitting = true;
    header->resizeSection(StakeholderTableModel::Name, width);
    m_fitting = false;
}

QString StakeholderTableColumns::key(int column)
{
    switch (column) {
    case StakeholderTableModel::Name:
        return QStringLiteral("name");
    case StakeholderTableModel::Kind:
        return QStringLiteral("kind");
    case StakeholderTableModel::Level:
        return QStringLiteral("level");
    case StakeholderTableModel::Themes:
        return QStringLiteral("themes");
    case StakeholderTableModel::Influence:
        return QStringLiteral("influence");
    case StakeholderTableModel::Interest:
        return QStringLiteral("interest");
    case StakeholderTableModel::Stance:
        return QStringLiteral("stance");
    case StakeholderTableModel::Group:
        return QStringLiteral("group");
    case StakeholderTableModel::LastContact:
        return QStringLiteral("lastContact");
    }
    return QString::number(column);
}

void StakeholderTableColumns::applyDefaults()
{
    // Widths from the font, never from the 50,000 rows' contents (measuring them takes
    // seconds); a short column as wide as its title with room for the sort arrow.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    QAbstractItemModel* model = m_table->model();
    const auto titled = [&](int column, int ems) {
        const int title =
            metrics.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString());
        return std::max(ems * em, title + 3 * em / 2);
    };
    using M = StakeholderTableModel;
    m_nameWidth = 13 * em;
    m_table->setColumnWidth(M::Name, m_nameWidth);
    m_table->setColumnWidth(M::Kind, 8 * em);
    m_table->setColumnWidth(M::Level, titled(M::Level, 7));
    m_table->setColumnWidth(M::Themes, 12 * em);
    m_table->setColumnWidth(M::Influence, titled(M::Influence, 3));
    m_table->setColumnWidth(M::Interest, titled(M::Interest, 3));
    m_table->setColumnWidth(M::Stance, titled(M::Stance, 7));
    m_table->setColumnWidth(M::Group, titled(M::Group, 5));
    // Dates differ in width between languages (Arabic digits and marks, month-first forms): the
    // widest the column can show, with a cell's margins.
    m_table->setColumnWidth(
        M::LastContact,
        std::max(titled(M::LastContact, 7),
                 metrics.horizontalAdvance(OptionalDateEdit::longestText(metrics)) + em));
    // What the filter bar and the details already say, hidden until asked for.
    for (int column = 0; column < M::ColumnCount; ++column)
        m_table->setColumnHidden(column, column == M::Level || column == M::Themes);
}

void StakeholderTableColumns::restore()
{
    m_restoring = true;
    applyDefaults();
    QSettings settings;
    settings.beginGroup(settingsGroup);
    if (settings.value(versionKey).toInt() == layoutVersion) {
        const QStringList hidden = settings.value(hiddenKey).toStringList();
        const QVariantMap widths = settings.value(widthsKey).toMap();
        for (int column = 1; column < StakeholderTableModel::ColumnCount; ++column)
            m_table->setColumnHidden(column, hidden.contains(key(column)));
        const int minimum = m_table->horizontalHeader()->minimumSectionSize();
        for (int column = 0; column < StakeholderTableModel::ColumnCount; ++column) {
            const int width = widths.value(key(column)).toInt();
            if (width >= minimum)
                m_table->setColumnWidth(column, width);
        }
        m_nameWidth = m_table->columnWidth(StakeholderTableModel::Name);
    }
    updateMenu();
    m_restoring = false;
    fitName();
}

void StakeholderTableColumns::setColumnShown(int column, bool shown)
{
    if (column == StakeholderTableModel::Name || m_table->isColumnHidden(column) == !shown)
        return;
    // A column shown again comes back as wide as it was (the header keeps its width).
    m_table->setColumnHidden(column, !shown);
    updateMenu();
    if (!m_restoring)
        save();
    fitName();
}

void StakeholderTableColumns::updateMenu()
{
    for (QAction* action : m_menu->actions()) {
        const QSignalBlocker blocker(action);
        action->setChecked(!m_table->isColumnHidden(action->data().toInt()));
    }
}

void StakeholderTableColumns::save() const
{
    QStringList hidden;
    QVariantMap widths;
    QHeaderView* header = m_table->horizontalHeader();
    // The name's own width, not the one the view stretched it to: kept, a stretched width
    // would come back as a minimum and push the table wider than a smaller window.
    for (int column = 0; column < StakeholderTableModel::ColumnCount; ++column) {
        if (m_table->isColumnHidden(column))
            hidden << key(column);
        else
            widths.insert(key(column), column == StakeholderTableModel::Name
                                           ? m_nameWidth
                                           : header->sectionSize(column));
    }
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(versionKey, layoutVersion);
    settings.setValue(hiddenKey, hidden);
    settings.setValue(widthsKey, widths);
}

void StakeholderTableColumns::showMenu(const QPoint& position)
{
    // The titles follow the language the program speaks now.
    QAbstractItemModel* model = m_table->model();
    for (QAction* action : m_menu->actions())
        action->setText(model->headerData(action->data().toInt(), Qt::Horizontal).toString());
    m_menu->popup(m_table->horizontalHeader()->mapToGlobal(position));
}
