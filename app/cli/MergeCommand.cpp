// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeCommand.h"

#include "WritableCityFile.h"
#include "common/RecordMeta.h"
#include "merge/MergeApplier.h"
#include "merge/MergePlanner.h"
#include "merge/MergeSelection.h"
#include "merge/MergeSource.h"
#include "merge/MergeSourceFile.h"
#include "storage/CityFile.h"
#include "storage/RecordStore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString whatOption = QStringLiteral("what");

} // namespace

QString MergeCommand::summary() const
{
    return tr("Import good practices, checklists, exchanges and stakeholders from a partner "
              "city's file.");
}

void MergeCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The city file to change."));
    parser.addPositionalArgument(QStringLiteral("PARTNER"), tr("The file a partner city shared."));
    parser.addOption(
        QCommandLineOption(whatOption,
                           tr("What to take, separated by commas (all four when left out): %1.")
                               .arg(MergeSelection::words().join(QStringLiteral(","))),
                           QStringLiteral("LIST")));
}

int MergeCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        err << tr("merge takes a FILE and a PARTNER file.") << '\n';
        return UsageError;
    }
    MergeSelection selection;
    if (parser.isSet(whatOption)) {
        const std::optional<MergeSelection> chosen =
            MergeSelection::parse(parser.value(whatOption));
        if (!chosen) {
            err << tr("--what takes a list of %1, separated by commas.")
                       .arg(MergeSelection::words().join(QStringLiteral(", ")))
                << '\n';
            return UsageError;
        }
        selection = *chosen;
    }
    // The partner's file first: a refused one leaves the officer's untouched.
    Result<std::unique_ptr<MergeSourceFile>> partner = MergeSourceFile::open(args.at(1));
    if (!partner) {
        err << partner.error().message << '\n';
        return UserError;
    }
    Result<MergeSource> source = MergeSource::open(partner.value()->database());
    if (!source) {
        err << source.error().message << '\n';
        return UserError;
    }
    std::unique_ptr<CityFile> file = WritableCityFile::open(args.first(), err);
    if (!file)
        return UserError;
    Result<MergePlan> plan =
        MergePlanner(file->database(), file->cityId()).plan(source.value(), selection);
    if (!plan) {
        err << plan.error().message << '\n';
        return UserError;
    }
    RecordStore store(*file);
    // No decision: every conflict keeps the officer's version, every record the partner
    // deleted stays.
    const Result<MergeChanges> done =
        MergeApplier(store).apply(plan.value(), MergeDecisions{}, RecordMeta::now());
    if (!done) {
        err << done.error().message << '\n';
        return UserError;
    }
    using Outcome = MergeRecord::Outcome;
    const MergePlan& p = plan.value();
    const QJsonObject counts{{QStringLiteral("added"), p.count(Outcome::Added)},
                             {QStringLiteral("updated"), p.count(Outcome::Updated)},
                             {QStringLiteral("unchanged"), p.count(Outcome::Unchanged)},
                             {QStringLiteral("conflicts"), p.count(Outcome::Conflict)},
                             {QStringLiteral("removed_offered"), p.count(Outcome::RemovalOffered)},
                             {QStringLiteral("skipped"), p.count(Outcome::Skipped)}};
    out << QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)) << '\n';
    return Success;
}
