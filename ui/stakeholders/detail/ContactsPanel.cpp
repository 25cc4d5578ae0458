// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactsPanel.h"

#include "ContactsModel.h"
#include "common/PersonalDataChoice.h"
#include "shell/MessageBar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

ContactsPanel::ContactsPanel(const PaneContext& context, QWidget* parent)
    : QWidget(parent), m_model(new ContactsModel(context, this)), m_view(new QTableView(this)),
      m_message(new MessageBar(this)), m_add(new QPushButton(tr("&Add a contact"), this)),
      m_remove(new QPushButton(tr("Rem&ove"), this))
{
    setObjectName(QStringLiteral("stakeholderContacts"));
    m_view->setObjectName(QStringLiteral("contactsTable"));
    m_add->setObjectName(QStringLiteral("addContact"));
    m_remove->setObjectName(QStringLiteral("removeContact"));
    m_remove->setToolTip(tr("Remove the selected contacts"));
    m_message->setObjectName(QStringLiteral("contactsMessageBar"));

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

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Contact persons (personal data)"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // A handful of rows: the columns fit their contents, one line each.
    m_view->setWordWrap(false);
    const auto fit = [this] { m_view->resizeColumnsToContents(); };
    connect(m_model, &QAbstractItemModel::modelReset, m_view, fit);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, fit);
    connect(m_model, &QAbstractItemModel::dataChanged, m_view, fit);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(notice);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_model, &ContactsModel::messageChanged, m_message,
            [this](const QString& message) { m_message->showMessage(message); });
    connect(m_add, &QPushButton::clicked, this, &ContactsPanel::addContact);
    connect(m_remove, &QPushButton::clicked, this, &ContactsPanel::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContactsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactsPanel::updateButtons);
    updateButtons();
}

void ContactsPanel::setStakeholder(const QString& stakeholderId)
{
    m_model->setStakeholder(stakeholderId);
    m_message->showMessage({});
}

void ContactsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_model->setReadOnly(readOnly);
    updateButtons();
}

void ContactsPanel::addContact()
{
    const QString id = m_model->addContact(tr("New contact"));
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex name = m_model->index(row, ContactsModel::Name);
    m_view->setCurrentIndex(name);
    m_view->edit(name);
}

void ContactsPanel::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    m_model->removeRows(rows);
}

void ContactsPanel::updateButtons()
{
    m_add->setEnabled(!m_readOnly && !m_model->stakeholderId().isEmpty());
    m_remove->setEnabled(!m_readOnly && m_view->selectionModel()->hasSelection());
}
