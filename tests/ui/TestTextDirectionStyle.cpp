// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/CursiveScriptStyle.h"
#include "common/TextDirectionStyle.h"

#include <QApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QStyleFactory>
#include <QStyleOptionMenuItem>
#include <QStyleOptionViewItem>
#include <QTest>

namespace {

// The style under TextDirectionStyle: keeps the last text it was asked to draw.
class RecordingStyle : public QProxyStyle
{
public:
    RecordingStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

    void drawItemText(QPainter*, const QRect&, int, const QPalette&, bool, const QString& text,
                      QPalette::ColorRole) const override
    {
        m_text = text;
    }
    void drawControl(ControlElement element, const QStyleOption* option, QPainter*,
                     const QWidget*) const override
    {
        if (const auto* item = qstyleoption_cast<const QStyleOptionViewItem*>(option))
            m_text = item->text;
        if (const auto* item = qstyleoption_cast<const QStyleOptionMenuItem*>(option))
            m_text = item->text;
        Q_UNUSED(element)
    }

    mutable QString m_text;
};

const QString lri = QString(QChar(0x2066));
const QString rli = QString(QChar(0x2067));
const QString pdi = QString(QChar(0x2069));

} // namespace

// Every text the style draws reads in its own direction: in a mirrored English window
// (-reverse) "Export…" no longer shows as "…Export", and a French name in an Arabic table keeps
// its own order and is cut at its own end.
class TestTextDirectionStyle : public QObject
{
    Q_OBJECT

