// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/LockPinListModel.h"

#include "core/devices/DeviceCommandListModel.h"
#include "core/devices/DeviceTableModel.h"

using namespace Qt::StringLiterals;

namespace Espalier {

LockPinListModel::LockPinListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LockPinListModel::set(const QList<LockPinRecord> &pins)
{
    beginResetModel();
    m_pins = pins;
    m_current = -1;
    // Newest first: the first acknowledged lock is the one the Mac is locked with. An erase
    // after it makes the lock PIN moot, but the erase PIN is then the one that matters.
    for (int row = 0; row < m_pins.size(); ++row) {
        if (m_pins.at(row).state == CommandState::Acknowledged && !m_pins.at(row).pin.isEmpty()) {
            m_current = row;
            break;
        }
    }
    endResetModel();
}

void LockPinListModel::clear()
{
    set({});
}

int LockPinListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pins.size());
}

int LockPinListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LockPinListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PinColumn:
        return tr("PIN");
    case KindColumn:
        return tr("Sent with");
    case StateColumn:
        return tr("State");
    case SentColumn:
        return tr("Queued");
    case SentByColumn:
        return tr("Queued by");
    default:
        return {};
    }
}

QVariant LockPinListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LockPinRecord &pin = m_pins.at(index.row());
    const bool current = index.row() == m_current;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PinColumn:
            return pin.pin.isEmpty() ? pin.problem : pin.pin;
        case KindColumn:
            return pin.requestType == u"EraseDevice"_s ? tr("Wipe") : tr("Lock");
        case StateColumn:
            return current ? tr("%1 — opens the Mac now")
                                 .arg(DeviceCommandListModel::stateText(pin.state))
                           : DeviceCommandListModel::stateText(pin.state);
        case SentColumn:
            return DeviceTableModel::timeText(pin.createdAt);
        case SentByColumn:
            return pin.createdBy;
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case PinColumn:
            return pin.pin;
        case KindColumn:
            return pin.requestType;
        case StateColumn:
            return static_cast<int>(pin.state);
        case SentColumn:
            return pin.createdAt;
        case SentByColumn:
            return pin.createdBy;
        default:
            return {};
        }
    case CurrentRole:
        return current;
    case CommandUuidRole:
        return pin.commandUuid;
    default:
        return {};
    }
}

} // namespace Espalier
