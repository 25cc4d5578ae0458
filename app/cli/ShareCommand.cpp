// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShareCommand.h"

#include "PersonalDataOption.h"
#include "share/ShareWriter.h"

QString ShareCommand::summary() const
{
    return tr("Write a copy of a city file to share with a partner city, without personal data.");
}

void ShareCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The city file to share."));
    parser.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                        tr("The shared copy to write."), QStringLiteral("OUT")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("force"), tr("Replace OUT if it already exists.")));
    PersonalDataOption::add(parser);
}

int ShareCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(QStringLiteral("output"))) {
        err << tr("share takes a FILE and -o OUT.") << '\n';
        return UsageError;
    }
    const PersonalData::Policy policy = PersonalDataOption::policy(parser);
    const QString target = parser.value(QStringLiteral("output"));
    Result<ShareWriter::Outcome> shared =
        ShareWriter::write(files.first(), target, {policy, parser.isSet(QStringLiteral("force"))});
    if (!shared) {
        err << shared.error().message << '\n';
        return UserError;
    }
    const ShareWriter::Outcome& outcome = shared.value();
    out << tr("%1 shared in %2.").arg(outcome.cityName, target) << '\n';
    if (!outcome.leftOut.isEmpty()) {
        out << tr("Left out:") << '\n';
        for (const ShareSummary::Item& item : outcome.leftOut)
            out << "  " << item.text << '\n';
    }
    if (const QString note = PersonalDataOption::leftOutNote(policy); !note.isEmpty())
        out << note << '\n';
    return Success;
}
