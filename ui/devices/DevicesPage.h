// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Espalier {

class EmptyStateWidget;

// The Devices section: enrolled iPhones, iPads and Macs with their inventory. Until devices can
// enroll it shows an empty state that says so. UI thread.
class DevicesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DevicesPage(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    EmptyStateWidget *m_emptyState = nullptr;
};

} // namespace Espalier
