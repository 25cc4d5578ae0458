// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderFigures.h"

#include "ReportLabels.h"
#include "ReportLanguage.h"
#include "ReportStyle.h"
#include "stakeholders/InfluenceGridLayout.h"
#include "stakeholders/InfluenceGridRenderer.h"
#include "stakeholders/KindColors.h"
#include "stakeholders/NetworkPicture.h"
#include "stakeholders/RelationStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QSet>

#include <algorithm>

namespace {

constexpr double networkPixels = 26;

// A font of the report's family whose pixel size is the figure's unit (a point on paper when
// the figure is drawn at scale 1).
QFont figureFont(double pixels, bool bold = false)
{
    QFont font;
    font.setFamilies(ReportStyle::families());
    font.setPixelSize(std::max(1, qRound(pixels)));
    font.setBold(bold);
    return font;
}

// The network's legend, under it: the kinds and the relations the picture shows, each a sample
// and its name, flowing in lines across the width.
struct NetworkLegend
{
    struct Item
    {
        std::optional<Stakeholder::Kind> kind;
        std::optional<StakeholderRelation::Kind> relation;
        QString text;
        QPointF at; // the sample's top left
    };
    QList<Item> items;
    QList<std::pair<QString, QPointF>> titles;
    double height = 0;
    QFont font = figureFont(StakeholderFigures::textPoints);
    QFont titleFont = figureFont(StakeholderFigures::textPoints, true);

    static constexpr double sample = 18;
    static constexpr double gap = 4;

    void lay(const QList<Item>& kinds, const QList<Item>& relations, const QString& kindsTitle,
             const QString& relationsTitle, double width)
    {
        const QFontMetricsF text(font);
        const QFontMetricsF title(titleFont);
        const double line = text.height() + 3;
        double y = 6;
        for (const auto& [group, name] :
             {std::pair{&kinds, kindsTitle}, std::pair{&relations, relationsTitle}}) {
            if (group->isEmpty())
                continue;
            titles.append({name, QPointF(0, y)});
            double x = title.horizontalAdvance(name) + 3 * gap;
            for (Item item : *group) {
                const double needed = sample + gap + text.horizontalAdvance(item.text) + 3 * gap;
                if (x + needed > width && x > 0) {
                    x = 0;
                    y += line;
                }
                item.at = QPointF(x, y);
                items.append(item);
                x += needed;
            }
            y += line + 2;
        }
        height = y + 2;
    }

    void paint(QPainter& painter, const QPointF& origin) const
    {
        const QFontMetricsF text(font);
        painter.save();
        painter.translate(origin);
        painter.setFont(titleFont);
        painter.setPen(QColor(0x1f, 0x29, 0x33));
        for (const auto& [name, at] : titles)
            painter.drawText(QRectF(at, QSizeF(1000, text.height())), Qt::AlignLeft, name);
        painter.setFont(font);
        for (const Item& item : items) {
            const QRectF box(item.at, QSizeF(sample, text.height()));
            if (item.kind) {
                painter.setPen(QPen(KindColors::color(*item.kind).darker(160), 0.5));
                painter.setBrush(KindColors::color(*item.kind));
                painter.drawRoundedRect(box.adjusted(2, 1.5, -2, -1.5), 2, 2);
            } else {
                QPen pen = RelationStyle::pen(*item.relation, 2);
                const QPointF a(box.left() + 1, box.center().y());
                const QPointF b(box.right() - 1, box.center().y());
                painter.setPen(pen);
                painter.drawLine(a, b);
                if (RelationStyle::isDirected(*item.relation))
                    RelationStyle::drawArrow(painter, a, b, pen);
            }
            painter.setPen(QColor(0x1f, 0x29, 0x33));
            painter.drawText(QRectF(box.right() + gap, box.top(), 1000, text.height()),
                             Qt::AlignLeft, item.text);
        }
        painter.restore();
    }
};

} // namespace

