// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;
class Repositories;

// Chooses what a priority rests on: a checklist item or a key figure of the profile, from one
// list filtered by what the officer types.
class EvidencePickerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EvidencePickerDialog(Repositories& repositories, QWidget* parent = nullptr);

    QLineEdit* filter() const { return m_filter; }
    QListView* list() const { return m_list; }
    // The choice: an item id or a figure id, the other empty.
    QString itemId() const;
    QString figureId() const;

private:
    QString chosen(int role) const;

    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QListView* m_list;
};
