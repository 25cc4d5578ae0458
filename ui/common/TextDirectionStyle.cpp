// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextDirectionStyle.h"

#include "common/BidiText.h"

#include <QLocale>
#include <QPainter>
#include <QStyleOptionButton>
#include <QStyleOptionMenuItem>
#include <QStyleOptionViewItem>

TextDirectionStyle::TextDirectionStyle(QStyle* base) : QProxyStyle(base) {}

QString TextDirectionStyle::shown(const QString& text, Qt::LayoutDirection line)
{
    // The default locale is the interface's language (Translator sets it).
    return BidiText::inLine(text, line, QLocale().textDirection());
}

void TextDirectionStyle::drawItemText(QPainter* painter, const QRect& rect, int flags,
                                      const QPalette& pal, bool enabled, const QString& text,
                                      QPalette::ColorRole textRole) const
{
    QProxyStyle::drawItemText(painter, rect, flags, pal, enabled,
                              shown(text, painter->layoutDirection()), textRole);
}

void TextDirectionStyle::drawControl(ControlElement element, const QStyleOption* option,
                                     QPainter* painter, const QWidget* widget) const
{
    // Table cells and menu items are laid out by the style itself, not through drawItemText.
    if (element == CE_ItemViewItem) {
        if (const auto* item = qstyleoption_cast<const QStyleOptionViewItem*>(option)) {
            QStyleOptionViewItem own(*item);
            own.text = shown(item->text, item->direction);
            QProxyStyle::drawControl(element, &own, painter, widget);
            return;
        }
    }
    if (element == CE_MenuItem) {
        if (const auto* item = qstyleoption_cast<const QStyleOptionMenuItem*>(option)) {
            // "Export…\tCtrl+E": the shortcut after the tab is drawn apart, in its own place.
            QStyleOptionMenuItem own(*item);
            const qsizetype tab = item->text.indexOf(QLatin1Char('\t'));
            own.text = shown(item->text.left(tab), item->direction) +
                       (tab < 0 ? QString() : item->text.mid(tab));
            QProxyStyle::drawControl(element, &own, painter, widget);
            return;
        }
    }
    if (element == CE_PushButtonLabel && option->direction == Qt::RightToLeft) {
        const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option);
        if (button && !button->icon.isNull() && !button->text.isEmpty()) {
            // Qt 6.4's common style aligns a right-to-left button's text right of the room
            // left of its icon, and the painter mirrors that alignment: on a button wider than
            // its label ("Cancel" in Arabic) the text stood against the far edge, away from
            // its icon. Painted left to right, the alignment stays where the style meant it.
            painter->save();
            painter->setLayoutDirection(Qt::LeftToRight);
            QProxyStyle::drawControl(element, option, painter, widget);
            painter->restore();
            return;
        }
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}
