// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

// Help > User guide: the guide bundled with the program, readable without a network.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    static QUrl guideUrl();

private:
    QTextBrowser* m_browser = nullptr;
};
