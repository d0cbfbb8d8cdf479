// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/CommandFilterModel.h"

#include "core/commands/CommandTableModel.h"

#include <algorithm>

namespace Espalier {

CommandFilterModel::CommandFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CommandTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void CommandFilterModel::setStates(const QList<CommandState> &states)
{
    // Not QList's ==: Qt 6.4 compares lists of enums with memcmp, on null pointers when empty.
    if (std::ranges::equal(states, m_states))
        return;
    m_states = states;
    invalidateRowsFilter();
}

void CommandFilterModel::setRequestType(const QString &requestType)
{
    if (requestType == m_requestType)
        return;
    m_requestType = requestType;
    invalidateRowsFilter();
}

void CommandFilterModel::setDeviceId(const QString &deviceId)
{
    if (deviceId == m_deviceId)
        return;
    m_deviceId = deviceId;
    invalidateRowsFilter();
}

void CommandFilterModel::clearFilters()
{
    if (!isFiltering())
        return;
    m_states.clear();
    m_requestType.clear();
    m_deviceId.clear();
    invalidateRowsFilter();
}

bool CommandFilterModel::isFiltering() const
{
    return !m_states.isEmpty() || !m_requestType.isEmpty() || !m_deviceId.isEmpty();
}

QList<CommandState> CommandFilterModel::unfinishedStates()
{
    return {CommandState::Queued, CommandState::Pushed, CommandState::Sent, CommandState::NotNow};
}

QList<CommandState> CommandFilterModel::unsuccessfulStates()
{
    return {CommandState::Error,
            CommandState::CommandFormatError,
            CommandState::Expired,
            CommandState::Cancelled};
}

bool CommandFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return false;
    const QModelIndex index = source->index(sourceRow, 0, sourceParent);
    if (!m_states.isEmpty()) {
        const auto state = commandStateFromValue(
            source->data(index, CommandTableModel::StateRole).toInt());
        if (!state || !m_states.contains(*state))
            return false;
    }
    if (!m_requestType.isEmpty()
        && source->data(index, CommandTableModel::RequestTypeRole).toString() != m_requestType) {
        return false;
    }
    if (!m_deviceId.isEmpty()
        && source->data(index, CommandTableModel::DeviceIdRole).toString() != m_deviceId) {
        return false;
    }
    return true;
}

} // namespace Espalier
