// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/ProfileSection.h"
#include "shell/PaneContext.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

// One narrative section of the profile: its title, what belongs in it, the text and its
// sources. Typing is stored as one undo step per burst: when the officer pauses, leaves the
// editor or presses Undo, never one step per keystroke.
class SectionEditor : public QWidget
{
    Q_OBJECT

public:
    // How long a pause in typing ends a burst.
    static constexpr int idleMilliseconds = 800;

    SectionEditor(const PaneContext& context, const ProfileSection& section,
                  QWidget* parent = nullptr);

    ProfileSection::Key key() const { return m_stored.key; }
    const ProfileSection& section() const { return m_stored; }
    QPlainTextEdit* bodyEditor() const { return m_body; }
    bool hasPendingEdit() const;

    void setReadOnly(bool readOnly);
    // Stores what was typed since the last step, as one undo step.
    void commit();

signals:
    // Why the text could not be stored; empty once an edit is stored.
    void messageChanged(const QString& message);
    // The stored text changed (typed, undone or redone), for the list of sections.
    void sectionChanged(const ProfileSection& section);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTextEdited();
    void onStored(const ProfileSection& section);
    // Shows a stored text (undo, redo) without treating it as typing.
    void showText(QPlainTextEdit* editor, const QString& text);

    PaneContext m_context;
    ProfileSection m_stored;
    QLabel* m_title;
    QLabel* m_hint;
    QPlainTextEdit* m_body;
    QPlainTextEdit* m_sources;
    QTimer m_idle;
    bool m_showing = false;
    bool m_readOnly = false;
};
