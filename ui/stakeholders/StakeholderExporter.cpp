// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderExporter.h"

#include "city/Repositories.h"
#include "common/PersonalDataChoice.h"
#include "shell/DialogHooks.h"
#include "shell/ExportDone.h"
#include "stakeholders/StakeholderCsvExport.h"
#include "stakeholders/StakeholderXlsxExport.h"
#include "storage/CityFile.h"

#include <QDir>
#include <QFileInfo>

QString StakeholderExporter::exportToFile(const PaneContext& context, QWidget* parent)
{
    const std::optional<PersonalData::Policy> personalData =
        PersonalDataChoice::ask(parent, tr("Export the stakeholders"));
    if (!personalData)
        return {};
    const QString suggested = QDir::home().filePath(
        tr("%1 stakeholders.xlsx").arg(QFileInfo(context.file.path()).completeBaseName()));
    const QString path =
        DialogHooks::saveFileName(parent, tr("Export the stakeholders"), suggested,
                                  tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return {};
    const Result<QString> written = write(context, path, *personalData);
    if (!written) {
        DialogHooks::message(parent, QMessageBox::Warning, tr("Export the stakeholders"),
                             written.error().message);
        return {};
    }
    ExportDone::tell(parent, tr("Stakeholders exported"),
                     *personalData == PersonalData::Policy::Include
                         ? tr("The stakeholders were written with their contact persons and "
                              "private notes: share the file only with those who may see them.")
                         : tr("The stakeholders were written without personal data."),
                     written.value());
    return written.value();
}

Result<QString> StakeholderExporter::write(const PaneContext& context, const QString& path,
                                           PersonalData::Policy personalData)
{
    QString target = path;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix.isEmpty())
        target += QStringLiteral(".csv");
    else if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        return Error{tr("“%1” ends in neither .xlsx (Excel workbook) nor .csv: the ending "
                        "chooses the format. Export again with one of them.")
                         .arg(QFileInfo(path).fileName())};
    Repositories& repos = context.repositories;
    const Result<int> written =
        suffix == QLatin1String("xlsx")
            ? StakeholderXlsxExport(repos.stakeholders(), repos.themes(), personalData)
                  .write(target)
            : StakeholderCsvExport(repos.stakeholders(), repos.themes(), personalData)
                  .write(target);
    if (!written)
        return written.error();
    return target;
}
