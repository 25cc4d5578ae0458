// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFrame.h"

#include "city/Repositories.h"
#include "profile/ProfileRepository.h"

void ReportFrame::apply(ReportDocument& document, const ReportLanguage& language,
                        const ReportOptions& options, const QString& cityName, const QString& title,
                        const QString& subject)
{
    document.title = title;
    document.subject = subject;
    document.language = language.code();
    document.direction = language.direction();
    document.locale = language.locale();
    document.paper = options.paper;
    document.author = language.translate("ReportFrame", "%1 — local integration office")
                          .arg(language.own(cityName));
    document.headerLeft = cityName;
    document.headerRight = title;
    document.footerDate = language.longDate(options.effectiveToday());
    document.pageOfPages = language.translate("ReportFrame", "Page %1 of %2");
}

QString ReportFrame::cityName(Repositories& repos)
{
    const Result<City> city = repos.profile().city();
    if (city && !city.value().name.trimmed().isEmpty())
        return city.value().name.trimmed();
    return {};
}
