// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShareThread.h"

ShareThread::ShareThread(Job job, QObject* parent) : QThread(parent), m_job(std::move(job)) {}

ShareThread::~ShareThread()
{
    cancel();
    wait();
}

void ShareThread::run()
{
    m_result = ShareWriter::write(
        m_job.source, m_job.target, m_job.options,
        [this](int permille) { emit progressed(permille); }, &m_cancelled);
}
