// SPDX-License-Identifier: GPL-3.0-or-later
#include "Action.h"

#include <QCoreApplication>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Action)
public:
    static QString label(Action::Status status)
    {
        using S = Action::Status;
        switch (status) {
        case S::Planned:
            return tr("Planned");
        case S::InProgress:
            return tr("In progress");
        case S::Done:
            return tr("Done");
        case S::Delayed:
            return tr("Delayed");
        case S::Cancelled:
            return tr("Cancelled");
        }
        return {};
    }
};
} // namespace

bool Action::isLate(const QDate& today) const
{
    return endDate.isValid() && endDate < today && status != Status::Done &&
           status != Status::Cancelled;
}

QList<Action::Status> Action::statuses()
{
    return {Status::Planned, Status::InProgress, Status::Done, Status::Delayed, Status::Cancelled};
}

QString Action::toText(Status status)
{
    switch (status) {
    case Status::Planned:
        return QStringLiteral("planned");
    case Status::InProgress:
        return QStringLiteral("in_progress");
    case Status::Done:
        return QStringLiteral("done");
    case Status::Delayed:
        return QStringLiteral("delayed");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<Action::Status> Action::fromText(const QString& text)
{
    for (Status status : statuses()) {
        if (toText(status) == text)
            return status;
    }
    return std::nullopt;
}

QString Action::label(Status status)
{
    return Text::label(status);
}
