// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverdueFollowUpsDialog.h"

#include "OverdueFollowUpsModel.h"
#include "city/Repositories.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

OverdueFollowUpsDialog::OverdueFollowUpsDialog(Repositories& repositories, const QDate& today,
                                               QWidget* parent)
    : QDialog(parent),
      m_model(new OverdueFollowUpsModel(
          OverdueFollowUps::read(repositories.store().database(), today), today, this)),
      m_view(new QTableView(this)), m_open(new QPushButton(tr("&Open the stakeholder"), this))
{
    setObjectName(QStringLiteral("overdueFollowUpsDialog"));
    setWindowTitle(tr("Overdue follow-ups"));
    const int count = m_model->rowCount();
    auto* intro = new QLabel(
        count == 0 ? tr("No follow-up is overdue: every promise to come back to a stakeholder "
                        "is kept or not due yet.")
                   : tr("%n follow-up(s) promised for a day already past and not logged as "
                        "done, the oldest first. Double-click one to open its stakeholder's "
                        "engagements and log it.",
                        nullptr, count),
        this);
    intro->setObjectName(QStringLiteral("overdueFollowUpsIntro"));
    intro->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("overdueFollowUpsTable"));
    m_view->setAccessibleName(tr("Overdue follow-ups"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(OverdueFollowUpsModel::StakeholderName, 22 * em);
    // A handful of dates: measured, so that none is cut, in any language's format.
    m_view->resizeColumnToContents(OverdueFollowUpsModel::Due);
    header->setStretchLastSection(true);
    if (count > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));

    m_open->setObjectName(QStringLiteral("overdueFollowUpsOpen"));
    m_open->setEnabled(count > 0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(72 * em, 30 * em);

    connect(m_view, &QAbstractItemView::activated, this, &OverdueFollowUpsDialog::choose);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &OverdueFollowUpsDialog::choose);
    connect(m_open, &QPushButton::clicked, this, [this] { choose(m_view->currentIndex()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void OverdueFollowUpsDialog::choose(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    m_stakeholderId = index.data(OverdueFollowUpsModel::StakeholderIdRole).toString();
    m_engagementId = index.data(OverdueFollowUpsModel::EngagementIdRole).toString();
    accept();
}
