// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the calendar of a large action plan (issue: action plan, calendar export): 2,000
// action ends and 10,000 milestones with realistic French and Arabic text, as CalendarWriter
// writes them to disk (libical, then QSaveFile: a temporary file, fsync, rename). The target
// for the whole export is 0.5 s or less; this is the writer's share. Wall time of
// CalendarWriter::write, and of toIcs alone, median of several runs (the machine is shared).
//   bench_calendarwriter [RUNS]
#include "BenchTimes.h"
#include "plan/CalendarWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace {

constexpr int actionEnds = 2000;
constexpr int milestones = 10000;

const QStringList themes{QStringLiteral("Logement"), QStringLiteral("Santé"),
                         QStringLiteral("Éducation, formation"), QStringLiteral("Emploi"),
                         QStringLiteral("Participation citoyenne")};

const QStringList actionTitles{
    QStringLiteral("Ouvrir un guichet unique d’accueil pour les nouveaux arrivants"),
    QStringLiteral("Former les agents municipaux à l’accueil interculturel"),
    QStringLiteral("Traduire le livret d’accueil en arabe, tigrinya et dari"),
    QStringLiteral("Créer un groupe de parole des femmes migrantes au centre social"),
    QStringLiteral("إنشاء شباك موحد لاستقبال الوافدين الجدد")};

const QStringList milestoneTitles{
    QStringLiteral("Réunion de lancement avec les partenaires"),
    QStringLiteral("Convention signée avec l’association Caritas ; budget voté"),
    QStringLiteral("Premier bilan au groupe des parties prenantes"),
    QStringLiteral("Recrutement du médiateur (profil : arabe, français)"),
    QStringLiteral("اجتماع لجنة المتابعة، المرحلة الأولى")};

QString description(int i)
{
    return QStringLiteral("Action %1 du plan d’intégration 2026–2028.\nPilote : service des "
                          "solidarités ; partenaires : Caritas, Croix-Rouge, C:\\partage\\plan.\n"
                          "Indicateur : nombre de personnes accueillies, cible %2 par trimestre.")
        .arg(i)
        .arg(50 + i % 200);
}

QList<CalendarEvent> plan()
{
    const QDate start(2026, 1, 5);
    const QDateTime created(QDate(2025, 11, 3), QTime(9, 12, 40), Qt::UTC);
    QList<CalendarEvent> events;
    events.reserve(actionEnds + milestones);
    for (int a = 0; a < actionEnds; ++a) {
        CalendarEvent e;
        // Record ids are UUIDs; the suffix tells an action's end from its milestones.
        e.uid = QStringLiteral("6f1c2a94-3b7e-4d21-9a5c-%1-action-end@passerelle")
                    .arg(a, 12, 10, QLatin1Char('0'));
        e.summary = QStringLiteral("Fin de l’action : ") + actionTitles.at(a % actionTitles.size());
        e.description = description(a);
        e.date = start.addDays(a % 900);
        e.sequence = a % 4;
        e.created = created;
        e.lastModified = created.addSecs(3600LL * (a % 5000));
        e.categories = {QStringLiteral("Action"), themes.at(a % themes.size())};
        events << e;
        for (int m = 0; m < milestones / actionEnds; ++m) {
            CalendarEvent ms;
            ms.uid = QStringLiteral("0b7d5e13-8c2f-4a6e-b1d9-%1-milestone@passerelle")
                         .arg(a * 5 + m, 12, 10, QLatin1Char('0'));
            ms.summary = milestoneTitles.at((a + m) % milestoneTitles.size());
            ms.description = m % 2 ? QString() : description(a);
            ms.date = start.addDays((a + m * 37) % 900);
            ms.sequence = m;
            ms.created = created;
            ms.lastModified = created.addDays(m);
            ms.categories = {QStringLiteral("Jalon"), themes.at((a + m) % themes.size())};
            events << ms;
        }
    }
    return events;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 9;
    const QList<CalendarEvent> events = plan();
    const QString name = QStringLiteral("Plan d’action — Tanger");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.ics"));
    // The export as the program makes it first, then the in-memory part alone.
    BenchTimes write;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Result<void> written = CalendarWriter::write(path, events, name, true);
        write.add(timer);
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
            return 1;
        }
    }
    BenchTimes build;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QByteArray ics = CalendarWriter::toIcs(events, name, QDateTime::currentDateTimeUtc());
        build.add(timer);
        if (ics.isEmpty())
            return 1;
    }
    std::printf("%d events (%d action ends, %d milestones), %.1f MB\n", int(events.size()),
                actionEnds, milestones, double(QFileInfo(path).size()) / (1024 * 1024));
    std::printf("write (file, fsync, rename)  %s\n", qPrintable(write.summary()));
    std::printf("toIcs alone (in memory)      %s\n", qPrintable(build.summary()));
    return 0;
}
