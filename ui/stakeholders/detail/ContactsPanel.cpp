// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactsPanel.h"

#include "ContactsModel.h"
#include "common/PersonalDataChoice.h"
#include "common/RecordTablePanel.h"
#include "shell/MessageBar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

ContactsPanel::ContactsPanel(const PaneContext& context, QWidget* parent)
    : QWidget(parent), m_model(new ContactsModel(context, this)), m_message(new MessageBar(this)),
      m_table(new RecordTablePanel(m_model, QStringLiteral("contacts"),
                                   {tr("&Add a contact"), tr("Rem&ove"),
                                    tr("Remove the selected contacts"),
                                    tr("Contact persons (personal data)")},
                                   this))
{
    setObjectName(QStringLiteral("stakeholderContacts"));
    m_message->setObjectName(QStringLiteral("contactsMessageBar"));

    QTableView* view = m_table->view();
    // The contacts stay in the order they were entered, as the file lists them.
    view->setSortingEnabled(false);
    // A handful of rows: the columns fit their contents, one line each, and the last one takes
    // the room left; short headers over them, centred as in the pane's other small tables.
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(ContactsModel::Name, QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignCenter);
    const auto fit = [view] { view->resizeColumnsToContents(); };
    connect(m_model, &QAbstractItemModel::modelReset, view, fit);
    connect(m_model, &QAbstractItemModel::rowsInserted, view, fit);
    connect(m_model, &QAbstractItemModel::dataChanged, view, fit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeNotice());
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_model, &ContactsModel::messageChanged, m_message,
            [this](const QString& message) { m_message->showMessage(message); });
}

QWidget* ContactsPanel::makeNotice()
{
    // Personal data is marked where it is seen, not only in the documentation.
    auto* notice = new QWidget(this);
    notice->setObjectName(QStringLiteral("personalDataNotice"));
    auto* icon = new QLabel(notice);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this).pixmap(size, size));
    auto* text = new QLabel(PersonalDataChoice::hint(), notice);
    text->setWordWrap(true);
    auto* noticeLayout = new QHBoxLayout(notice);
    noticeLayout->setContentsMargins(0, 0, 0, 0);
    noticeLayout->addWidget(icon, 0, Qt::AlignTop);
    noticeLayout->addWidget(text, 1);
    return notice;
}

QTableView* ContactsPanel::view() const
{
    return m_table->view();
}

void ContactsPanel::setStakeholder(const QString& stakeholderId)
{
    m_model->setStakeholder(stakeholderId);
    m_message->showMessage({});
}

void ContactsPanel::setReadOnly(bool readOnly)
{
    m_table->setReadOnly(readOnly);
}
