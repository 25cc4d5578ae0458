// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"

#include <QWidget>

class QListWidget;
class QStackedWidget;
class SectionEditor;
struct ProfileSection;

// The six narrative sections of the profile, in the order of the method: a list to pick one
// (long titles wrap, empty sections are marked) and the chosen section's editor beside it.
class NarrativeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit NarrativeWidget(const PaneContext& context, QWidget* parent = nullptr);

    QList<SectionEditor*> editors() const { return m_editors; }
    void showSection(int index);
    void setReadOnly(bool readOnly);
    void commitPendingEdits();

signals:
    void messageChanged(const QString& message);

private:
    void updateItem(int index);

    QListWidget* m_list;
    QStackedWidget* m_stack;
    QList<SectionEditor*> m_editors;
};
