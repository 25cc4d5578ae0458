// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// The user guide exists in every language the program speaks, each with the English guide's
// sections, marked with its language (and, for Arabic, its direction) so that the help
// browser lays it out right.
class TestUserGuides : public QObject
{
    Q_OBJECT

    static QString read(const QString& name)
    {
        QFile file(QStringLiteral(PASSERELLE_SOURCE_DIR "/resources/help/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }
    static int count(const QString& text, const QString& pattern)
    {
        return int(text.count(QRegularExpression(pattern)));
    }

private slots:
    void everyLanguageHasTheWholeGuide_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language :
             QStringLiteral(PASSERELLE_LANGUAGES).split(QLatin1Char(','), Qt::SkipEmptyParts))
            QTest::newRow(qPrintable(language)) << language;
    }

    void everyLanguageHasTheWholeGuide()
    {
        QFETCH(QString, language);
        const QString english = read(QStringLiteral("user-guide.html"));
        const QString guide = read(QStringLiteral("user-guide_%1.html").arg(language));
        QVERIFY2(!guide.isEmpty(), qPrintable(language));
        QVERIFY(guide.contains(QStringLiteral("<html lang=\"%1\"").arg(language)));
        if (language == QLatin1String("ar"))
            QVERIFY(guide.contains(QStringLiteral("dir=\"rtl\"")));
        for (const QString& tag : {QStringLiteral("<h2"), QStringLiteral("<h3"),
                                   QStringLiteral("<table"), QStringLiteral("<li")})
            QCOMPARE(count(guide, tag), count(english, tag));
        // Every link inside the guide leads to a section of it.
        static const QRegularExpression link(QStringLiteral("href=\"#([^\"]+)\""));
        for (auto it = link.globalMatch(guide); it.hasNext();) {
            const QString id = it.next().captured(1);
            QVERIFY2(guide.contains(QStringLiteral("id=\"%1\"").arg(id)), qPrintable(id));
        }
    }
};

QTEST_GUILESS_MAIN(TestUserGuides)
#include "TestUserGuides.moc"
