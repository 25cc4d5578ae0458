// SPDX-License-Identifier: GPL-3.0-or-later
#include "FineTextCache.h"

#include "FineText.h"
#include "common/BidiText.h"

#include <QMutexLocker>
#include <QThread>

FineTextCache::FineTextCache(const QFont& font, Qt::LayoutDirection direction, double width)
    : m_font(font), m_direction(direction), m_width(width)
{
}

std::shared_ptr<const FineTextCache::Label> FineTextCache::label(const QString& text)
{
    QThread* thread = QThread::currentThread();
    {
        QMutexLocker lock(&m_mutex);
        Shaped& own = m_threads[thread];
        if (own.thread != thread) {
            own.labels.clear();
            own.thread = thread;
        }
        if (const auto known = own.labels.constFind(text); known != own.labels.constEnd())
            return *known;
    }
    // Shaped unlocked: the other threads go on drawing meanwhile.
    auto made = std::make_shared<Label>();
    if (m_width > 0)
        made->shaped = FineText::shapeWithin(text, m_font, m_width, &made->shown, m_direction);
    else {
        made->shown = text;
        made->shaped = FineText::shape(text, m_font, BidiText::directionOf(text, m_direction));
    }
    QMutexLocker lock(&m_mutex);
    std::shared_ptr<const Label>& entry = m_threads[thread].labels[text];
    if (!entry)
        entry = std::move(made);
    return entry;
}
