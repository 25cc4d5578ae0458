// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Every language of translations/ is complete: no message left unfinished, none empty, every
// placeholder of the English kept, every plural form written; and the files hold what the
// sources ask for now (a string added to the code without running update_translations fails
// here, whatever the language).
class TestTranslationFiles : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context;
        QString source;
        bool numerus = false;
        QString type;
        QStringList forms;
    };

    static QList<Message> read(const QString& path, QString* error)
    {
        QList<Message> messages;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return messages;
        }
        QXmlStreamReader xml(&file);
        QString context;
        Message message;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message{context,
                                  {},
                                  xml.attributes().value(QLatin1String("numerus")) ==
                                      QLatin1String("yes"),
                                  {},
                                  {}};
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (message.numerus) {
                    while (xml.readNextStartElement())
                        message.forms << xml.readElementText();
                } else {
                    message.forms << xml.readElementText();
                }
                messages << message;
            }
        }
        if (xml.hasError())
            *error = xml.errorString();
        return messages;
    }

    static QStringList tsFiles()
    {
        return QDir(QStringLiteral(PASSERELLE_SOURCE_DIR "/translations"))
            .entryList({QStringLiteral("passerelle_*.ts")}, QDir::Files, QDir::Name);
    }

private slots:
    void everyLanguageIsComplete_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString& file : tsFiles())
            QTest::newRow(qPrintable(file)) << file;
    }

    void everyLanguageIsComplete()
    {
        QFETCH(QString, file);
        QString error;
        const QList<Message> messages =
            read(QStringLiteral(PASSERELLE_SOURCE_DIR "/translations/") + file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        static const QRegularExpression placeholder(QStringLiteral("%L?\\d+"));
        QStringList problems;
        for (const Message& m : messages) {
            const QString where =
                m.context + QStringLiteral(": “") + m.source + QStringLiteral("”");
            if (!m.type.isEmpty()) {
                problems << where + QStringLiteral(" is ") + m.type;
                continue;
            }
            QSet<QString> wanted;
            for (auto it = placeholder.globalMatch(m.source); it.hasNext();)
                wanted << it.next().captured().remove(QLatin1Char('L'));
            bool anyCount = false;
            for (const QString& form : m.forms) {
                if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    problems << where + QStringLiteral(" has an empty translation");
                QSet<QString> found;
                for (auto it = placeholder.globalMatch(form); it.hasNext();)
                    found << it.next().captured().remove(QLatin1Char('L'));
                if (found != wanted)
                    problems << where + QStringLiteral(" → “") + form +
                                    QStringLiteral("” changes the placeholders");
                anyCount = anyCount || form.contains(QLatin1String("%n")) ||
                           form.contains(QLatin1String("%Ln"));
            }
            if (m.numerus && m.source.contains(QLatin1String("%n")) && !anyCount)
                problems << where + QStringLiteral(" shows the number in no plural form");
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    // Qt lays a label's paragraph out in the direction of its first letter (a QLabel, a rich
    // text's block): an Arabic sentence that begins with "PDF" or "Passerelle" is laid out left
    // to right and reads scrambled. In a right-to-left language, every text of the desktop
    // program with a letter of that language begins with one ("صيغة PDF …", "برنامج Passerelle
    // …"). The command line's texts are left to the terminal, which orders each line itself.
    void rightToLeftTextsBeginInTheirDirection()
    {
        QSet<QString> commandLine = {QStringLiteral("main")};
        for (const QString& header : QDir(QStringLiteral(PASSERELLE_SOURCE_DIR "/app/cli"))
                                         .entryList({QStringLiteral("*.h")}, QDir::Files))
            commandLine << header.chopped(2);
        static const QRegularExpression hidden(
            QStringLiteral("<[^>]*>|&[a-z]+;|%L?n|%L?\\d+|&(?=\\w)"));
        int checked = 0;
        QStringList problems;
        for (const QString& file : tsFiles()) {
            const QString language = file.section(QLatin1Char('_'), 1).chopped(3);
            if (QLocale(language).textDirection() != Qt::RightToLeft)
                continue;
            QString error;
            const QList<Message> messages =
                read(QStringLiteral(PASSERELLE_SOURCE_DIR "/translations/") + file, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            for (const Message& m : messages) {
                if (commandLine.contains(m.context))
                    continue;
                for (const QString& form : m.forms) {
                    const QString shown = QString(form).remove(hidden);
                    QChar::Direction first = QChar::DirON;
                    bool ownLetter = false;
                    for (const QChar c : shown) {
                        const QChar::Direction d = c.direction();
                        if (first == QChar::DirON &&
                            (d == QChar::DirL || d == QChar::DirR || d == QChar::DirAL))
                            first = d;
                        ownLetter = ownLetter || d == QChar::DirR || d == QChar::DirAL;
                    }
                    ++checked;
                    if (ownLetter && first == QChar::DirL)
                        problems << file + QStringLiteral(": ") + m.context + QStringLiteral(": ") +
                                        form;
                }
            }
        }
        QVERIFY(checked > 1000);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // lupdate run afresh on the sources finds nothing to add to nor take from any file.
    void filesFollowTheSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString& file : tsFiles()) {
            const QString copy = dir.filePath(file);
            QVERIFY(
                QFile::copy(QStringLiteral(PASSERELLE_SOURCE_DIR "/translations/") + file, copy));
            QProcess lupdate;
            lupdate.setWorkingDirectory(QStringLiteral(PASSERELLE_SOURCE_DIR));
            QStringList arguments{QStringLiteral("-silent"), QStringLiteral("-locations"),
                                  QStringLiteral("none"),    QStringLiteral("app"),
                                  QStringLiteral("core"),    QStringLiteral("ui")};
            if (file == QLatin1String("passerelle_en.ts"))
                arguments << QStringLiteral("-pluralonly");
            arguments << QStringLiteral("-ts") << copy;
            lupdate.start(QStringLiteral(PASSERELLE_LUPDATE), arguments);
            QVERIFY(lupdate.waitForFinished(120000));
            QCOMPARE(lupdate.exitCode(), 0);
            QString error;
            const QList<Message> after = read(copy, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QStringList stale;
            for (const Message& m : after) {
                if (!m.type.isEmpty())
                    stale << m.context + QStringLiteral(": “") + m.source + QStringLiteral("” ") +
                                 m.type;
            }
            QVERIFY2(stale.isEmpty(),
                     qPrintable(file +
                                QStringLiteral(" does not follow the sources (run cmake "
                                               "--build build --target "
                                               "update_translations, then translate):\n") +
                                stale.mid(0, 20).join(QLatin1Char('\n'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "TestTranslationFiles.moc"
