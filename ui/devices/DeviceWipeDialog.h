// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/DeviceActionPlanner.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace Espalier {

class DeviceTargetListWidget;

// The last check before erasing devices: shows each device's serial, model, user, last check-in
// and enrollment date, offers the options its platform has, and enables Wipe only once the
// device's name (or, for several devices, their number) is typed exactly. Opened window-modal
// with open(); the caller reads options() on accepted. UI thread.
class DeviceWipeDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DeviceWipeDialog(const QList<DeviceActionTarget> &targets, QWidget *parent = nullptr);

    [[nodiscard]] DeviceActionOptions options() const;

    [[nodiscard]] const QList<DeviceActionTarget> &targets() const { return m_targets; }

    // What must be typed to confirm.
    [[nodiscard]] const QString &confirmationText() const { return m_confirmation; }

private:
    void updateButton();

    QList<DeviceActionTarget> m_targets;
    QString m_confirmation;
    int m_wipeable = 0;
    DeviceTargetListWidget *m_list = nullptr;
    QCheckBox *m_preserveDataPlan = nullptr;
    QCheckBox *m_disallowProximitySetup = nullptr;
    QLineEdit *m_confirm = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_wipeButton = nullptr;
};

} // namespace Espalier
