// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordTableModel.h"

#include "common/Result.h"
#include "shell/FileEdits.h"

#include <QLocale>

RecordTableModel::RecordTableModel(const PaneContext& context, QObject* parent)
    : QAbstractTableModel(parent), m_context(context)
{
}

void RecordTableModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    // The editable flag changes on every cell; views re-read flags on the next interaction.
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly && isEditableColumn(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool RecordTableModel::push(QUndoCommand* command)
{
    return pushAll({}, {command});
}

bool RecordTableModel::pushAll(const QString& text, const QList<QUndoCommand*>& commands)
{
    const QString failure = FileEdits::push(m_context, commands, text);
    if (!failure.isEmpty())
        return refuse(failure);
    clearMessage();
    return true;
}

bool RecordTableModel::refuse(const std::optional<Error>& error)
{
    return refuse(error ? error->message : QString());
}

bool RecordTableModel::refuse(const QString& message)
{
    emit messageChanged(message);
    return false;
}

void RecordTableModel::clearMessage()
{
    emit messageChanged(QString());
}

std::optional<qint64> RecordTableModel::toNumber(const QVariant& value, bool* ok)
{
    *ok = true;
    if (value.isNull())
        return std::nullopt;
    if (value.typeId() != QMetaType::QString)
        return value.toLongLong(ok);
    QString text = value.toString().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // Typed or pasted figures often carry group separators ("12 400", "12,400").
    const QLocale locale;
    qint64 n = locale.toLongLong(text, ok);
    if (!*ok) {
        text.remove(locale.groupSeparator());
        text.remove(QLatin1Char(' '));
        text.remove(QChar(0x202F)); // narrow no-break space, the French group separator
        text.remove(QChar(0x00A0));
        n = text.toLongLong(ok);
    }
    return n;
}

std::optional<double> RecordTableModel::toDecimal(const QVariant& value, bool* ok)
{
    *ok = true;
    if (value.isNull())
        return std::nullopt;
    if (value.typeId() != QMetaType::QString)
        return value.toDouble(ok);
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const QLocale locale;
    double d = locale.toDouble(text, ok);
    if (!*ok)
        d = QLocale::c().toDouble(text, ok);
    return d;
}

QString RecordTableModel::numberText(qint64 value)
{
    return QLocale().toString(value);
}

QString RecordTableModel::decimalText(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}
