// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/CityFile.h"

#include <QObject>

#include <memory>

class PartnerFile;
class QUndoStack;
class Repositories;

// One open city file as a window sees it: the file, its repositories and its undo stack.
// A window holds at most one; closing the file means destroying the document.
class CityDocument : public QObject
{
    Q_OBJECT

public:
    using OpenResult = Result<std::unique_ptr<CityDocument>, FileError>;

    explicit CityDocument(std::unique_ptr<CityFile> file, QObject* parent = nullptr);
    // A partner city's file, read from its private copy (which goes with the document).
    explicit CityDocument(std::unique_ptr<PartnerFile> partner, QObject* parent = nullptr);
    ~CityDocument() override;

    static OpenResult open(const QString& path,
                           CityFile::Access access = CityFile::Access::ReadWrite);
    // A new file with what every city starts with (built-in themes, profile sections).
    static OpenResult create(const QString& path, const CityFile::NewCity& city);

    CityFile& file() const { return *m_file; }
    // The partner's file this document reads, or nullptr for a file of the officer's own.
    const PartnerFile* partner() const { return m_partner.get(); }
    // The file as the officer chose it: the partner's file rather than its private copy.
    QString shownPath() const;
    Repositories& repositories() const { return *m_repositories; }
    QUndoStack& undoStack() const;
    // The city's name as stored, or the file's name if the city cannot be read.
    QString cityName() const;

signals:
    void cityNameChanged(const QString& name);

private:
    CityDocument(std::unique_ptr<CityFile> own, std::unique_ptr<PartnerFile> partner,
                 QObject* parent);

    std::unique_ptr<PartnerFile> m_partner;
    std::unique_ptr<CityFile> m_ownFile;
    CityFile* m_file = nullptr; // m_ownFile's, or the partner's copy
    std::unique_ptr<Repositories> m_repositories;
};
