// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mdm/LockPinRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace Espalier {

// A device's lock PIN history, newest first, for the device detail's Lock PINs tab. Marks the
// PIN that opens the Mac now: the newest acknowledged DeviceLock's. Holds the PINs only in
// memory, from Engine::lockPins(); clear() drops them. Lives on the UI thread.
class LockPinListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PinColumn,
        KindColumn,
        StateColumn,
        SentColumn,
        SentByColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,
        CurrentRole, // bool: the PIN that opens the locked Mac
        CommandUuidRole,
    };

    explicit LockPinListModel(QObject *parent = nullptr);

    void set(const QList<LockPinRecord> &pins);
    void clear();

    // The row of the PIN that opens the Mac now, or -1.
    [[nodiscard]] int currentRow() const { return m_current; }

    [[nodiscard]] const LockPinRecord &record(int row) const { return m_pins.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section,
                                      Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<LockPinRecord> m_pins;
    int m_current = -1;
};

} // namespace Espalier
