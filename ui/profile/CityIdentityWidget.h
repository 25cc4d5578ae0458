// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/City.h"
#include "shell/PaneContext.h"

#include <QWidget>

class QLineEdit;
class QSpinBox;

// Who the city is: name, country, region and population with its year and source. A field is
// stored when the officer leaves it or presses Enter, as one undo step.
class CityIdentityWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CityIdentityWidget(const PaneContext& context, QWidget* parent = nullptr);

    // Shows the city as the file holds it (a failure to read it is reported as a message).
    void reload();
    void setReadOnly(bool readOnly);
    // Stores what the fields show if it differs from the file.
    void commit();

signals:
    void messageChanged(const QString& message);

private:
    City edited() const;
    void display(const City& city);

    PaneContext m_context;
    City m_city;
    QLineEdit* m_name;
    QLineEdit* m_country;
    QLineEdit* m_region;
    QSpinBox* m_population;
    QSpinBox* m_populationYear;
    QLineEdit* m_populationSource;
    bool m_readOnly = false;
};
