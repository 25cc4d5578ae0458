// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "city/CitySeeder.h"
#include "city/Repositories.h"
#include "storage/CityFile.h"

#include <QTemporaryDir>

#include <memory>

class QUndoStack;

// A city file of the test's own in a temporary folder, open, with its repositories: the
// fixture most tests start from. Creation failures stop the test run with the reason.
class TestCity
{
public:
    // A new, almost empty city (themes and the built-in checklist, as the program makes it;
    // without the checklist for tests that build their own).
    static std::unique_ptr<TestCity>
    create(const QString& name = QStringLiteral("Tangier"),
           const QString& language = QStringLiteral("en"),
           CitySeeder::Checklists checklists = CitySeeder::Checklists::Builtin);
    // The demo city of Valmer; with a scale, a network-sized one.
    static std::unique_ptr<TestCity> demo(int scale = 0,
                                          const QString& language = QStringLiteral("en"));

    CityFile& file() { return *m_file; }
    Repositories& repositories() { return *m_repositories; }
    QUndoStack& undoStack();
    QString path() const { return m_path; }
    const QTemporaryDir& dir() const { return m_dir; }

    // Closes the file and opens it again, as a later session of the program would.
    void reopen();
    // Closes the file (to change it from outside, or open it otherwise); reopen() opens it.
    void close();
    // Closes the file and takes its write permission away, as on a read-only share: the next
    // CityFile::open(path()) opens it read-only.
    void closeReadOnly();

    // How many rows a table of the open file holds, or -1.
    int rows(const QString& table) const;
    // A stakeholder row written directly, as the schema needs it, so that tests of other
    // repositories do not depend on the stakeholders' one. Empty on failure.
    QString addBareStakeholder(const QString& name);

private:
    TestCity() = default;
    void adopt(CityFile::OpenResult result);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CityFile> m_file;
    std::unique_ptr<Repositories> m_repositories;
};
