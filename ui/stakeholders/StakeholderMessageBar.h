// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// Says why an edit of a stakeholder was refused, right above the fields, until it is corrected
// or reverted; may offer one way out as a button (open the stakeholder that has the name).
class StakeholderMessageBar : public QFrame
{
    Q_OBJECT

public:
    explicit StakeholderMessageBar(QWidget* parent = nullptr);

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
};
