// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exchange.h"

#include <QCoreApplication>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Exchange)
public:
    static QString label(Exchange::Kind kind)
    {
        using K = Exchange::Kind;
        switch (kind) {
        case K::StudyVisit:
            return tr("Study visit");
        case K::PeerLearning:
            return tr("Peer-learning meeting");
        case K::TrainingAcademy:
            return tr("Training academy");
        case K::OnlineMeeting:
            return tr("Online meeting");
        }
        return {};
    }
};
} // namespace

QList<Exchange::Kind> Exchange::allKinds()
{
    return {Kind::StudyVisit, Kind::PeerLearning, Kind::TrainingAcademy, Kind::OnlineMeeting};
}

QString Exchange::toText(Kind kind)
{
    switch (kind) {
    case Kind::StudyVisit:
        return QStringLiteral("study_visit");
    case Kind::PeerLearning:
        return QStringLiteral("peer_learning");
    case Kind::TrainingAcademy:
        return QStringLiteral("training_academy");
    case Kind::OnlineMeeting:
        return QStringLiteral("online_meeting");
    }
    return {};
}

std::optional<Exchange::Kind> Exchange::fromText(const QString& text)
{
    for (Kind kind : allKinds()) {
        if (toText(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QString Exchange::label(Kind kind)
{
    return Text::label(kind);
}