ReportFigure StakeholderFigures::grid(const QList<Stakeholder>& stakeholders,
                                      const ReportLanguage& language, double width,
                                      double maxHeight)
{
    InfluenceGridLayout layout;
    // Words, font and legend first: each lays the grid out again, which is cheap without marks.
    layout.setWords(ReportLabels::gridWords(language));
    layout.setFontFamily(ReportStyle::family());
    layout.setLegendPlace(InfluenceGridLayout::LegendPlace::Below);
    std::vector<InfluenceGridMark> marks;
    marks.reserve(size_t(stakeholders.size()));
    for (const Stakeholder& s : stakeholders)
        marks.push_back({s.meta.id, s.name, s.kind, s.influence, s.interest});
    layout.setMarks(std::move(marks));
    // The layout keeps its texts at least minTextPixels on screen at its view scale: telling it
    // the scale on paper, stretched by minTextPixels / textPoints, keeps them textPoints on
    // paper. The scale depends on the size the fonts give, so a few rounds settle it.
    double scale = 1;
    for (int round = 0; round < 4; ++round) {
        const QSizeF page = layout.pageSize();
        scale = std::min(width / page.width(), maxHeight / page.height());
        layout.setViewScale(scale * InfluenceGridLayout::minTextPixels / textPoints);
    }
    const QSizeF page = layout.pageSize();
    scale = std::min(width / page.width(), maxHeight / page.height());
    ReportFigure figure;
    figure.width = page.width() * scale;
    figure.height = page.height() * scale;
    figure.paint = [layout](QPainter& painter, const QRectF& rect) {
        const QSizeF size = layout.pageSize();
        const double s = std::min(rect.width() / size.width(), rect.height() / size.height());
        painter.save();
        painter.translate(rect.left() + (rect.width() - size.width() * s) / 2, rect.top());
        painter.scale(s, s);
        InfluenceGridRenderer(&KindColors::color).paint(painter, layout);
        painter.restore();
    };
    return figure;
}

ReportFigure StakeholderFigures::network(const QList<Stakeholder>& stakeholders,
                                         const QList<StakeholderRelation>& relations,
                                         const ReportLanguage& language, double width,
                                         double maxHeight)
{
    // Only the stakeholders with a relation: the others would float unattached.
    QSet<QString> related;
    for (const StakeholderRelation& r : relations)
        related << r.fromId << r.toId;
    QList<Stakeholder> shown;
    QSet<int> kinds; // Stakeholder::Kind
    for (const Stakeholder& s : stakeholders) {
        if (related.contains(s.meta.id)) {
            shown << s;
            kinds << int(s.kind);
        }
    }
    // The legend's height is known only once its width is: about three lines.
    const double legendGuess = 3 * QFontMetricsF(figureFont(textPoints)).height() + 12;
    // Laid out with labels far larger than printed, then scaled down to fit: Graphviz keeps an
    // absolute gap between boxes, which small labels would leave mostly empty; at this size the
    // printed labels come out between 6 and 7 points for a city of about forty.
    const NetworkPicture picture = NetworkPicture::make(shown, relations, figureFont(networkPixels),
                                                        width / (maxHeight - legendGuess));
    if (picture.isEmpty())
        return {};

    NetworkLegend legend;
    QList<NetworkLegend::Item> kindItems;
    for (Stakeholder::Kind kind : Stakeholder::allKinds()) {
        if (kinds.contains(int(kind)))
            kindItems.append({kind, std::nullopt, ReportLabels::kind(language, kind), {}});
    }
    QList<NetworkLegend::Item> relationItems;
    QSet<int> relationKinds; // StakeholderRelation::Kind
    for (const NetworkPicture::Edge& e : picture.edges())
        relationKinds << int(e.kind);
    for (StakeholderRelation::Kind kind : StakeholderRelation::allKinds()) {
        if (relationKinds.contains(int(kind)))
            relationItems.append({std::nullopt, kind, ReportLabels::relation(language, kind), {}});
    }
    legend.lay(kindItems, relationItems,
               language.translate("RelationsNetworkLegend", "Stakeholders"),
               language.translate("RelationsNetworkLegend", "Relations"), width);

    const QRectF bounds = picture.bounds();
    const double scale =
        std::min({1.0, width / bounds.width(), (maxHeight - legend.height) / bounds.height()});
    ReportFigure figure;
    figure.width = width;
    figure.height = bounds.height() * scale + legend.height;
    figure.paint = [picture, legend](QPainter& painter, const QRectF& rect) {
        const QRectF network(rect.left(), rect.top(), rect.width(), rect.height() - legend.height);
        picture.paint(painter, network);
        legend.paint(painter, QPointF(rect.left(), network.bottom()));
    };
    return figure;
}
