// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// The line at the top of the profile that says why an edit was refused (an empty name, a year
// out of range, a file that could not be written), until the next edit succeeds or the officer
// dismisses it. The message is never only in a tooltip or the status bar, where it is missed.
class ProfileMessageBar : public QFrame
{
    Q_OBJECT

public:
    explicit ProfileMessageBar(QWidget* parent = nullptr);

    QString message() const;

public slots:
    // An empty message hides the bar.
    void showMessage(const QString& message);

private:
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_dismiss;
};
