// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestCity.h"
#include "commands/RecordCommands.h"
#include "i18n/Translator.h"
#include "shell/DialogHooks.h"
#include "shell/PaneRegistry.h"
#include "stakeholders/GroupRepository.h"
#include "stakeholders/StakeholderRepository.h"
#include "stakeholders/StakeholdersPane.h"
#include "stakeholders/grid/InfluenceGrid.h"
#include "stakeholders/grid/InfluenceGridView.h"
#include "stakeholders/network/RelationsNetwork.h"
#include "stakeholders/table/StakeholderTableDelegate.h"
#include "stakeholders/table/StakeholderTableModel.h"
#include "themes/ThemeRepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

// Drives the Stakeholders pane on a demo city of the test's own, as an officer would: finds
// its widgets by name, selects a row with the mouse, types a name.
class StakeholdersPaneDriver
{
protected:
    std::unique_ptr<TestCity> m_city;
    std::unique_ptr<StakeholdersPane> m_pane;

    // English plural forms ("1 relation", "2 relations") come from a translation file.
    static void installEnglish() { Translator::install(*qApp, QStringLiteral("en")); }

    // Each test starts on a demo city of its own, with no dialog answer left from another.
    void openOnDemoCity()
    {
        DialogHooks::reset();
        DialogHooks::setInteractive(false);
        m_city = TestCity::demo();
        openPane();
    }

    void closeAll()
    {
        m_pane.reset();
        m_city.reset();
    }

    void openPane()
    {
        m_pane = std::make_unique<StakeholdersPane>(
            PaneContext{m_city->file(), m_city->repositories(), m_city->undoStack()});
        m_pane->resize(1200, 700);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    template <typename T> T* find(const QString& name)
    {
        T* w = m_pane->findChild<T*>(name);
        if (!w)
            qFatal("no widget named %s", qPrintable(name));
        return w;
    }
    StakeholderRepository& repo() { return m_city->repositories().stakeholders(); }
    QTableView* table() { return find<QTableView>(QStringLiteral("stakeholderTable")); }
    QString idOf(const QString& name) { return repo().byNameKey(name)->meta.id; }

    void clickRow(const QString& id)
    {
        const int row = m_pane->model()->rowOf(id);
        QVERIFY(row >= 0);
        const QModelIndex index = m_pane->model()->index(row, StakeholderTableModel::Name);
        table()->scrollTo(index);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {},
                          table()->visualRect(index).center());
        QCOMPARE(m_pane->selectedIds(), QStringList{id});
    }

    void typeName(const QString& text)
    {
        auto* name = find<QLineEdit>(QStringLiteral("stakeholderName"));
        name->setFocus();
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Backspace);
        // QTest types ASCII only: accented text is inserted as an input method would.
        bool ascii = true;
        for (QChar c : text)
            ascii = ascii && c.unicode() < 128;
        if (ascii)
            QTest::keyClicks(name, text);
        else
            name->insert(text);
        QTest::keyClick(name, Qt::Key_Return);
    }

    QAction* action(const QString& name) { return find<QAction>(name); }
};
