// SPDX-License-Identifier: GPL-3.0-or-later
// Texts of one direction inside a report of the other (a Tangier officer's French names in an
// Arabic report, an Arabic name in a French one) keep their own reading order, on the report's
// side of the page; and a table's column titles break between words in every language.
#include "ReportTesting.h"
#include "TestCity.h"
#include "i18n/Translator.h"
#include "reports/FineText.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportLanguage.h"
#include "reports/ReportStyle.h"

#include <QSet>

class TestReportMixedText : public QObject
{
    Q_OBJECT

    static ReportDocument document(Qt::LayoutDirection direction, const QString& paragraph)
    {
        ReportDocument doc;
        doc.title = QStringLiteral("Mixed");
        doc.direction = direction;
        doc.add(ReportHeading{1, QStringLiteral("Centre d'accueil (CIM)."), true});
        ReportParagraph rich;
        rich.runs = {ReportRun{paragraph, false, false, {}},
                     ReportRun{QStringLiteral(" (2025)."), true, false, {}}};
        doc.add(rich);
        return doc;
    }

    // The glyphs of a shaped line, left to right, each with its distance from the first.
    static QList<QPair<quint32, int>> glyphs(const QList<QGlyphRun>& runs)
    {
        QList<QPair<quint32, int>> all;
        for (const QGlyphRun& run : runs) {
            const QList<quint32> indexes = run.glyphIndexes();
            const QList<QPointF> positions = run.positions();
            for (int i = 0; i < indexes.size(); ++i)
                all.append({indexes.at(i), qRound(positions.at(i).x())});
        }
        std::sort(all.begin(), all.end(),
                  [](const auto& a, const auto& b) { return a.second < b.second; });
        if (!all.isEmpty()) {
            const int first = all.first().second;
            for (auto& g : all)
                g.second -= first;
        }
        return all;
    }

    // The same glyphs in the same order, at the same places within a tenth of a point (a line's
    // positions are fractions of its own start).
    static bool sameGlyphs(const QList<QGlyphRun>& a, const QList<QGlyphRun>& b, QString* why)
    {
        const auto x = glyphs(a);
        const auto y = glyphs(b);
        bool same = x.size() == y.size();
        for (int i = 0; same && i < x.size(); ++i)
            same = x.at(i).first == y.at(i).first && qAbs(x.at(i).second - y.at(i).second) <= 1;
        if (!same) {
            QStringList xs, ys;
            for (const auto& g : x)
                xs << QString::number(g.first);
            for (const auto& g : y)
                ys << QString::number(g.first);
            *why = xs.join(QLatin1Char(',')) + QStringLiteral(" vs ") + ys.join(QLatin1Char(','));
        }
        return same;
    }

    static const ReportPages::Text* findText(const ReportPages& pages, const QString& text)
    {
        for (const ReportPages::Page& page : pages.pages) {
            for (const ReportPages::Text& t : page.texts) {
                if (t.text == text)
                    return &t;
            }
        }
        return nullptr;
    }

private slots:
    // A French heading in an Arabic report is drawn exactly as in a French one, only placed at
    // the right margin: its parenthesis and full stop stay at its end.
    void latinTextInAnArabicReportReadsLeftToRight()
    {
        const ReportStyle style(QPageSize::A4);
        const QString heading = QStringLiteral("Centre d'accueil (CIM).");
        const QString words = QStringLiteral("Le guichet unique ouvre le samedi");
        const auto ltr = ReportPaginator(style).paginate(document(Qt::LeftToRight, words));
        const auto rtl = ReportPaginator(style).paginate(document(Qt::RightToLeft, words));
        QVERIFY(ltr && rtl);
        const ReportPages::Text* inLtr = findText(*ltr, heading);
        const ReportPages::Text* inRtl = findText(*rtl, heading);
        QVERIFY(inLtr && inRtl && inLtr->shaped && inRtl->shaped);
        QString why;
        QVERIFY2(sameGlyphs(inRtl->shaped->runs, inLtr->shaped->runs, &why), qPrintable(why));
        // Right to left, the heading ends at the right margin.
        const double right = inRtl->baseline.x() + style.advance(inRtl->role, heading);
        QVERIFY2(qAbs(right - style.body().right()) < 1,
                 qPrintable(QString::number(right) + QLatin1Char(' ') +
                            QString::number(style.body().right())));

        // The rich paragraph: its own direction, on the report's side.
        QCOMPARE(rtl->pages.back().rich.size(), size_t(1));
        const ReportPages::Rich& rich = rtl->pages.back().rich.front();
        const QTextOption option = rich.layout->textOption();
        QCOMPARE(option.textDirection(), Qt::LeftToRight);
        const QTextLine line = rich.layout->lineAt(0);
        QVERIFY2(qAbs(line.naturalTextRect().right() - line.width()) <
                     2 * ReportStyle::measureScale,
                 "a French paragraph in an Arabic report stands at the right margin");
        const ReportPages::Rich& inFrench = ltr->pages.back().rich.front();
        QVERIFY2(sameGlyphs(line.glyphRuns(), inFrench.layout->lineAt(0).glyphRuns(), &why),
                 qPrintable(why));
    }

