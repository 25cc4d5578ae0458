// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What every fuzz target needs before its first input.
namespace Fuzz {
// Creates the application object Qt's SQL drivers and translations need (once, for the whole
// run) and silences Qt's messages, which would cost more than the input itself; set
// PASSERELLE_FUZZ_VERBOSE=1 to see them while looking into a finding.
void initialize();
// A temporary folder for the whole run, removed at exit.
QString scratchDir();
// A property the code promises was broken: report it and abort, so libFuzzer keeps the input.
[[noreturn]] void fail(const char* what, const QString& detail = {});
} // namespace Fuzz
