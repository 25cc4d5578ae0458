// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "CheckCommand.h"
#include "CompareCommand.h"
#include "DemoCommand.h"
#include "ExportIcsCommand.h"
#include "ExportStakeholdersCommand.h"
#include "ExportTemplateCommand.h"
#include "ImportStakeholdersCommand.h"
#include "ImportTemplateCommand.h"
#include "InfoCommand.h"
#include "MergeCommand.h"
#include "PlanCommand.h"
#include "ReportCommand.h"
#include "ScoresCommand.h"
#include "ShareCommand.h"

CliRunner::CliRunner()
{
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<InfoCommand>());
    m_commands.push_back(std::make_unique<ImportStakeholdersCommand>());
    m_commands.push_back(std::make_unique<ExportStakeholdersCommand>());
    m_commands.push_back(std::make_unique<ScoresCommand>());
    m_commands.push_back(std::make_unique<PlanCommand>());
    m_commands.push_back(std::make_unique<ExportIcsCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<ExportTemplateCommand>());
    m_commands.push_back(std::make_unique<ImportTemplateCommand>());
    m_commands.push_back(std::make_unique<CompareCommand>());
    m_commands.push_back(std::make_unique<MergeCommand>());
    m_commands.push_back(std::make_unique<ShareCommand>());
}

CliRunner::~CliRunner() = default;

QString CliRunner::overview() const
{
    QString text = tr("Usage: passerelle-cli COMMAND [options]\n"
                      "Works on Passerelle city files without the desktop program.\n\n"
                      "Commands:\n");
    for (const auto& command : m_commands)
        text +=
            QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(20), command->summary());
    text += QLatin1Char('\n') + tr("Run “passerelle-cli COMMAND --help” for a command's options.") +
            QLatin1Char('\n');
    return text;
}

int CliRunner::run(const QStringList& arguments, QTextStream& out, QTextStream& err) const
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        err << overview();
        return CliCommand::UsageError;
    }
    const QString first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        out << overview();
        return CliCommand::Success;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "passerelle-cli " << PASSERELLE_VERSION << '\n';
        return CliCommand::Success;
    }
    for (const auto& command : m_commands) {
        if (command->name() != first)
            continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(command->summary());
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                      tr("Show this help."));
        parser.addOption(help);
        command->configure(parser);
        QStringList commandArgs = args;
        commandArgs[0] = QStringLiteral("passerelle-cli ") + first;
        if (!parser.parse(commandArgs)) {
            err << parser.errorText() << '\n'
                << tr("Run “passerelle-cli %1 --help” for its options.").arg(first) << '\n';
            return CliCommand::UsageError;
        }
        if (parser.isSet(help)) {
            out << parser.helpText();
            return CliCommand::Success;
        }
        return command->run(parser, out, err);
    }
    err << tr("Unknown command “%1”.").arg(first) << '\n' << overview();
    return CliCommand::UsageError;
}
