// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidencePickerDialog.h"

#include "checklists/ChecklistRepository.h"
#include "city/Repositories.h"
#include "common/TextLimits.h"
#include "profile/ProfileRepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {
constexpr int ItemRole = Qt::UserRole + 1;
constexpr int FigureRole = Qt::UserRole + 2;
} // namespace

EvidencePickerDialog::EvidencePickerDialog(Repositories& repositories, QWidget* parent)
    : QDialog(parent), m_model(new QStandardItemModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)),
      m_list(new QListView(this))
{
    setObjectName(QStringLiteral("evidencePicker"));
    setWindowTitle(tr("Add evidence"));
    ChecklistRepository& checklists = repositories.checklists();
    for (const ChecklistTemplate& t : checklists.templates()) {
        for (const ChecklistItem& item : checklists.allItems(t.meta.id)) {
            if (item.retiredOn.isValid())
                continue;
            auto* row = new QStandardItem(
                tr("Checklist item: %1").arg(TextLimits::shortened(item.statement)));
            row->setData(item.meta.id, ItemRole);
            row->setToolTip(TextLimits::forRole(item.statement, Qt::ToolTipRole));
            m_model->appendRow(row);
        }
    }
    const QLocale locale;
    for (const ProfileFigure& f : repositories.profile().figures()) {
        auto* row = new QStandardItem(
            tr("Profile figure: %1 (%2, %3)")
                .arg(TextLimits::shortened(f.label), locale.toString(f.value, 'g', 12))
                .arg(f.year));
        row->setData(f.meta.id, FigureRole);
        m_model->appendRow(row);
    }
    for (int r = 0; r < m_model->rowCount(); ++r)
        m_model->item(r)->setEditable(false);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setObjectName(QStringLiteral("evidenceChoices"));
    m_list->setUniformItemSizes(true);
    m_filter->setObjectName(QStringLiteral("evidenceFilter"));
    m_filter->setPlaceholderText(tr("Type part of an item or a figure"));
    m_filter->setClearButtonEnabled(true);

    auto* label = new QLabel(tr("&Find:"), this);
    label->setBuddy(m_filter);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("evidenceButtons"));
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add"));
    ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [ok](const QModelIndex& current) { ok->setEnabled(current.isValid()); });
    connect(m_list, &QListView::activated, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().lineSpacing() * 24);
}

QString EvidencePickerDialog::itemId() const
{
    return chosen(ItemRole);
}

QString EvidencePickerDialog::figureId() const
{
    return chosen(FigureRole);
}

QString EvidencePickerDialog::chosen(int role) const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(role).toString() : QString();
}
