// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanHeadline.h"

#include "common/Money.h"
#include "plan/PlanRollups.h"

#include <QLocale>

PlanHeadline::PlanHeadline(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("planHeadline"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setMargin(4);
}

void PlanHeadline::showRollup(const PlanRollup& whole, bool adopted)
{
    setText(text(whole, adopted));
}

QString PlanHeadline::text(const PlanRollup& r, bool adopted)
{
    const QString currency = PlanRollups::mainCurrency(r);
    const MoneyTotals m = r.byCurrency.value(currency);
    QStringList figures;
    figures << tr("<b>%1</b> of %n action(s) done", nullptr, r.actions).arg(r.done)
            << tr("<b>%1</b> in progress").arg(r.inProgress);
    figures << (r.late > 0 ? tr("<b style=\"color:#b02020\">%n late</b>", nullptr, r.late)
                           : tr("none late"));
    if (m.plannedCents > 0) {
        figures << tr("<b>%1</b> spent of %2 planned (%3 committed)")
                       .arg(Money::format(m.spentCents, currency),
                            Money::format(m.plannedCents, currency),
                            Money::format(m.committedCents, currency));
    }
    // A figure never breaks across lines (French groups digits with spaces): only between them.
    const auto whole = [](const QString& figure) {
        return QStringLiteral("<span style=\"white-space:nowrap\">%1</span>").arg(figure);
    };
    for (QString& figure : figures)
        figure = whole(figure);
    QString html = figures.join(QStringLiteral(" · "));
    QStringList sources;
    const QMap<QString, MoneyTotals> bySource = r.bySource.value(currency);
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it)
        sources << whole(tr("%1: %2 of %3")
                             .arg(it.key().toHtmlEscaped(), Money::format(it->spentCents, currency),
                                  Money::format(it->plannedCents, currency)));
    if (!sources.isEmpty())
        html += QStringLiteral("<br>") + sources.join(QStringLiteral(" · "));
    if (adopted) {
        html += QStringLiteral("<br>") +
                (r.slipped > 0
                     ? tr("%n action(s) end later than the council adopted, by up to %1 days.",
                          nullptr, r.slipped)
                           .arg(r.mostSlippedDays)
                     : tr("Every action ends as the council adopted."));
    }
    return html;
}
