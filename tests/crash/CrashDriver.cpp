// SPDX-License-Identifier: GPL-3.0-or-later
// The crash test's driver: runs one operation on a city file so that scripts/crashtest can kill
// it at any moment, and checks the file afterwards. Test-only; never installed.
#include "Operations.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

int usage()
{
    QTextStream(stderr)
        << "usage: crashdriver import FILE CSV ROWS\n"
           "       crashdriver edits FILE COUNT SEED\n"
           "       crashdriver demo FILE SCALE\n"
           "       crashdriver verify FILE ACKLOG import|edits|demo [EXPECT...]\n"
           "         import EXPECT: STAKEHOLDERS CONTACTS ROWS (before the import)\n"
           "         demo EXPECT: SCALE\n";
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    if (mode == QLatin1String("import") && args.size() == 4)
        return Operations::runImport(args.at(1), args.at(2), args.at(3).toInt());
    if (mode == QLatin1String("edits") && args.size() == 4)
        return Operations::runEdits(args.at(1), args.at(2).toInt(), args.at(3).toUInt());
    if (mode == QLatin1String("demo") && args.size() == 3)
        return Operations::runDemo(args.at(1), args.at(2).toInt());
    if (mode == QLatin1String("verify") && args.size() >= 4)
        return Operations::verify(args.at(1), args.at(2), args.at(3), args.mid(4));
    return usage();
}
