// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

bool verbose = false;

void quietHandler(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    // A fatal message aborts right after the handler: that one must be seen.
    if (verbose || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

namespace Fuzz {

void initialize()
{
    verbose = qEnvironmentVariableIsSet("PASSERELLE_FUZZ_VERBOSE");
    qInstallMessageHandler(quietHandler);
    // QCoreApplication keeps a reference to argc: both must outlive it. It is never deleted:
    // libFuzzer ends with exit(), and Qt's objects must not be torn down under the last run.
    static int argc = 1;
    static char name[] = "passerelle-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

QString scratchDir()
{
    static const std::unique_ptr<QTemporaryDir> dir = [] {
        auto d = std::make_unique<QTemporaryDir>();
        if (!d->isValid())
            fail("cannot create a temporary folder", d->errorString());
        return d;
    }();
    return dir->path();
}

void fail(const char* what, const QString& detail)
{
    std::fprintf(stderr, "PASSERELLE FUZZ: %s%s%s\n", what, detail.isEmpty() ? "" : ": ",
                 qPrintable(detail));
    std::abort();
}

} // namespace Fuzz
