// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileReport.h"
#include "common/NumberText.h"

#include "ReportFrame.h"
#include "ReportLabels.h"
#include "city/Repositories.h"
#include "profile/ProfileRepository.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {

using Row = ReportTable::Row;

// What the report reads of the profile, once.
struct Profile
{
    City city;
    QList<ProfileFigure> figures;
    QList<MigrantOrigin> origins;
    QList<District> districts;
    QList<ProfileSection> sections;

    static Result<Profile> read(Repositories& repos)
    {
        Result<City> city = repos.profile().city();
        if (!city)
            return city.error();
        Profile p;
        p.city = city.value();
        p.figures = repos.profile().figures();
        p.origins = repos.profile().origins();
        p.districts = repos.profile().districts();
        p.sections = repos.profile().sections();
        return p;
    }
    QString sectionBody(ProfileSection::Key key) const
    {
        for (const ProfileSection& s : sections) {
            if (s.key == key)
                return s.body.trimmed();
        }
        return {};
    }
};

bool isPercent(const QString& unit)
{
    return unit.trimmed() == QLatin1String("%");
}

// The value as written in the report's language: decimals only when the figure has them.
QString valueText(const ReportLanguage& language, const ProfileFigure& f)
{
    const bool whole = std::abs(f.value - std::round(f.value)) < 1e-9;
    if (isPercent(f.unit))
        return NumberText::percentValue(f.value, whole ? 0 : 1, language.locale());
    return language.number(f.value, whole ? 0 : 1);
}

QString unitText(const ProfileFigure& f)
{
    return isPercent(f.unit) ? QString() : f.unit.trimmed();
}

QString yearText(const ReportLanguage& language, int year)
{
    return year > 0 ? NumberText::plain(year, language.locale()) : QStringLiteral("—");
}

QStringList paragraphs(const QString& text)
{
    static const QRegularExpression blank(QStringLiteral("\\n\\s*\\n"));
    QStringList all;
    for (const QString& part : text.split(blank, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            all << part.trimmed();
    }
    return all;
}

void sources(ReportDocument& doc, const QString& text, const ReportLanguage& language)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return;
    doc.add(ReportParagraph{
        {ReportRun{language.translate("ProfileReport", "Sources: "), true, false, {}},
         ReportRun{lines.join(QStringLiteral("; ")), false, false, {}}},
        ReportParagraph::Style::Small,
        0});
}

ReportKeyFigures keyFigures(const Profile& p, const ReportLanguage& language, int most)
{
    ReportKeyFigures figures;
    if (p.city.population)
        figures.figures.append(
            {language.number(double(*p.city.population)),
             p.city.populationYear
                 ? language.translate("ProfileReport", "inhabitants (%1)")
                       .arg(NumberText::plain(*p.city.populationYear, language.locale()))
                 : language.translate("ProfileReport", "inhabitants"),
             {}});
    for (const ProfileFigure& f : p.figures) {
        if (figures.figures.size() >= most)
            break;
        QString label = f.label;
        if (!unitText(f).isEmpty())
            label = language.translate("ProfileReport", "%1 (%2)")
                        .arg(language.own(label), unitText(f));
        figures.figures.append({valueText(language, f), label, {}});
    }
    return figures;
}

ReportTable figuresTable(const Profile& p, const ReportLanguage& language)
{
    ReportTable table;
    table.columns = {{language.translate("ProfileReport", "Figure"), 3.2, false},
                     {language.translate("ProfileReport", "Value"), 1, true},
                     {language.translate("ProfileReport", "Unit"), 0.9, false},
                     {language.translate("ProfileReport", "Year"), 0.6, true},
                     {language.translate("ProfileReport", "Source"), 2.6, false}};
    if (p.city.population)
        table.rows.append(
            {{language.translate("ProfileReport", "Population of the city"),
              language.number(double(*p.city.population)),
              language.translate("ProfileReport", "inhabitants"),
              yearText(language, p.city.populationYear.value_or(0)), p.city.populationSource},
             Row::Style::Normal,
             {}});
    for (const ProfileFigure& f : p.figures)
        table.rows.append(
            {{f.label, valueText(language, f), unitText(f), yearText(language, f.year), f.source},
             Row::Style::Normal,
             {}});
    table.emptyText =
        language.translate("ProfileReport", "No key figure of the profile is recorded yet.");
    return table;
}

