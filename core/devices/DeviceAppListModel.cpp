// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/DeviceAppListModel.h"

#include <QLocale>

namespace Espalier {

DeviceAppListModel::DeviceAppListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DeviceAppListModel::set(const QList<DeviceApp> &apps)
{
    beginResetModel();
    m_apps = apps;
    endResetModel();
}

int DeviceAppListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_apps.size());
}

int DeviceAppListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceAppListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdentifierColumn:
        return tr("Identifier");
    case VersionColumn:
        return tr("Version");
    case SizeColumn:
        return tr("Size");
    case ManagedColumn:
        return tr("Managed");
    default:
        return {};
    }
}

QVariant DeviceAppListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeviceApp &app = m_apps.at(index.row());
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return app.name.isEmpty() ? app.identifier : app.name;
    case IdentifierColumn:
        return app.identifier;
    case VersionColumn:
        if (role == SortRole)
            return app.shortVersion.isEmpty() ? app.version : app.shortVersion;
        if (!app.shortVersion.isEmpty() && !app.version.isEmpty()
            && app.shortVersion != app.version)
            return tr("%1 (%2)").arg(app.shortVersion, app.version);
        return app.shortVersion.isEmpty() ? app.version : app.shortVersion;
    case SizeColumn:
        if (!app.bundleSize)
            return {};
        if (role == SortRole)
            return *app.bundleSize;
        return QLocale().formattedDataSize(*app.bundleSize);
    case ManagedColumn:
        if (!app.managed)
            return role == SortRole ? QVariant(-1) : QVariant(tr("Unknown"));
        if (role == SortRole)
            return *app.managed ? 1 : 0;
        return *app.managed ? tr("Yes") : tr("No");
    default:
        return {};
    }
}

} // namespace Espalier
