// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/ProfileAssignmentModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Espalier {

ProfileAssignmentModel::ProfileAssignmentModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProfileAssignmentModel::setAssignments(const QList<ProfileAssignment> &assignments)
{
    beginResetModel();
    m_assignments = assignments;
    endResetModel();
}

QString ProfileAssignmentModel::statusText(const ProfileAssignment &assignment)
{
    const bool removing = assignment.action == ProfileAssignment::Action::Remove;
    switch (assignment.status) {
    case ProfileAssignment::Status::Pending:
        return removing ? tr("Removal pending") : tr("Pending");
    case ProfileAssignment::Status::Installed:
        return tr("Installed");
    case ProfileAssignment::Status::Failed:
        return removing ? tr("Removal failed") : tr("Failed");
    case ProfileAssignment::Status::Drifted:
        return tr("Drifted");
    case ProfileAssignment::Status::Removed:
        return tr("Removed");
    }
    return {};
}

int ProfileAssignmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_assignments.size());
}

int ProfileAssignmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileAssignmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProfileAssignment &a = m_assignments.at(index.row());
    if (role == StatusRole)
        return int(a.status);
    if (role == DeviceIdRole)
        return a.deviceUdid;
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case DeviceColumn:
        if (role == Qt::ToolTipRole)
            return a.deviceUdid;
        return a.deviceName.isEmpty() ? a.deviceUdid : a.deviceName;
    case StatusColumn:
        return role == SortRole ? QVariant(int(a.status)) : QVariant(statusText(a));
    case VersionColumn:
        return role == SortRole ? QVariant(a.version) : QVariant(QString::number(a.version));
    case DetailColumn:
        return a.detail;
    case UpdatedColumn:
        if (role == SortRole)
            return a.statusAt;
        return QLocale().toString(a.statusAt.toLocalTime(), QLocale::ShortFormat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProfileAssignmentModel::headerData(int section,
                                            Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case DeviceColumn:
        return tr("Device");
    case StatusColumn:
        return tr("Status");
    case VersionColumn:
        return tr("Version");
    case DetailColumn:
        return tr("Detail");
    case UpdatedColumn:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Espalier
