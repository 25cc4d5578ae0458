// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Edits a date cell that may be left empty (a member's "since" date) with the same field as
// the forms (OptionalDateEdit): typed or picked from a calendar. The model takes a QDate,
// invalid for none; a text that is not a date is not stored, and problem() says why.
class OptionalDateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // field names the date in messages ("The date the member joined").
    explicit OptionalDateDelegate(const QString& field, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

signals:
    // A date typed that could not be read: the message names it and the form expected.
    void problem(const QString& message) const;

private:
    QString m_field;
};
