// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/DeviceProfileListModel.h"

namespace Espalier {

DeviceProfileListModel::DeviceProfileListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DeviceProfileListModel::set(const QList<DeviceProfile> &profiles)
{
    beginResetModel();
    m_profiles = profiles;
    endResetModel();
}

int DeviceProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

int DeviceProfileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceProfileListModel::headerData(int section,
                                            Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdentifierColumn:
        return tr("Identifier");
    case OrganizationColumn:
        return tr("Organization");
    case ManagedColumn:
        return tr("Managed");
    default:
        return {};
    }
}

QVariant DeviceProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeviceProfile &profile = m_profiles.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == IdentifierColumn)
        return profile.uuid;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return profile.displayName.isEmpty() ? profile.identifier : profile.displayName;
    case IdentifierColumn:
        return profile.identifier;
    case OrganizationColumn:
        return profile.organization;
    case ManagedColumn:
        if (!profile.managed)
            return role == SortRole ? QVariant(-1) : QVariant(tr("Not reported"));
        if (role == SortRole)
            return *profile.managed ? 1 : 0;
        return *profile.managed ? tr("Yes") : tr("No");
    default:
        return {};
    }
}

} // namespace Espalier