    // The reverse: an Arabic name in an English report reads right to left, its trailing
    // parenthesis on its left, exactly as in an Arabic report.
    void arabicTextInALatinReportReadsRightToLeft()
    {
        const ReportStyle style(QPageSize::A4);
        const QString name = QStringLiteral("جمعية الأمل (طنجة).");
        ReportDocument ltrDoc = document(Qt::LeftToRight, name);
        ReportDocument rtlDoc = document(Qt::RightToLeft, name);
        for (ReportDocument* doc : {&ltrDoc, &rtlDoc})
            doc->add(ReportHeading{2, name, true});
        const auto ltr = ReportPaginator(style).paginate(ltrDoc);
        const auto rtl = ReportPaginator(style).paginate(rtlDoc);
        QVERIFY(ltr && rtl);
        const ReportPages::Text* inLtr = findText(*ltr, name);
        const ReportPages::Text* inRtl = findText(*rtl, name);
        QVERIFY(inLtr && inRtl);
        QString why;
        QVERIFY2(sameGlyphs(inLtr->shaped->runs, inRtl->shaped->runs, &why), qPrintable(why));
        QCOMPARE(ltr->pages.back().rich.front().layout->textOption().textDirection(),
                 Qt::RightToLeft);
        // A figure's label, shortened or not, in its own direction too.
        QString shown;
        const QFont font = style.font(ReportStyle::Role::Small);
        const ReportPages::Shaped label = FineText::shapeWithin(name, font, 1e6, &shown);
        QCOMPARE(shown, name);
        QCOMPARE(glyphs(label.runs), glyphs(FineText::shape(name, font, Qt::RightToLeft).runs));
    }

    // What a report composes of the officer's texts (lists of names, a place, a progress note)
    // keeps each text in its own direction, with the language's own commas.
    void composedTextsKeepTheirDirection()
    {
        const QChar lri(0x2066), pdi(0x2069);
        const QString french = QStringLiteral("Association Espoir (Tanger).");
        const QString arabic = QStringLiteral("جمعية الأمل");
        const ReportLanguage ar(QStringLiteral("ar"), QLocale(QStringLiteral("ar_MA")));
        QCOMPARE(ar.own(french), lri + french + pdi);
        QCOMPARE(ar.own(arabic), arabic);
        QCOMPARE(ar.joined({QStringLiteral("Tanger"), arabic}),
                 lri + QStringLiteral("Tanger") + pdi + QStringLiteral("، ") + arabic);
        const QString listed = ar.list({arabic, french});
        QVERIFY2(listed.startsWith(arabic) && listed.endsWith(lri + french + pdi),
                 qPrintable(listed));
        const ReportLanguage en(QStringLiteral("en"), QLocale(QStringLiteral("en_GB")));
        QCOMPARE(en.joined({QStringLiteral("Mechelen"), QStringLiteral("Belgium")}),
                 QStringLiteral("Mechelen, Belgium"));
        QCOMPARE(en.list({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}),
                 QStringLiteral("A, B and C"));
        QCOMPARE(en.own(arabic), QChar(0x2067) + arabic + pdi);
    }

    // No column title of any report in any language is broken inside a word ("التأخي/ر").
    void columnTitlesBreakBetweenWords_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : Translator::availableLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void columnTitlesBreakBetweenWords()
    {
        QFETCH(QString, language);
        std::unique_ptr<TestCity> city = TestCity::demo(0, language);
        for (const ReportKind kind : ReportBuilder::kinds()) {
            ReportOptions options;
            options.kind = kind;
            options.language = language;
            options.today = QDate(2026, 12, 4);
            const Result<ReportDocument> doc = ReportBuilder::build(city->repositories(), options);
            QVERIFY(doc);
            QSet<QString> words;
            for (const ReportBlock& block : doc.value().blocks) {
                if (const auto* table = std::get_if<ReportTable>(&block)) {
                    for (const ReportTable::Column& column : table->columns) {
                        for (const QString& word : column.title.split(QLatin1Char(' ')))
                            words.insert(word);
                    }
                }
            }
            for (const QPageSize::PageSizeId paper : {QPageSize::A4, QPageSize::Letter}) {
                const ReportStyle style(paper);
                const auto pages = ReportPaginator(style).paginate(doc.value());
                QVERIFY(pages);
                for (const ReportPages::Page& page : pages->pages) {
                    for (const ReportPages::Text& t : page.texts) {
                        if (t.role != ReportStyle::Role::TableHeader)
                            continue;
                        for (const QString& word : t.text.split(QLatin1Char(' ')))
                            QVERIFY2(words.contains(word),
                                     qPrintable(ReportBuilder::key(kind) + QLatin1String(": ") +
                                                t.text));
                    }
                }
            }
        }
    }
};

QTEST_MAIN(TestReportMixedText)
#include "TestReportMixedText.moc"
