// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/DeviceActionPlanner.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Espalier {

class DeviceTargetListWidget;

// Asks what a lock screen should say (message and phone number) before locking the listed
// devices, and says which Macs get a generated PIN and which devices can't be locked. Opened
// window-modal with open(); the caller reads options() on accepted. UI thread.
class DeviceLockDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DeviceLockDialog(const QList<DeviceActionTarget> &targets, QWidget *parent = nullptr);

    [[nodiscard]] DeviceActionOptions options() const;

    [[nodiscard]] const QList<DeviceActionTarget> &targets() const { return m_targets; }

private:
    QList<DeviceActionTarget> m_targets;
    DeviceTargetListWidget *m_list = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QLineEdit *m_phone = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_lockButton = nullptr;
};

} // namespace Espalier
