// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CityFile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

// Asks what a new city file needs before it can exist: the city's name, its country and the
// language the file is written in (theme names, section titles, reports).
class NewCityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewCityDialog(QWidget* parent = nullptr);

    CityFile::NewCity city() const;

private:
    QLineEdit* m_name = nullptr;
    QLineEdit* m_country = nullptr;
    QComboBox* m_language = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
