// SPDX-License-Identifier: GPL-3.0-or-later
#include "AfterFirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

AfterFirstPaint::AfterFirstPaint(QWidget* widget, std::function<void()> then)
    : QObject(widget), m_then(std::move(then))
{
    widget->installEventFilter(this);
}

bool AfterFirstPaint::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // The widget's children are painted in the same pass, before any queued call.
        QTimer::singleShot(0, this, [this] {
            m_then();
            deleteLater();
        });
    }
    return QObject::eventFilter(watched, event);
}
