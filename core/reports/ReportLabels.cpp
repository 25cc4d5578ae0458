// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportLabels.h"

#include "ReportLanguage.h"

QString ReportLabels::kind(const ReportLanguage& language, Stakeholder::Kind kind)
{
    using K = Stakeholder::Kind;
    switch (kind) {
    case K::Municipal:
        return language.translate("Stakeholder", "Municipal department");
    case K::GovernmentAgency:
        return language.translate("Stakeholder", "National or regional agency");
    case K::ServiceProvider:
        return language.translate("Stakeholder", "Public service provider");
    case K::Ngo:
        return language.translate("Stakeholder", "NGO or civil society");
    case K::MigrantAssociation:
        return language.translate("Stakeholder", "Migrant or diaspora association");
    case K::Religious:
        return language.translate("Stakeholder", "Religious organisation");
    case K::PrivateSector:
        return language.translate("Stakeholder", "Private sector or employer");
    case K::Academia:
        return language.translate("Stakeholder", "Academia");
    case K::International:
        return language.translate("Stakeholder", "International organisation");
    }
    return {};
}

QString ReportLabels::level(const ReportLanguage& language, Stakeholder::Level level)
{
    using L = Stakeholder::Level;
    switch (level) {
    case L::Local:
        return language.translate("Stakeholder", "Local");
    case L::Regional:
        return language.translate("Stakeholder", "Regional");
    case L::National:
        return language.translate("Stakeholder", "National");
    case L::International:
        return language.translate("Stakeholder", "International");
    }
    return {};
}

QString ReportLabels::stance(const ReportLanguage& language, Stakeholder::Stance stance)
{
    using S = Stakeholder::Stance;
    switch (stance) {
    case S::Champion:
        return language.translate("Stakeholder", "Champion");
    case S::Supportive:
        return language.translate("Stakeholder", "Supportive");
    case S::Neutral:
        return language.translate("Stakeholder", "Neutral");
    case S::Sceptical:
        return language.translate("Stakeholder", "Sceptical");
    case S::Opposed:
        return language.translate("Stakeholder", "Opposed");
    case S::Unknown:
        return language.translate("Stakeholder", "Unknown");
    }
    return {};
}

QString ReportLabels::relation(const ReportLanguage& language, StakeholderRelation::Kind kind)
{
    using K = StakeholderRelation::Kind;
    switch (kind) {
    case K::Partnership:
        return language.translate("StakeholderRelation", "Partnership");
    case K::Funding:
        return language.translate("StakeholderRelation", "Funding");
    case K::Referral:
        return language.translate("StakeholderRelation", "Referral");
    case K::Coordination:
        return language.translate("StakeholderRelation", "Coordination");
    case K::Tension:
        return language.translate("StakeholderRelation", "Tension");
    }
    return {};
}

QString ReportLabels::quadrant(const ReportLanguage& language,
                               InfluenceGridLayout::Quadrant quadrant)
{
    switch (quadrant) {
    case InfluenceGridLayout::KeepSatisfied:
        return language.translate("InfluenceGridLayout", "Keep satisfied");
    case InfluenceGridLayout::ManageClosely:
        return language.translate("InfluenceGridLayout", "Manage closely");
    case InfluenceGridLayout::Monitor:
        return language.translate("InfluenceGridLayout", "Monitor");
    case InfluenceGridLayout::KeepInformed:
        return language.translate("InfluenceGridLayout", "Keep informed");
    case InfluenceGridLayout::QuadrantCount:
        break;
    }
    return {};
}

QString ReportLabels::answer(const ReportLanguage& language, Answer::Value value)
{
    using V = Answer::Value;
    switch (value) {
    case V::Met:
        return language.translate("Answer", "Met");
    case V::PartlyMet:
        return language.translate("Answer", "Partly met");
    case V::NotMet:
        return language.translate("Answer", "Not met");
    case V::Unknown:
        return language.translate("Answer", "Unknown");
    case V::NotApplicable:
        return language.translate("Answer", "Not applicable");
    }
    return {};
}

QString ReportLabels::priorityStatus(const ReportLanguage& language, Priority::Status status)
{
    switch (status) {
    case Priority::Status::Draft:
        return language.translate("Priority", "Draft");
    case Priority::Status::Validated:
        return language.translate("Priority", "Validated by the stakeholder group");
    case Priority::Status::Adopted:
        return language.translate("Priority", "Adopted by the council");
    }
    return {};
}

QString ReportLabels::section(const ReportLanguage& language, ProfileSection::Key key)
{
    using K = ProfileSection::Key;
    switch (key) {
    case K::Overview:
        return language.translate("ProfileSection", "Overview");
    case K::LegalFramework:
        return language.translate("ProfileSection", "Legal framework for migration");
    case K::LocalExpertise:
        return language.translate("ProfileSection", "Local expertise");
    case K::Skills:
        return language.translate("ProfileSection", "Migrants' skills");
    case K::AdministrationRelations:
        return language.translate("ProfileSection", "Relations with the administration");
    case K::SocietyRelations:
        return language.translate("ProfileSection", "Relations with society");
    }
    return {};
}

InfluenceGridLayout::Words ReportLabels::gridWords(const ReportLanguage& language)
{
    InfluenceGridLayout::Words words;
    for (int q = 0; q < InfluenceGridLayout::QuadrantCount; ++q)
        words.quadrants[size_t(q)] = quadrant(language, InfluenceGridLayout::Quadrant(q));
    words.legendTitle = language.translate("InfluenceGridLayout", "Kinds of stakeholder");
    words.interestTitle = language.translate("InfluenceGridLayout", "Interest");
    words.influenceTitle = language.translate("InfluenceGridLayout", "Influence");
    words.boundaryNote =
        language
            .translate("InfluenceGridLayout",
                       "A score of %1 counts as high: the lines run between %2 and %1.")
            .arg(InfluenceGridLayout::highFrom)
            .arg(InfluenceGridLayout::highFrom - 1);
    words.caption = language.translate("InfluenceGridLayout", "%1 · %2");
    words.legendEntry = language.translate("InfluenceGridLayout", "%1 (%2)");
    for (Stakeholder::Kind k : Stakeholder::allKinds())
        words.kinds << kind(language, k);
    words.locale = language.locale();
    return words;
}

ScoreChart::Words ReportLabels::chartWords(const ReportLanguage& language)
{
    ScoreChart::Words words;
    words.noRound = language.translate("ScoreChart", "No round to show yet.");
    words.dash = language.translate("ScoreChart",
                                    "Dash: no score (no item answered met, partly met or not met)");
    words.bar = language.translate("ScoreChart",
                                   "Bar height: the score of the items answered (met counts 1, "
                                   "partly met ½, not met 0)");
    words.gauge = language.translate("ScoreChart",
                                     "Grey gauge under a bar: how many of the area’s items were "
                                     "answered (“6/7”: 6 of 7)");
    words.ofAnswered = language.translate("ScoreChart", "%1 of %2 answered");
    words.shareAnswered = language.translate("ScoreChart", "%1 answered");
    words.locale = language.locale();
    return words;
}
