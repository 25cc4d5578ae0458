// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputFileQuestion.h"

#include "common/ExportTarget.h"
#include "shell/DialogHooks.h"

#include <QFileInfo>
#include <QMessageBox>

Result<bool> OutputFileQuestion::ask(QWidget* parent, const QString& path,
                                     const QString& replaceQuestion)
{
    bool overwrite = false;
    const QFileInfo chosen(path);
    if (chosen.exists() || chosen.isSymLink()) {
        overwrite = DialogHooks::message(parent, QMessageBox::Question, tr("Replace the file?"),
                                         replaceQuestion, QMessageBox::Yes | QMessageBox::No,
                                         QMessageBox::No) == QMessageBox::Yes;
        // The core's refusal speaks of --force, for the command line; here the officer just
        // said no.
        if (!overwrite)
            return Error{tr("“%1” already exists and was left as it is: nothing was written. "
                            "Choose another name, or agree to replace it.")
                             .arg(chosen.fileName())};
    }
    if (Result<void> target = ExportTarget::check(path, overwrite); !target)
        return Error{target.error().message};
    return overwrite;
}
