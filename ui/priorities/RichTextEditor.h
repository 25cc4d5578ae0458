// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QTextEdit;
class QToolBar;
class QUndoStack;

// A section of the priorities document written as rich text (headings, lists, bold, italic,
// links) with a small toolbar, stored as HTML. What is typed is handed over as one edit per
// editing session: when the officer pauses or leaves the editor (committed()), never one per
// keystroke; the editor has no undo history of its own, the file's stack is the only one.
class RichTextEditor : public QWidget
{
    Q_OBJECT

public:
    // How long a pause in typing ends an edit.
    static constexpr int idleMilliseconds = 1000;

    // name: the objectName of the editor ("introduction"), its toolbar's buttons derive theirs.
    RichTextEditor(const QString& name, QUndoStack& undoStack, QWidget* parent = nullptr);

    QTextEdit* editor() const { return m_edit; }
    QString html() const;
    // Shows stored text (reading the file, undo, redo) without treating it as typing.
    void setHtml(const QString& html);
    void setReadOnly(bool readOnly);
    // Hands over what was typed since the last edit, if anything.
    void commit();
    // The editing session: a new one begins each time the editor loses focus, so that edits of
    // one session merge into one undo step and a later session is a step of its own.
    int session() const { return m_session; }

signals:
    void committed(const QString& html);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QToolBar* makeToolBar(const QString& name);
    void setHeading(int level);
    void setList(bool numbered);
    void toggleBold();
    void toggleItalic();
    void insertLink();

    QTextEdit* m_edit;
    QToolBar* m_toolBar;
    QTimer m_idle;
    QString m_shown; // the HTML last shown or handed over
    bool m_showing = false;
    bool m_readOnly = false;
    int m_session = 0;
};
