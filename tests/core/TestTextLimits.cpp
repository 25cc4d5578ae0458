// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TextLimits.h"

#include <QElapsedTimer>
#include <QTest>

// Shortening values for display: short text untouched, long text cut with an ellipsis at the
// limit, never inside a surrogate pair, and the whole text kept for editing.
class TestTextLimits : public QObject
{
    Q_OBJECT

private slots:
    void shortTextIsKept()
    {
        const QString name = QStringLiteral("Caritas");
        QCOMPARE(TextLimits::shortened(name), name);
        const QString exact(TextLimits::shownChars, QLatin1Char('a'));
        QCOMPARE(TextLimits::shortened(exact), exact);
        QCOMPARE(TextLimits::shortened(QString()), QString());
    }

    void longTextEndsWithEllipsis()
    {
        const QString longer(TextLimits::shownChars + 1, QLatin1Char('a'));
        const QString shown = TextLimits::shortened(longer);
        QCOMPARE(shown.size(), TextLimits::shownChars);
        QVERIFY(shown.endsWith(QChar(0x2026)));
        QCOMPARE(TextLimits::shortened(QStringLiteral("Association des amis"), 13),
                 QStringLiteral("Association…")); // no space before the ellipsis
    }

    void menuTextIsCutAfterAWholeWord()
    {
        const QString text = QStringLiteral("Rename “Association des femmes migrantes de Patras”");
        QCOMPARE(TextLimits::shortenedAtWord(text, 100), text);
        QCOMPARE(TextLimits::shortenedAtWord(text, 30), QStringLiteral("Rename “Association des…"));
        // One long word: cut inside it rather than keep almost nothing.
        const QString word = QStringLiteral("Rename Donaudampfschifffahrtsgesellschaft");
        QCOMPARE(TextLimits::shortenedAtWord(word, 20), QStringLiteral("Rename Donaudampfsc…"));
        QCOMPARE(TextLimits::shortenedAtWord(word, 20).size(), 20);
        for (qsizetype max = 2; max < text.size(); ++max)
            QVERIFY(TextLimits::shortenedAtWord(text, max).size() <= max);
    }

    void surrogatePairIsNotCut()
    {
        // "ab" then U+1F600, cut where only its first half would fit.
        const QString text =
            QStringLiteral("ab") + QString::fromUcs4(U"\U0001F600") + QStringLiteral("cdef");
        const QString shown = TextLimits::shortened(text, 4);
        QCOMPARE(shown, QStringLiteral("ab…"));
        for (const QChar c : shown)
            QVERIFY(!c.isSurrogate());
    }

    void rolesGetWholeOrShortenedText()
    {
        const QString huge(1000000, QLatin1Char('x'));
        QCOMPARE(TextLimits::forRole(huge, Qt::EditRole), huge);
        QCOMPARE(TextLimits::forRole(huge, Qt::DisplayRole).size(), TextLimits::shownChars);
        QCOMPARE(TextLimits::forRole(huge, Qt::ToolTipRole).size(),
                 TextLimits::shownParagraphChars);
    }

    void limitsAreOrdered()
    {
        QVERIFY(TextLimits::shownChars < TextLimits::maxShortText);
        QVERIFY(TextLimits::maxShortText < TextLimits::maxLongText);
    }
};

QTEST_APPLESS_MAIN(TestTextLimits)
#include "TestTextLimits.moc"
