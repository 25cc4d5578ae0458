// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class CityDocument;
class Pane;
class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;
class ReadOnlyBanner;

// An open file in the window: the navigation list on the left, the read-only banner and the
// current pane on the right. The panes come from PaneRegistry, made for this one document.
class DocumentView : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentView(QWidget* parent = nullptr);

    // Makes the panes for the document; nullptr removes them (before the document goes).
    void setDocument(CityDocument* document);
    QList<Pane*> panes() const { return m_panes; }
    Pane* currentPane() const;
    void showPane(int index);
    void setNavigationVisible(bool visible);
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

signals:
    void currentPaneChanged(int index);
    void saveCopyRequested();

private:
    QSplitter* m_splitter = nullptr;
    QListWidget* m_navigation = nullptr;
    ReadOnlyBanner* m_banner = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_summary = nullptr;
    QList<Pane*> m_panes;
    bool m_navigationWanted = true;
    bool m_sizesRestored = false;
};
