// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class FlowLayout;
class QToolButton;
class ThemeRepository;

// The city's themes as a wrapping row of checkable tags: the stakeholder works on the checked
// ones. Follows the themes as they are added, renamed and removed.
class ThemeTags : public QWidget
{
    Q_OBJECT

public:
    explicit ThemeTags(ThemeRepository& themes, QWidget* parent = nullptr);

    QStringList checkedIds() const;
    // Checks exactly these themes, without emitting toggled().
    void setCheckedIds(const QStringList& ids);
    void setReadOnly(bool readOnly);
    // The tag of a theme, for tests and focus; null when the theme is unknown.
    QToolButton* tag(const QString& themeId) const;

signals:
    // The officer checked or unchecked a tag.
    void edited(const QStringList& checkedIds);

private:
    void rebuild();
    static void showCheck(QToolButton* tag, const QString& name);

    ThemeRepository& m_themes;
    FlowLayout* m_layout;
    QHash<QString, QToolButton*> m_tags;
    QStringList m_checked;
    bool m_readOnly = false;
};
