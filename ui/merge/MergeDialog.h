// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "merge/MergePlan.h"
#include "merge/MergeSelection.h"

#include <QDialog>

#include <memory>

class MergeSourceFile;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QUndoStack;
class Repositories;

// File > Import from a partner city…: the officer chooses the partner's file and what to take,
// sees what the import would do (counts), settles each conflict field by field (keep mine,
// the default, or take theirs), ticks the records the partner deleted that should go here too
// (none by default), and imports: one undo step (MergeCommand).
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(Repositories& repositories, QUndoStack& undoStack, QWidget* parent = nullptr);
    ~MergeDialog() override;

    // Reads path as the partner's file and shows what importing it would do; false (with the
    // reason shown) when it cannot be read.
    bool load(const QString& path);
    // After an import: what it did, for the status bar.
    QString outcome() const { return m_outcome; }

private:
    void chooseFile();
    void replan();
    void showPlan();
    void import();
    MergeSelection selection() const;
    QString fieldLabel(const QString& column) const;
    QString shown(const QString& column, const QVariant& value) const;
    QString kindLabel(const QString& table) const;

    Repositories& m_repositories;
    QUndoStack& m_undoStack;
    std::unique_ptr<MergeSourceFile> m_source;
    MergePlan m_plan;
    bool m_planned = false;
    QString m_outcome;

    QLineEdit* m_path;
    QCheckBox* m_practices;
    QCheckBox* m_templates;
    QCheckBox* m_exchanges;
    QCheckBox* m_stakeholders;
    QLabel* m_summary;
    QTreeWidget* m_conflicts;
    QListWidget* m_removals;
    QPushButton* m_import;
};
