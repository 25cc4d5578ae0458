// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DuplicableListModel.h"
#include "exchange/ExchangeRepository.h"

class PartnerNames;
class PracticeSearch;
class ThemeNames;

// The good-practice library by title, narrowed to what the search finds as the officer types,
// with where each practice came from: this city, or the partner whose file first held it.
class PracticesModel : public DuplicableListModel<ExchangeRepository, GoodPractice>
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        City,
        Theme,
        Tags,
        Origin,
        Partner,
        Description,
        Source,
        ColumnCount
    };

    PracticesModel(const PaneContext& context, PartnerNames& partners, ThemeNames& themes,
                   PracticeSearch& search, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QString summary() const override;

    // Clears the search first: a new practice would not match it, and must show to be typed.
    int addRecord() override;

    // Shows only the practices matching text (every practice for a text without words).
    void setSearch(const QString& text);
    const QString& search() const { return m_search; }
    // Where the practice came from, in words: "This city", a partner's name.
    QString originText(const GoodPractice& practice) const;

signals:
    // The search was cleared by the model (to show a practice just added).
    void searchCleared();

protected:
    bool isEditableColumn(int column) const override;
    bool belongs(const GoodPractice& practice) const override;

private:
    GoodPractice newRecord() const override;
    bool sortsBefore(const GoodPractice& practice, const GoodPractice& other) const override;
    bool setField(GoodPractice& practice, int column, const QVariant& value) override;
    QString addText() const override;
    QString editText(const GoodPractice& practice) const override;
    QString removeText(const GoodPractice& practice) const override;
    QString removeManyText(int count) const override;
    void markAsCopy(GoodPractice& practice) const override;
    QString duplicateText(const GoodPractice& practice) const override;
    void repaintColumns(int first, int last);

    PartnerNames& m_partners;
    ThemeNames& m_themes;
    PracticeSearch& m_practiceSearch;
    QString m_search;
    QString m_ownCityId;
};
