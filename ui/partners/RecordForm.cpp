// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordForm.h"
#include "common/PlainTextEdit.h"

#include <QAbstractItemModel>
#include <QDataWidgetMapper>
#include <QFormLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>

RecordForm::RecordForm(QTableView* view, QWidget* parent)
    : QWidget(parent), m_view(view), m_mapper(new QDataWidgetMapper(this)),
      m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_mapper->setModel(view->model());
    m_mapper->setSubmitPolicy(QDataWidgetMapper::AutoSubmit);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordForm::follow);
    // Rows removed, filtered out or read again: the form shows the current row or nothing.
    QAbstractItemModel* model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &RecordForm::follow);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RecordForm::follow);
    connect(model, &QAbstractItemModel::layoutChanged, this, &RecordForm::follow);
    follow();
}

void RecordForm::addLine(int column, const QString& label, const QString& name)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    addField(column, label, edit);
}

void RecordForm::addText(int column, const QString& label, const QString& name, int lines)
{
    auto* edit = new PlainTextEdit(this);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    const QFontMetrics metrics(edit->font());
    edit->setFixedHeight(metrics.lineSpacing() * lines + 2 * edit->frameWidth() +
                         int(2 * edit->document()->documentMargin()));
    addField(column, label, edit);
}

void RecordForm::addField(int column, const QString& label, QWidget* field)
{
    auto* text = new QLabel(label, this);
    text->setBuddy(field);
    m_layout->addRow(text, field);
    m_mapper->addMapping(field, column);
    m_fields << field;
    follow();
}

void RecordForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QWidget* field : std::as_const(m_fields))
        field->setProperty("readOnly", readOnly);
}

void RecordForm::commit()
{
    if (!m_readOnly && m_mapper->currentIndex() >= 0)
        m_mapper->submit();
}

void RecordForm::follow()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const bool shown = current.isValid();
    if (shown) {
        m_mapper->setCurrentModelIndex(current);
    } else {
        m_mapper->setCurrentIndex(-1);
        for (QWidget* field : std::as_const(m_fields)) {
            if (auto* line = qobject_cast<QLineEdit*>(field))
                line->clear();
            else if (auto* text = qobject_cast<QPlainTextEdit*>(field))
                text->clear();
        }
    }
    for (QWidget* field : std::as_const(m_fields))
        field->setEnabled(shown);
}
