// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TextFolding.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

namespace {

// The folding as it was first written, on QString::normalized(): the reference the linear
// folding must match character for character, since folded names are stored (name_key).
QString reference(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        const QChar::Category cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
            cat == QChar::Mark_Enclosing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        out += c;
    }
    return out.toCaseFolded();
}

QString fromUcs4(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

} // namespace

// Folding text for comparison: the expected results, the same results as normalizing the whole
// text, and time linear in the text's length.
class TestTextFolding : public QObject
{
    Q_OBJECT

private slots:
    void folds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("accents and case")
            << QStringLiteral("Société  Générale") << QStringLiteral("societe generale");
        QTest::newRow("spaces trimmed")
            << QStringLiteral(" \t Caritas\n") << QStringLiteral("caritas");
        QTest::newRow("ligature") << QStringLiteral("ﬁnance") << QStringLiteral("finance");
        QTest::newRow("stacked marks") << QStringLiteral("ǖ") << QStringLiteral("u");
        QTest::newRow("arabic") << QStringLiteral("جمعية") << QStringLiteral("جمعية");
        QTest::newRow("empty") << QString() << QString();
    }

    void folds()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(TextFolding::fold(text), folded);
    }

    void everyCharacterAsNormalizing()
    {
        // Each code point alone, then after a letter and before a combining mark, so that its
        // decomposition, its marks and its spacing meet their neighbours.
        for (char32_t c = 0; c <= 0x10FFFF; ++c) {
            if (c >= 0xD800 && c < 0xE000)
                continue;
            const QString alone = fromUcs4(c);
            if (TextFolding::fold(alone) != reference(alone))
                QFAIL(qPrintable(QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0'))));
            if (c > 0x3400 && c < 0xF900 && c % 64 != 0)
                continue; // the big blocks of ideographs and syllables: a sample is enough
            const QString between = QStringLiteral("a") + alone + QChar(0x0301);
            if (TextFolding::fold(between) != reference(between))
                QFAIL(qPrintable(
                    QStringLiteral("a U+%1 U+0301").arg(uint(c), 4, 16, QLatin1Char('0'))));
        }
    }

    void mixedTextAsNormalizing()
    {
        // Combining marks of several classes (also outside the BMP), spaces, Hangul syllables,
        // compatibility characters and lone surrogates, in random order.
        const QList<char32_t> pool = {u'a',    u'E',    u' ',    u'\t',  0x00A0, 0x00E9,  0x0301,
                                      0x0323,  0x0327,  0x0345,  0x05B0, 0x0951, 0x1E09,  0x2002,
                                      0x212B,  0xAC00,  0xD55C,  0xFB01, 0xFF21, 0x1D15E, 0x1D165,
                                      0x1D16D, 0x1D167, 0x11046, 0xD800, 0xDC00};
        QRandomGenerator random(9);
        for (int sample = 0; sample < 20000; ++sample) {
            QString text;
            const int length = int(random.bounded(1, 12));
            for (int i = 0; i < length; ++i)
                text += fromUcs4(pool.at(random.bounded(int(pool.size()))));
            if (TextFolding::fold(text) != reference(text)) {
                QStringList codes;
                for (const QChar c : text)
                    codes << QString::number(c.unicode(), 16);
                QFAIL(qPrintable(codes.join(QLatin1Char(' '))));
            }
        }
    }

    void longTextInLinearTime_data()
    {
        QTest::addColumn<QString>("text");
        const int size = 1024 * 1024;
        QTest::newRow("accented letters") << QString(size, QChar(0x00E9));
        QString marks(size, QChar(0x0301));
        for (qsizetype i = 1; i < marks.size(); i += 2)
            marks[i] = QChar(0x0323); // two classes: canonical ordering has work to do
        QTest::newRow("one letter, then combining marks") << QStringLiteral("a") + marks;
        QTest::newRow("hangul") << QString(size, QChar(0xAC00));
        QTest::newRow("spaces") << QString(size, QChar(0x2002));
    }

    void longTextInLinearTime()
    {
        // Each of these took minutes through QString::normalized (Qt 6.4); a generous bound,
        // benchmarks measure the real figure.
        QFETCH(QString, text);
        QElapsedTimer timer;
        timer.start();
        const QString folded = TextFolding::fold(text);
        const qint64 ms = timer.elapsed();
        QVERIFY2(ms < 2000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
        QVERIFY(folded.size() <= 2 * text.size());
        qInfo("%s: %lld ms", QTest::currentDataTag(), ms);
    }
};

QTEST_APPLESS_MAIN(TestTextFolding)
#include "TestTextFolding.moc"
