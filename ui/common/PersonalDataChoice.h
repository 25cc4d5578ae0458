// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/PersonalData.h"

#include <QWidget>

#include <optional>

class QCheckBox;

// The question every export asks before writing data out of the city file: whether to include
// personal data (PersonalData). One checkbox and its explanation, in the same words wherever
// something is exported, unticked by default: leaving out must never depend on remembering to.
class PersonalDataChoice : public QWidget
{
    Q_OBJECT

public:
    explicit PersonalDataChoice(QWidget* parent = nullptr);

    PersonalData::Policy policy() const;
    void setPolicy(PersonalData::Policy policy);

    // Asks in a small dialog of its own, titled title, before the file is chosen; nullopt when
    // the officer cancels. Goes through DialogHooks, so tests answer it.
    static std::optional<PersonalData::Policy> ask(QWidget* parent, const QString& title);

    // What the interface says beside personal data (contact persons, who answered): true of
    // every export, and the same words everywhere.
    static QString hint();

signals:
    void policyChanged(PersonalData::Policy policy);

private:
    QCheckBox* m_include;
};
