// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/DeviceStatus.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace Espalier {

// Draws the device list's Status column with a coloured dot before the text, picked from the
// model's StatusRole; every other column is drawn as usual. UI thread.
class DeviceStatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit DeviceStatusDelegate(QObject *parent = nullptr);

    // The colour a state is shown in; also used by the device detail's status line.
    [[nodiscard]] static QColor color(DeviceStatus status);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Espalier
