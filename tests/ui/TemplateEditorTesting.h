// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestCity.h"
#include "TestFiles.h"
#include "checklists/ChecklistRepository.h"
#include "checklists/Scoring.h"
#include "checklists/TemplateFormat.h"
#include "checklists/TemplateInstaller.h"
#include "checklists/template/TemplateEditor.h"
#include "checklists/template/TemplateEntryDialog.h"
#include "checklists/template/TemplateTreeModel.h"
#include "i18n/Translator.h"
#include "shell/DialogHooks.h"
#include "shell/MessageBar.h"
#include "shell/PaneContext.h"
#include "themes/ThemeRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

// What the tests of the "Areas and items" editor share: an editor open on a city of the
// test's own, checked by QAbstractItemModelTester, the entry dialog answered, and the scores
// of a round.
class TemplateEditorTesting
{
protected:
    struct Session
    {
        std::unique_ptr<TestCity> city;
        std::unique_ptr<TemplateEditor> editor;
        std::unique_ptr<QAbstractItemModelTester> tester;

        ~Session()
        {
            tester.reset();
            editor.reset();
        }
        ChecklistRepository& repo() { return city->repositories().checklists(); }
        QUndoStack& stack() { return city->undoStack(); }
        TemplateTreeModel& model() { return *editor->model(); }
        QTreeView* tree() { return editor->findChild<QTreeView*>(QStringLiteral("templateTree")); }
        QAction* action(const QString& name) { return editor->findChild<QAction*>(name); }
        void click(const QString& name)
        {
            auto* bar = editor->findChild<QToolBar*>(QStringLiteral("templateToolBar"));
            QWidget* button = bar->widgetForAction(action(name));
            QVERIFY(button && button->isEnabled());
            QTest::mouseClick(button, Qt::LeftButton);
        }
        void select(const QModelIndex& index) { tree()->setCurrentIndex(index); }
        QString message() { return editor->findChild<MessageBar*>()->message(); }
    };

    static std::unique_ptr<Session> open(std::unique_ptr<TestCity> city)
    {
        auto s = std::make_unique<Session>();
        s->city = std::move(city);
        PaneContext context{s->city->file(), s->city->repositories(), s->city->undoStack()};
        s->editor = std::make_unique<TemplateEditor>(context);
        s->tester = std::make_unique<QAbstractItemModelTester>(
            s->editor->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        s->editor->resize(1100, 700);
        s->editor->show();
        QApplication::setActiveWindow(s->editor.get());
        return s;
    }

    // Answers the next entry dialog with these texts, after checking that an empty one is
    // refused inline.
    static void answerEntry(const QString& text, const QString& details = {})
    {
        DialogHooks::setNextDialogHandler([text, details](QDialog& dialog) {
            auto* line = dialog.findChild<QLineEdit*>(QStringLiteral("entryText"));
            auto* box = dialog.findChild<QDialogButtonBox*>();
            if (!line || !box)
                return int(QDialog::Rejected);
            QPushButton* ok = box->button(QDialogButtonBox::Ok);
            auto* error = dialog.findChild<QLabel*>(QStringLiteral("entryError"));
            // Empty, it cannot be accepted, but says nothing before anything was typed.
            const bool refusedEmpty =
                !ok->isEnabled() && !static_cast<TemplateEntryDialog&>(dialog).error().isEmpty() &&
                error && error->isHidden();
            // Typed and rubbed out: now it says why.
            QTest::keyClicks(line, QStringLiteral("x"));
            QTest::keyClick(line, Qt::Key_Backspace);
            const bool toldWhy = !ok->isEnabled() && !error->isHidden();
            QTest::keyClicks(line, text);
            dialog.findChild<QPlainTextEdit*>(QStringLiteral("entryDetails"))
                ->setPlainText(details);
            return refusedEmpty && toldWhy && ok->isEnabled() ? int(QDialog::Accepted)
                                                              : int(QDialog::Rejected);
        });
    }

    // An item the first round answered (the round was held before today).
    static ChecklistItem answeredItem(Session& s, AssessmentRound& round)
    {
        round = s.repo().rounds().first();
        return *s.repo().item(s.repo().answers(round.meta.id).first().itemId);
    }

    static Scoring::RoundScore score(Session& s, const AssessmentRound& round)
    {
        return Scoring::score(round, s.repo().areas(round.templateId),
                              s.repo().allItems(round.templateId), s.repo().answers(round.meta.id));
    }

    QTemporaryDir m_dir;

    void setUpTestCase()
    {
        DialogHooks::setInteractive(false);
        // English plurals ("1 area", "2 items") come from the English translation.
        Translator::install(*QCoreApplication::instance(), QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
    }
};