// "Morocco (4,900), Algeria (4,100) and Spain (1,700)".
QString largestOrigins(const Profile& p, const ReportLanguage& language, int most)
{
    QList<MigrantOrigin> sorted = p.origins;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const MigrantOrigin& a, const MigrantOrigin& b) { return a.number > b.number; });
    QStringList named;
    for (const MigrantOrigin& o : sorted.mid(0, most))
        named << language.translate("ProfileReport", "%1 (%2)")
                     .arg(language.own(o.country), language.number(double(o.number)));
    if (named.size() < 2)
        return named.join(QString());
    const QString last = named.takeLast();
    return language.translate("ProfileReport", "%1 and %2").arg(language.joined(named), last);
}

void originsTable(ReportDocument& doc, const Profile& p, const ReportLanguage& language)
{
    qint64 total = 0;
    for (const MigrantOrigin& o : p.origins)
        total += o.number;
    ReportTable table;
    table.columns = {{language.translate("ProfileReport", "Country of origin"), 2.2, false},
                     {language.translate("ProfileReport", "Migrants"), 1, true},
                     {language.translate("ProfileReport", "Share"), 0.8, true},
                     {language.translate("ProfileReport", "Year"), 0.6, true},
                     {language.translate("ProfileReport", "Source"), 2.8, false}};
    for (const MigrantOrigin& o : p.origins)
        table.rows.append(
            {{o.country, language.number(double(o.number)),
              total > 0 ? language.percent(double(o.number) / double(total)) : QString(),
              yearText(language, o.year), o.source},
             Row::Style::Normal,
             {}});
    if (!p.origins.isEmpty())
        table.rows.append(
            {{language.translate("ProfileReport", "All origins listed"),
              language.number(double(total)), language.percent(1), QString(), QString()},
             Row::Style::Total,
             {}});
    table.caption =
        language.translate("ProfileReport", "Share: of the migrants of all the origins listed.");
    table.emptyText = language.translate("ProfileReport", "No country of origin is recorded yet.");
    doc.add(table);
}

void districtsTable(ReportDocument& doc, const Profile& p, const ReportLanguage& language)
{
    ReportTable table;
    table.columns = {{language.translate("ProfileReport", "District"), 2, false},
                     {language.translate("ProfileReport", "Population"), 1.1, true},
                     {language.translate("ProfileReport", "Migrants"), 1, true},
                     {language.translate("ProfileReport", "Share"), 0.8, true},
                     {language.translate("ProfileReport", "Year"), 0.6, true},
                     {language.translate("ProfileReport", "Source"), 2.4, false}};
    const auto count = [&](const std::optional<qint64>& n) {
        return n ? language.number(double(*n)) : QStringLiteral("—");
    };
    for (const District& d : p.districts) {
        QString share = QStringLiteral("—");
        if (d.population && d.migrantPopulation && *d.population > 0)
            share = language.percent(double(*d.migrantPopulation) / double(*d.population));
        table.rows.append({{d.name, count(d.population), count(d.migrantPopulation), share,
                            yearText(language, d.year.value_or(0)), d.source},
                           Row::Style::Normal,
                           {}});
    }
    table.caption =
        language.translate("ProfileReport", "Share: migrants in the district’s population.");
    table.emptyText = language.translate("ProfileReport", "No district is recorded yet.");
    doc.add(table);
    // What the officer knows of each district, in a paragraph each led by its name: compact
    // enough to stay with the table.
    for (const District& d : p.districts) {
        const QString notes = paragraphs(d.notes).join(QLatin1Char(' '));
        if (notes.isEmpty())
            continue;
        doc.add(ReportParagraph{{ReportRun{d.name, true, false, {}},
                                 ReportRun{QStringLiteral(" — ") + notes, false, false, {}}},
                                ReportParagraph::Style::Body,
                                0});
    }
}

} // namespace

