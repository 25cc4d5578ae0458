// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileSection.h"

#include <QCoreApplication>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSection)
public:
    static QString title(ProfileSection::Key key)
    {
        using K = ProfileSection::Key;
        switch (key) {
        case K::Overview:
            return tr("Overview");
        case K::LegalFramework:
            return tr("Legal framework for migration");
        case K::LocalExpertise:
            return tr("Local expertise");
        case K::Skills:
            return tr("Migrants' skills");
        case K::AdministrationRelations:
            return tr("Relations with the administration");
        case K::SocietyRelations:
            return tr("Relations with society");
        }
        return {};
    }
    static QString hint(ProfileSection::Key key)
    {
        using K = ProfileSection::Key;
        switch (key) {
        case K::Overview:
            return tr("The city's migration story in a few paragraphs: who arrives, who stays, "
                      "what has changed recently.");
        case K::LegalFramework:
            return tr("National and regional laws and the city's own powers over reception, "
                      "residence, work and access to services.");
        case K::LocalExpertise:
            return tr("Who in the city knows the subject: researchers, services, associations, "
                      "earlier studies.");
        case K::Skills:
            return tr("Qualifications, trades and languages migrants bring, and how far they "
                      "are recognised and used.");
        case K::AdministrationRelations:
            return tr("How migrants deal with the city's services: access, language, trust, "
                      "obstacles.");
        case K::SocietyRelations:
            return tr("Relations with residents, neighbourhoods, employers and media: "
                      "cohesion and tensions.");
        }
        return {};
    }
};
} // namespace

QList<ProfileSection::Key> ProfileSection::allKeys()
{
    return {Key::Overview, Key::LegalFramework,          Key::LocalExpertise,
            Key::Skills,   Key::AdministrationRelations, Key::SocietyRelations};
}

QString ProfileSection::keyText(Key key)
{
    switch (key) {
    case Key::Overview:
        return QStringLiteral("overview");
    case Key::LegalFramework:
        return QStringLiteral("legal_framework");
    case Key::LocalExpertise:
        return QStringLiteral("local_expertise");
    case Key::Skills:
        return QStringLiteral("skills");
    case Key::AdministrationRelations:
        return QStringLiteral("administration_relations");
    case Key::SocietyRelations:
        return QStringLiteral("society_relations");
    }
    return {};
}

std::optional<ProfileSection::Key> ProfileSection::keyFromText(const QString& text)
{
    for (Key key : allKeys()) {
        if (keyText(key) == text)
            return key;
    }
    return std::nullopt;
}

QString ProfileSection::title(Key key)
{
    return Text::title(key);
}

QString ProfileSection::hint(Key key)
{
    return Text::hint(key);
}
