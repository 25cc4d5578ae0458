// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "stakeholders/ImportValueChoices.h"
#include "themes/Theme.h"

#include <QCoreApplication>
#include <QStringList>

// import-stakeholders' --map VALUE=MEANING, repeatable: what a kind, level or theme value the
// import does not recognise means. MEANING is a kind or a level (its key, English or French
// name: the value then means it in whichever of the two columns it names), or theme:NAME for a
// theme of the city file.
class ValueMapOption
{
    Q_DECLARE_TR_FUNCTIONS(ValueMapOption)

public:
    static QString name();
    static QString description();

    // The first of maps that is not VALUE=MEANING with a kind, a level or theme:NAME: checked
    // before the city file is opened (the themes are known only then).
    static std::optional<Error> check(const QStringList& maps);
    // Each "VALUE=MEANING" laid over choices (which hold what the file remembers); an error
    // names the first one that does not say a kind, a level or a theme of themes.
    static Result<ImportValueChoices> apply(const QStringList& maps, ImportValueChoices choices,
                                            const QList<Theme>& themes);
};
