// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholdersPaneDriver.h"
#include "TestFiles.h"
#include "common/DateText.h"
#include "stakeholders/table/StakeholderTableModel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QScopeGuard>
#include <QSettings>
#include <QStyle>
#include <QTemporaryDir>

// The stakeholder table's dates, whole in every language.
class TestStakeholderTableDates : public QObject, protected StakeholdersPaneDriver
{
    Q_OBJECT

    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        installEnglish();
        TestFiles::isolateSettings(m_settings);
    }
    void init()
    {
        QSettings().clear();
        openOnDemoCity();
    }
    void cleanup()
    {
        closeAll();
        installEnglish();
        QLocale::setDefault(QLocale::c());
    }

    // Every date shows whole, in each language's form ("…2/10/28" in Arabic
    // was an overdue date cut by a column sized for Latin letters).
    void lastContactDatesShowWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("locale");
        QTest::newRow("English") << "en"
                                 << "en_GB";
        QTest::newRow("Arabic (Morocco)") << "ar"
                                          << "ar_MA";
        QTest::newRow("Arabic (Lebanon)") << "ar"
                                          << "ar_LB";
        QTest::newRow("Greek") << "el"
                               << "el_GR";
        QTest::newRow("Dutch") << "nl"
                               << "nl_BE";
    }

    void lastContactDatesShowWhole()
    {
        QFETCH(QString, language);
        QFETCH(QString, locale);
        Translator::install(*qApp, language);
        QLocale::setDefault(QLocale(locale));
        // A font whose digits are as wide as its widest letter: a width counted in letters
        // cuts the longest dates, as Arabic's fallback digits were cut.
        const QFont font = QApplication::font();
        QApplication::setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        const auto restoreFont = qScopeGuard([font] { QApplication::setFont(font); });
        m_pane.reset();
        openPane();
        const int column = StakeholderTableModel::LastContact;
        // A cell's text is cut where it is wider than the cell less the style's margins.
        const int margins =
            2 * (table()->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table()) + 1);
        const QFontMetrics metrics(table()->font());
        // Any day of the year, as the table writes it.
        int widest = 0;
        for (int month = 1; month <= 12; ++month)
            widest = std::max(widest,
                              metrics.horizontalAdvance(DateText::shown(QDate(2026, month, 28))));
        QVERIFY(widest > 0);
        QVERIFY2(table()->horizontalHeader()->sectionSize(column) >= widest + margins,
                 qPrintable(QStringLiteral("%1 < %2 + %3")
                                .arg(table()->horizontalHeader()->sectionSize(column))
                                .arg(widest)
                                .arg(margins)));
    }
};

QTEST_MAIN(TestStakeholderTableDates)
#include "TestStakeholderTableDates.moc"