    QImage m_image{40, 20, QImage::Format_RGB32};

private slots:
    void cleanup()
    {
        QLocale::setDefault(QLocale::c());
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void labelsButtonsAndTabs()
    {
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
        auto* recording = new RecordingStyle;
        TextDirectionStyle style(recording);
        QPainter painter(&m_image);
        painter.setLayoutDirection(Qt::RightToLeft);
        style.drawItemText(&painter, m_image.rect(), Qt::AlignLeft, {}, true,
                           QStringLiteral("E&xport…"));
        QCOMPARE(recording->m_text, lri + QStringLiteral("E&xport…") + pdi);
        // A number in English reads as English does; in an Arabic interface, as Arabic does.
        style.drawItemText(&painter, m_image.rect(), Qt::AlignLeft, {}, true,
                           QStringLiteral("43 %"));
        QCOMPARE(recording->m_text, lri + QStringLiteral("43 %") + pdi);
        QLocale::setDefault(QLocale(QStringLiteral("ar_MA")));
        style.drawItemText(&painter, m_image.rect(), Qt::AlignLeft, {}, true,
                           QStringLiteral("43 %"));
        QCOMPARE(recording->m_text, QStringLiteral("43 %"));
        // The interface's own words are drawn as given.
        style.drawItemText(&painter, m_image.rect(), Qt::AlignLeft, {}, true,
                           QString::fromUtf8("تصدير…"));
        QCOMPARE(recording->m_text, QString::fromUtf8("تصدير…"));
        painter.setLayoutDirection(Qt::LeftToRight);
        style.drawItemText(&painter, m_image.rect(), Qt::AlignLeft, {}, true,
                           QString::fromUtf8("مرسى الوادي"));
        QCOMPARE(recording->m_text, rli + QString::fromUtf8("مرسى الوادي") + pdi);
    }

    void tableCellsAndMenus()
    {
        QLocale::setDefault(QLocale(QStringLiteral("ar_MA")));
        auto* recording = new RecordingStyle;
        TextDirectionStyle style(recording);
        QPainter painter(&m_image);
        QStyleOptionViewItem cell;
        cell.direction = Qt::RightToLeft;
        cell.text = QStringLiteral("Garrigue Construction S.A.");
        style.drawControl(QStyle::CE_ItemViewItem, &cell, &painter);
        QCOMPARE(recording->m_text, lri + cell.text + pdi);
        cell.text = QString::fromUtf8("جمعية الخيط");
        style.drawControl(QStyle::CE_ItemViewItem, &cell, &painter);
        QCOMPARE(recording->m_text, cell.text);

        // The shortcut after the tab is drawn apart: only the words are isolated.
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
        QStyleOptionMenuItem item;
        item.direction = Qt::RightToLeft;
        item.text = QStringLiteral("&Export…\tCtrl+E");
        style.drawControl(QStyle::CE_MenuItem, &item, &painter);
        QCOMPARE(recording->m_text,
                 lri + QStringLiteral("&Export…") + pdi + QStringLiteral("\tCtrl+E"));
        item.text = QStringLiteral("Recent files");
        item.direction = Qt::LeftToRight;
        style.drawControl(QStyle::CE_MenuItem, &item, &painter);
        QCOMPARE(recording->m_text, QStringLiteral("Recent files"));
    }

    // On a real button: mirrored, "Export…" is drawn as it is in an unmirrored window, its
    // ellipsis last.
    void mirroredButtonReadsAsEnglish()
    {
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        TextDirectionStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
        const auto drawn = [](QStyle* with, Qt::LayoutDirection direction) {
            // A grab paints in the application's direction, as a mirrored window does.
            QApplication::setLayoutDirection(direction);
            QPushButton button(QStringLiteral("Export…"));
            button.setStyle(with);
            button.setLayoutDirection(direction);
            button.resize(160, 32);
            return button.grab().toImage();
        };
        const QImage english = drawn(fusion.get(), Qt::LeftToRight);
        QVERIFY(drawn(fusion.get(), Qt::RightToLeft) != english); // "…Export"
        QCOMPARE(drawn(&style, Qt::RightToLeft), english);
    }

    // A right-to-left button wider than its label ("Cancel" in Arabic, at the dialog buttons'
    // least width) keeps its text beside its icon, the two centred together.
    void buttonTextStandsBesideItsIcon()
    {
        QLocale::setDefault(QLocale(QStringLiteral("ar_MA")));
        QApplication::setLayoutDirection(Qt::RightToLeft);
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        TextDirectionStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
        QPixmap red(16, 16);
        red.fill(Qt::red);
        // The gap between the text's inner end and the icon, in pixels.
        const auto gap = [&](QStyle* with) {
            QPushButton button(QIcon(red), QStringLiteral("إلغاء"));
            button.setStyle(with);
            button.setLayoutDirection(Qt::RightToLeft);
            button.resize(200, 32);
            const QImage image = button.grab().toImage();
            int iconLeft = image.width();
            int textRight = -1;
            const int y0 = 6, y1 = image.height() - 6;
            for (int x = 4; x < image.width() - 4; ++x) {
                for (int y = y0; y < y1; ++y) {
                    const QColor c = image.pixelColor(x, y);
                    if (c.red() > 200 && c.green() < 60 && c.blue() < 60)
                        iconLeft = std::min(iconLeft, x);
                    else if (c.lightness() < 110 && x < iconLeft)
                        textRight = std::max(textRight, x);
                }
            }
            return iconLeft - textRight;
        };
        QVERIFY2(gap(fusion.get()) > 20, "Qt's own drawing puts the text at the far edge");
        const int ours = gap(&style);
        QVERIFY2(ours > 0 && ours <= 10, qPrintable(QString::number(ours)));
    }

    // The application draws this way in every language; Arabic adds its own style on top.
    void theApplicationUsesIt()
    {
        auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
        CursiveScriptStyle::applyFor(*app, QStringLiteral("nl"));
        QVERIFY(dynamic_cast<TextDirectionStyle*>(QApplication::style()));
        CursiveScriptStyle::applyFor(*app, QStringLiteral("ar"));
        auto* arabic = dynamic_cast<CursiveScriptStyle*>(QApplication::style());
        QVERIFY(arabic);
        QVERIFY(dynamic_cast<TextDirectionStyle*>(arabic->baseStyle()));
    }
};

QTEST_MAIN(TestTextDirectionStyle)
#include "TestTextDirectionStyle.moc"
