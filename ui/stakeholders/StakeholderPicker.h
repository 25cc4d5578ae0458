// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

class QStandardItemModel;
class StakeholderRepository;

// Chooses one stakeholder of the city by typing part of its name (a relation's other end, a
// group member, a round's participant). The names are read when the picker is first used, not
// when it is made: a pane holds several pickers, and a network-sized file has 50,000 names.
// The list follows the file: stakeholders added, renamed or removed elsewhere show up at the
// next use, so that an import of thousands costs one reading.
class StakeholderPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit StakeholderPicker(StakeholderRepository& repository, QWidget* parent = nullptr);

    // The chosen stakeholder's id; empty when the text names none.
    QString currentId();
    void setCurrentId(const QString& id);
    // Stakeholders not offered (the stakeholder a relation starts from, members already in).
    void setExcluded(const QStringList& ids);
    // How many stakeholders are offered.
    int choiceCount();

signals:
    void currentIdChanged(const QString& id);

protected:
    void focusInEvent(QFocusEvent* event) override;
    void showPopup() override;

private:
    struct Entry
    {
        QString id;
        QString name;
    };

    // Reads the names if the file changed since, and fills the list if it is out of date.
    void ensureLoaded();

    StakeholderRepository& m_repository;
    QStandardItemModel* m_model;
    QList<Entry> m_entries;
    QStringList m_excluded;
    bool m_entriesStale = true;
    bool m_listStale = true;
};
