// SPDX-License-Identifier: GPL-3.0-or-later
#include "Priority.h"

#include <QCoreApplication>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Priority)
public:
    static QString label(Priority::Status status)
    {
        using S = Priority::Status;
        switch (status) {
        case S::Draft:
            return tr("Draft");
        case S::Validated:
            return tr("Validated by the stakeholder group");
        case S::Adopted:
            return tr("Adopted by the council");
        }
        return {};
    }
};
} // namespace

QList<Priority::Status> Priority::statuses()
{
    return {Status::Draft, Status::Validated, Status::Adopted};
}

QString Priority::toText(Status status)
{
    switch (status) {
    case Status::Draft:
        return QStringLiteral("draft");
    case Status::Validated:
        return QStringLiteral("validated");
    case Status::Adopted:
        return QStringLiteral("adopted");
    }
    return {};
}

std::optional<Priority::Status> Priority::fromText(const QString& text)
{
    for (Status status : statuses()) {
        if (toText(status) == text)
            return status;
    }
    return std::nullopt;
}

QString Priority::label(Status status)
{
    return Text::label(status);
}
