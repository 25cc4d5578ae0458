// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

// Help > About Passerelle: what the program is, its version and its licence.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};
