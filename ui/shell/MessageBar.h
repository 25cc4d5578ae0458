// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// The line above a pane's fields that says why an edit was refused (an empty name, a year out
// of range, a file that could not be written), until the next edit succeeds or the officer
// dismisses it; it may offer one way out as a button (open the stakeholder that has the name).
// The message is never only in a tooltip or the status bar, where it is missed.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget* parent = nullptr);

    QString message() const;

public slots:
    // An empty message hides the bar; an empty action text shows no button.
    void showMessage(const QString& message, const QString& actionText = {});

signals:
    void actionTriggered();

private:
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_action;
    QToolButton* m_dismiss;
};
