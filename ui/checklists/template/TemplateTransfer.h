// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"

#include <QCoreApplication>

class QWidget;

// Export of a checklist to a JSON file and import of one from another city, with the file
// dialogs and messages of DialogHooks. An import is confirmed first (the checklist's name, its
// areas and items, new or an upgrade) and is one undo step; a refused file changes nothing and
// the message names the problem the core found.
class TemplateTransfer
{
    Q_DECLARE_TR_FUNCTIONS(TemplateTransfer)

public:
    TemplateTransfer(const PaneContext& context, QWidget* parent);

    // Returns whether a file was written.
    bool exportTemplate(const QString& templateId);
    // Returns the id of the checklist installed or upgraded; empty when nothing changed.
    QString importTemplate();

private:
    void warn(const QString& title, const QString& text);
    QString fileLanguage() const;

    PaneContext m_context;
    QWidget* m_parent;
};
