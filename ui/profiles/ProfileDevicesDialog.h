// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/DeviceActionTarget.h"
#include "core/store/ProfileAssignment.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QPushButton;
class QTreeWidget;

namespace Espalier {

// Picks the devices to install a profile on, or to remove it from, showing where the profile
// stands on each; for an install, whether to sign it with the server's identity. UI thread.
class ProfileDevicesDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Install,
        Remove,
    };

    ProfileDevicesDialog(Mode mode,
                         const QString &profileName,
                         const QList<DeviceActionTarget> &devices,
                         const QList<ProfileAssignment> &assignments,
                         QWidget *parent = nullptr);

    [[nodiscard]] QList<DeviceActionTarget> chosen() const;
    [[nodiscard]] bool sign() const;

private:
    void updateState();

    QList<DeviceActionTarget> m_devices;
    QTreeWidget *m_tree = nullptr;
    QCheckBox *m_sign = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Espalier
