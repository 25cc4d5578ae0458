// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThemeTags.h"

#include "common/TextLimits.h"
#include "stakeholders/FlowLayout.h"
#include "themes/ThemeRepository.h"

#include <QToolButton>

ThemeTags::ThemeTags(ThemeRepository& themes, QWidget* parent)
    : QWidget(parent), m_themes(themes), m_layout(new FlowLayout(this))
{
    setObjectName(QStringLiteral("stakeholderThemeTags"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    connect(&themes, &ThemeRepository::themeAdded, this, &ThemeTags::rebuild);
    connect(&themes, &ThemeRepository::themeUpdated, this, &ThemeTags::rebuild);
    connect(&themes, &ThemeRepository::themeRemoved, this, &ThemeTags::rebuild);
    rebuild();
}

QStringList ThemeTags::checkedIds() const
{
    return m_checked;
}

void ThemeTags::setCheckedIds(const QStringList& ids)
{
    m_checked = ids;
    for (auto it = m_tags.cbegin(); it != m_tags.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(ids.contains(it.key()));
        showCheck(it.value(), it.value()->toolTip());
    }
}

void ThemeTags::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QToolButton* tag : std::as_const(m_tags))
        tag->setEnabled(!readOnly);
}

QToolButton* ThemeTags::tag(const QString& themeId) const
{
    return m_tags.value(themeId);
}

void ThemeTags::rebuild()
{
    qDeleteAll(m_tags);
    m_tags.clear();
    QStringList known;
    for (const Theme& theme : m_themes.themes()) {
        auto* tag = new QToolButton(this);
        tag->setObjectName(QStringLiteral("themeTag_") + theme.meta.id);
        tag->setCheckable(true);
        tag->setChecked(m_checked.contains(theme.meta.id));
        tag->setEnabled(!m_readOnly);
        tag->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // The tooltip keeps the bare name, which the tag's text may prefix with a check mark.
        const QString name = TextLimits::shortened(theme.name);
        tag->setToolTip(name);
        const QString id = theme.meta.id;
        showCheck(tag, name);
        connect(tag, &QToolButton::toggled, this, [this, tag, id, name](bool on) {
            showCheck(tag, name);
            if (on && !m_checked.contains(id))
                m_checked.append(id);
            else if (!on)
                m_checked.removeAll(id);
            m_checked.sort();
            emit edited(m_checked);
        });
        m_layout->addWidget(tag);
        m_tags.insert(id, tag);
        known << id;
    }
    // A removed theme is no longer among the stakeholder's (the file drops the links).
    m_checked.removeIf([&known](const QString& id) { return !known.contains(id); });
    updateGeometry();
}

void ThemeTags::showCheck(QToolButton* tag, const QString& name)
{
    // The check mark says "chosen" in every style, not only by a shade of grey.
    tag->setText(tag->isChecked() ? tr("✓ %1").arg(name) : name);
}
