// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComboBoxDelegate.h"

#include <QComboBox>

namespace {

constexpr const char* chosenProperty = "passerelleChosen";

} // namespace

QComboBox* ComboBoxDelegate::makeComboBox(QWidget* parent) const
{
    auto* combo = new QComboBox(parent);
    combo->setFrame(false);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(combo, &QComboBox::activated, this, [this, combo] {
        combo->setProperty(chosenProperty, true);
        // The signals are the delegate's own, emitted from a const member's connection.
        auto* self = const_cast<ComboBoxDelegate*>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

bool ComboBoxDelegate::wasChosen(const QComboBox* combo)
{
    return combo->property(chosenProperty).toBool();
}

void ComboBoxDelegate::resetChosen(QComboBox* combo)
{
    combo->setProperty(chosenProperty, false);
}
