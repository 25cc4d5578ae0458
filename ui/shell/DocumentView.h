// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneRegistry.h"
#include "shell/RecordNavigator.h"

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
// current pane on the right. The panes come from PaneRegistry, made for this one document:
// the first one shown at once, the others when they are first shown or, one at a time, when
// the window has nothing else to do after its first paint.
class DocumentView : public QWidget, public RecordNavigator
{
    Q_OBJECT

public:
    explicit DocumentView(QWidget* parent = nullptr);

    // Lists the panes for the document and shows the first; nullptr removes them (before the
    // document goes).
    void setDocument(CityDocument* document);
    int paneCount() const { return int(m_places.size()); }
    QString paneTitle(int index) const;
    QIcon paneIcon(int index) const;
    // The pane at index, made now if it was not yet.
    Pane* pane(int index);
    // The panes made so far.
    QList<Pane*> madePanes() const;
    Pane* currentPane() const;
    void showPane(int index);
    // Shows the pane whose entry lists table and selects the record there.
    bool showRecord(const QString& table, const QString& id) override;
    void setNavigationVisible(bool visible);
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

signals:
    void currentPaneChanged(int index);
    void saveCopyRequested();

private:
    struct Place
    {
        PaneRegistry::Entry entry;
        Pane* pane = nullptr;
    };
    void makeNextPane(int from);

    QSplitter* m_splitter = nullptr;
    QListWidget* m_navigation = nullptr;
    ReadOnlyBanner* m_banner = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_summary = nullptr;
    QList<Place> m_places;
    CityDocument* m_document = nullptr;
    quint64 m_generation = 0; // a new one for each document shown
    bool m_navigationWanted = true;
    bool m_sizesRestored = false;
};
