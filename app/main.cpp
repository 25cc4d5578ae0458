// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/CursiveScriptStyle.h"
#include "common/HeapSettings.h"
#include "i18n/Translator.h"
#include "shell/MainWindow.h"
#include "shell/PreferencesDialog.h"
#include "shell/RecentFiles.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>

#include <cstdio>
#include <cstring>
#include <optional>

namespace {

// --version and --help print and quit; they must work without a display (scripts, packaging
// checks), so they get a console application only.
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"-v", "--version", "-h", "--help", "--help-all"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

struct Options
{
    bool demo = false;
    QStringList files;
};

// nullopt: the options asked only for something printed (help, version); quit.
std::optional<Options> parse(QCoreApplication& app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Passerelle"));
    QCoreApplication::setApplicationName(QStringLiteral("Passerelle"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSERELLE_VERSION));
    Translator::install(app, PreferencesDialog::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Passerelle: the city integration officer's workbook."));
    parser.addHelpOption();
    // Not addVersionOption(): scripts expect the program's name as typed, "passerelle 0.1.0".
    const QCommandLineOption version(
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("main", "Show the version and quit."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Open the demo city file, "
                                                                      "making it on first use."));
    parser.addOptions({version, demo});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("main", "City files to open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);
    if (parser.isSet(version)) {
        std::fputs("passerelle " PASSERELLE_VERSION "\n", stdout);
        return std::nullopt;
    }
    return Options{parser.isSet(demo), parser.positionalArguments()};
}

} // namespace

int main(int argc, char* argv[])
{
    // Before anything is allocated: a report's PDF pages reuse their buffers (HeapSettings).
    HeapSettings::keepLargeBuffers();
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        return parse(app) ? 1 : 0;
    }
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral(PASSERELLE_APP_ID));
    const QString bundledIcon = QStringLiteral(":/passerelle/icons/" PASSERELLE_APP_ID ".svg");
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(PASSERELLE_APP_ID),
                         QFile::exists(bundledIcon) ? QIcon(bundledIcon) : QIcon()));
    const std::optional<Options> options = parse(app);
    if (!options)
        return 0;
    CursiveScriptStyle::applyFor(app, Translator::currentLanguage());

    auto recentFiles = std::make_shared<RecentFiles>();
    auto* window = new MainWindow(recentFiles);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    if (options->demo)
        window->openDemo();
    // The first file opens in this window, the others each in a window of their own.
    for (const QString& path : options->files)
        window->openFile(path);
    return QApplication::exec();
}
