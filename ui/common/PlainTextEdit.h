// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

// A plain text field whose text stands where its own direction starts: an Arabic note on the
// right, a French one on the left, whatever the interface's direction. QPlainTextEdit lays
// each paragraph out in its own direction but always aligns it to the left (QTextEdit and
// QLineEdit follow their text): an Arabic note began at the far edge of its box.
class PlainTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit PlainTextEdit(QWidget* parent = nullptr);
    explicit PlainTextEdit(const QString& text, QWidget* parent = nullptr);

    // The direction the text is aligned to: its first letter's, else the widget's.
    Qt::LayoutDirection textDirection() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void align();

    Qt::LayoutDirection m_aligned = Qt::LayoutDirectionAuto;
};
