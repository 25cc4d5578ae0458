// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

class QStandardItemModel;
class StakeholderRepository;

// Chooses one stakeholder of the city by typing part of its name (a relation's other end, a
// group member, a round's participant). The list follows the file: stakeholders added,
// renamed or removed elsewhere show up, the work batched so that an import of thousands
// costs one reload.
class StakeholderPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit StakeholderPicker(StakeholderRepository& repository, QWidget* parent = nullptr);

    // The chosen stakeholder's id; empty when the text names none.
    QString currentId() const;
    void setCurrentId(const QString& id);
    // Stakeholders not offered (the stakeholder a relation starts from, members already in).
    void setExcluded(const QStringList& ids);

signals:
    void currentIdChanged(const QString& id);

private:
    void scheduleReload();
    void reload();

    StakeholderRepository& m_repository;
    QStandardItemModel* m_model;
    QStringList m_excluded;
    bool m_reloadPending = false;
};
