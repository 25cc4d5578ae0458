// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

class ThemeRepository;

// The names of the file's themes by id, shortened for a cell, kept in step with the repository:
// what a model needs to show a record's theme. Read once, then again whenever a theme is added,
// renamed or removed; changed() follows, for the model to repaint its theme column (and, when
// the file clears a removed theme from its records, to read those again).
class ThemeNames : public QObject
{
    Q_OBJECT

public:
    explicit ThemeNames(ThemeRepository& themes, QObject* parent = nullptr);

    // The theme's name; empty for none or for an id the file does not have.
    QString name(const QString& themeId) const;
    bool contains(const QString& themeId) const;
    // Every theme's id, in the file's order of themes (the order lists of themes show).
    const QStringList& ids() const { return m_ids; }
    // Every name by theme id; shared, not copied, by a caller that keeps it (a row index).
    const QHash<QString, QString>& names() const { return m_names; }

signals:
    void changed();

private:
    void reload();

    ThemeRepository& m_themes;
    QHash<QString, QString> m_names; // by theme id
    QStringList m_ids;
};
