// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Runs a function once, right after a widget has first been painted: work that can wait
// (reading the rest of a long list) waits until the officer sees something. A zero timer is
// not enough: a window newly shown is painted when the window system exposes it, which comes
// after the timer.
class AfterFirstPaint : public QObject
{
    Q_OBJECT

public:
    // Owned by widget; deletes itself once it has run.
    AfterFirstPaint(QWidget* widget, std::function<void()> then);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::function<void()> m_then;
};