void ProfileReport::appendProfileSummary(ReportDocument& doc, Repositories& repos,
                                         const ReportOptions&, const ReportLanguage& language)
{
    const Result<Profile> read = Profile::read(repos);
    if (!read) {
        doc.paragraph(read.error().message);
        return;
    }
    const Profile& p = read.value();
    const QStringList overview = paragraphs(p.sectionBody(ProfileSection::Key::Overview));
    if (!overview.isEmpty())
        doc.paragraph(overview.first(), ReportParagraph::Style::Lead);
    const ReportKeyFigures figures = keyFigures(p, language, 3);
    if (figures.figures.isEmpty()) {
        doc.paragraph(language.translate("ProfileReport",
                                         "The migration profile has no key figure yet: the "
                                         "city’s population and the figures on its migrants "
                                         "will appear here with their sources."));
        return;
    }
    doc.add(figures);
    ReportTable table = figuresTable(p, language);
    table.caption =
        language.translate("ProfileReport", "The key figures of the migration profile and their "
                                            "sources.");
    doc.add(table);
    if (!p.origins.isEmpty())
        doc.paragraph(
            language.translate("ProfileReport", "The largest groups by country of origin: %1.")
                .arg(largestOrigins(p, language, 5)));
}

Result<ReportDocument> ProfileReport::build(Repositories& repos, const ReportOptions& options,
                                            const ReportLanguage& language)
{
    const Result<Profile> read = Profile::read(repos);
    if (!read)
        return read.error();
    const Profile& p = read.value();
    ReportDocument doc;
    const QString city = ReportFrame::cityName(repos);
    const QString title = language.translate("ProfileReport", "City migration profile");
    ReportFrame::apply(doc, language, options, city, title,
                       language.translate("ProfileReport",
                                          "Who the city’s migrants are, where they live, and "
                                          "what the city knows of their situation, with the "
                                          "sources of every figure"));
    ReportCover cover;
    cover.city = city;
    cover.title = title;
    cover.subtitle =
        language.translate("ProfileReport", "The knowledge on which the city’s priorities rest");
    const QStringList place = {p.city.region.trimmed(), p.city.country.trimmed()};
    const QString where =
        language.joined(QStringList(place).filter(QRegularExpression(QStringLiteral("\\S"))));
    if (!where.isEmpty())
        cover.details << where;
    if (p.city.population)
        cover.details << language.translate("ProfileReport", "%1 inhabitants")
                             .arg(language.number(double(*p.city.population)));
    cover.date = doc.footerDate;
    doc.cover = cover;
    // A profile not started yet: a page of short notices, not a page per empty chapter.
    const bool written =
        std::any_of(p.sections.cbegin(), p.sections.cend(),
                    [](const ProfileSection& s) { return !s.body.trimmed().isEmpty(); });
    doc.chapterOnNewPage = written || p.city.population || !p.figures.isEmpty() ||
                           !p.origins.isEmpty() || !p.districts.isEmpty();

    // 1. Key figures.
    doc.heading(1, language.translate("ProfileReport", "Key figures"));
    const ReportKeyFigures figures = keyFigures(p, language, 7);
    if (!figures.figures.isEmpty())
        doc.add(figures);
    doc.add(figuresTable(p, language));

    // 2. Origins.
    doc.heading(1, language.translate("ProfileReport", "Origins of migrants"));
    if (!p.origins.isEmpty())
        doc.paragraph(
            language.translate("ProfileReport", "The largest groups by country of origin: %1.")
                .arg(largestOrigins(p, language, 5)));
    originsTable(doc, p, language);

    // 3. Districts.
    doc.heading(1, language.translate("ProfileReport", "Where migrants live"));
    districtsTable(doc, p, language);

    // 4. The narrative sections, in the order of the method.
    doc.heading(1, language.translate("ProfileReport", "The migration profile"));
    for (ProfileSection::Key key : ProfileSection::allKeys()) {
        const auto section = std::find_if(p.sections.cbegin(), p.sections.cend(),
                                          [key](const ProfileSection& s) { return s.key == key; });
        if (section == p.sections.cend() || section->body.trimmed().isEmpty())
            continue;
        doc.heading(2, ReportLabels::section(language, key));
        for (const QString& text : paragraphs(section->body))
            doc.paragraph(text);
        sources(doc, section->sources, language);
    }
    if (!written)
        doc.paragraph(language.translate("ProfileReport",
                                         "The sections of the profile are not written yet."));
    return doc;
}
