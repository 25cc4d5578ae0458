// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

// What the network view shows while a big network is being placed (seconds of Graphviz work):
// what is being placed, for how long so far, and a way to stop waiting. Graphviz says nothing
// of how far it has gone inside one layout, so the bar shows work under way, and the seconds
// that it has not stalled.
class RelationsNetworkProgress : public QWidget
{
    Q_OBJECT

public:
    explicit RelationsNetworkProgress(QWidget* parent = nullptr);

    // Starts the clock for a layout of that many stakeholders; stop() when it is over.
    void start(int stakeholders);
    void stop();
    int elapsedSeconds() const;

signals:
    void cancelRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateText();

    QLabel* m_text;
    QProgressBar* m_bar;
    QLabel* m_elapsed;
    QPushButton* m_cancel;
    QTimer* m_tick;
    QElapsedTimer m_clock;
    int m_stakeholders = 0;
};
