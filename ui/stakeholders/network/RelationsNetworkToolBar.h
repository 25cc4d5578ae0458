// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/Stakeholder.h"

#include <QWidget>

#include <optional>

class QAbstractButton;
class QComboBox;
class QLabel;
class ThemeRepository;

// The network's tools above it: its own filters (kind, theme), zoom, fit, arrange, the exports
// and the legend's toggle. They flow onto a second line rather than make the tab wider than a
// laptop screen. The theme filter follows the file's themes.
class RelationsNetworkToolBar : public QWidget
{
    Q_OBJECT

public:
    explicit RelationsNetworkToolBar(ThemeRepository& themes, QWidget* parent = nullptr);

    // nullopt: every kind; empty: every theme.
    std::optional<Stakeholder::Kind> kind() const;
    QString themeId() const;
    void setKind(std::optional<Stakeholder::Kind> kind);
    void setThemeId(const QString& themeId);

    void setArrangeEnabled(bool enabled);
    void setExportEnabled(bool enabled);
    // Checks or unchecks the legend's toggle (legendToggled follows).
    void setLegendShown(bool shown);

signals:
    // The kind or theme chosen changed, by the officer or because the theme shown went.
    void filtersChanged();
    void zoomInRequested();
    void zoomOutRequested();
    void fitRequested();
    void arrangeRequested();
    void exportPngRequested();
    void exportSvgRequested();
    void legendToggled(bool shown);

protected:
    void changeEvent(QEvent* event) override;

private:
    QAbstractButton* makeButton(const char* name, const QIcon& icon);
    void retranslate();
    void fillThemes();

    ThemeRepository& m_themes;
    QLabel* m_kindLabel;
    QLabel* m_themeLabel;
    QComboBox* m_kindFilter;
    QComboBox* m_themeFilter;
    QAbstractButton* m_zoomIn;
    QAbstractButton* m_zoomOut;
    QAbstractButton* m_fit;
    QAbstractButton* m_arrange;
    QAbstractButton* m_exportPng;
    QAbstractButton* m_exportSvg;
    QAbstractButton* m_legendToggle;
};
