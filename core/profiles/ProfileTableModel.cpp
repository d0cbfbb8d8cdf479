// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/ProfileTableModel.h"

using namespace Qt::StringLiterals;

namespace Espalier {

ProfileTableModel::ProfileTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProfileTableModel::setProfiles(const QList<ProfileRecord> &profiles)
{
    beginResetModel();
    m_profiles = profiles;
    endResetModel();
}

int ProfileTableModel::rowOf(const QString &profileId) const
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == profileId)
            return row;
    }
    return -1;
}

int ProfileTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

int ProfileTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProfileRecord &profile = m_profiles.at(index.row());
    if (role == ProfileIdRole)
        return profile.id;
    const auto count = [role](int value) -> QVariant {
        if (role == SortRole)
            return value;
        return value == 0 ? QString() : QString::number(value);
    };
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return profile.displayName;
    case IdentifierColumn:
        return profile.identifier;
    case VersionColumn:
        return role == SortRole ? QVariant(profile.currentVersion)
                                : QVariant(QString::number(profile.currentVersion));
    case PayloadTypesColumn:
        return role == Qt::ToolTipRole ? profile.payloadTypes.join(u'\n')
                                       : profile.payloadTypes.join(u", "_s);
    case InstalledColumn:
        return count(profile.installed);
    case PendingColumn:
        return count(profile.pending);
    case FailedColumn:
        return count(profile.failed);
    case DriftedColumn:
        return count(profile.drifted);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProfileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case IdentifierColumn:
        return tr("Identifier");
    case VersionColumn:
        return tr("Version");
    case PayloadTypesColumn:
        return tr("Payloads");
    case InstalledColumn:
        return tr("Installed");
    case PendingColumn:
        return tr("Pending");
    case FailedColumn:
        return tr("Failed");
    case DriftedColumn:
        return tr("Drifted");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Espalier
