// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"

#include <QAbstractTableModel>

#include <optional>

class QUndoCommand;
struct Error;

// What editable record tables share (the profile's origins, districts and figures; see
// RecordListModel): they edit through undo commands only, refuse invalid input with a message
// instead of dropping it, add a record the officer then types over, and remove several records
// as one undo step. RecordTablePanel shows one with its buttons.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit RecordTableModel(const PaneContext& context, QObject* parent = nullptr);

    // Pushes the command adding a new record and returns its row, or -1 when the file refused it.
    virtual int addRecord() = 0;
    // Whether addRecord() may be asked now (a stakeholder's contacts need a stakeholder shown).
    virtual bool canAddRecord() const { return !isReadOnly(); }
    // The column the officer types first in a new record (its name or label).
    virtual int firstEditableColumn() const { return 0; }
    // Removes the records at these rows as one undo step.
    virtual void removeRecords(const QList<int>& rows) = 0;
    // A sentence summing the table up under it (totals), or empty.
    virtual QString summary() const { return {}; }

    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    int rowCount(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // A refused edit (validation) or an edit the file could not store; empty when all went well.
    void messageChanged(const QString& message);

protected:
    virtual int recordCount() const = 0;
    // Columns computed from others (a share, a total) are never editable.
    virtual bool isEditableColumn(int column) const = 0;

    Repositories& repositories() const { return m_context.repositories; }
    CityFile& file() const { return m_context.file; }

    // Pushes one edit; false (and the message shown) when the file refused to store it.
    bool push(QUndoCommand* command);
    // Several commands as one undo step.
    bool pushAll(const QString& text, const QList<QUndoCommand*>& commands);
    // Shows why an edit is refused and returns false, for setData().
    bool refuse(const std::optional<Error>& error);
    bool refuse(const QString& message);
    void clearMessage();

    // Reads a number typed in a cell; nullopt for an empty cell, false in ok for anything else.
    static std::optional<qint64> toNumber(const QVariant& value, bool* ok);
    static std::optional<double> toDecimal(const QVariant& value, bool* ok);
    static QString numberText(qint64 value);
    static QString decimalText(double value);

private:
    PaneContext m_context;
    bool m_readOnly = false;
};
