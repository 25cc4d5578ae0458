// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransactionGuard.h"

#include <QSqlError>

TransactionGuard::TransactionGuard(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        m_error = m_db.lastError().text();
}

TransactionGuard::~TransactionGuard()
{
    if (m_active)
        m_db.rollback();
}

bool TransactionGuard::commit()
{
    if (!m_active)
        return false;
    if (!m_db.commit()) {
        m_error = m_db.lastError().text();
        m_db.rollback();
        m_active = false;
        return false;
    }
    m_active = false;
    return true;
}
