// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Espalier {

class EmptyStateWidget;

// The Commands section: commands sent to devices and how each one went. Until devices can
// enroll it shows an empty state that says so. UI thread.
class CommandsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CommandsPage(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    EmptyStateWidget *m_emptyState = nullptr;
};

} // namespace Espalier
