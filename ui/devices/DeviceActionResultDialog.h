// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/DeviceActionPlanner.h"
#include "core/devices/DeviceActions.h"

#include <QDialog>
#include <QList>

class QTableWidget;

namespace Espalier {

// What an action did, device by device: queued or why not, and the Find My PIN each Mac was
// sent, which the admin must be able to read out at once. Shown without blocking (show());
// deletes itself when closed. UI thread.
class DeviceActionResultDialog final : public QDialog
{
    Q_OBJECT

public:
    DeviceActionResultDialog(DeviceAction action,
                             const QList<DeviceActions::Outcome> &outcomes,
                             QWidget *parent = nullptr);

    enum Column {
        DeviceColumn,
        ResultColumn,
        PinColumn,
        ColumnCount
    };

private:
    QTableWidget *m_table = nullptr;
};

} // namespace Espalier
