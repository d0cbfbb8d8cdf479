// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/DeviceActionTarget.h"

#include <QList>
#include <QString>
#include <QTreeWidget>

namespace Espalier {

// The devices an action is about to go to, as a confirmation shows them: name, serial number,
// model, user, last check-in and enrollment date (so a device that changed hands is noticed
// before it is locked or wiped), and a note per device. UI thread.
class DeviceTargetListWidget final : public QTreeWidget
{
    Q_OBJECT

public:
    explicit DeviceTargetListWidget(QWidget *parent = nullptr);

    void setTargets(const QList<DeviceActionTarget> &targets);
    // A note for the device at row (in setTargets() order), e.g. why it can't get the action.
    void setNote(int row, const QString &note, bool problem = false);

    [[nodiscard]] QSize sizeHint() const override;

    // The same facts as lines of text, for a plain confirmation.
    [[nodiscard]] static QString describe(const QList<DeviceActionTarget> &targets);
    // One device in a few words: "Front desk iPhone (F2LXK1Q0HG7F)".
    [[nodiscard]] static QString deviceLabel(const DeviceSummary &device);

private:
    enum Column {
        NameColumn,
        SerialColumn,
        ModelColumn,
        UserColumn,
        LastCheckInColumn,
        EnrolledColumn,
        NoteColumn,
        ColumnCount
    };
};

} // namespace Espalier
