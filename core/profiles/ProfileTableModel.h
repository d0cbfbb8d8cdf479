// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/ProfileRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace Espalier {

// The stored profiles for the Profiles page: one row each, with how many devices have them in
// each state. Filled by the page from ProfileLibrary::loadProfiles; UI thread.
class ProfileTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        IdentifierColumn,
        VersionColumn,
        PayloadTypesColumn,
        InstalledColumn,
        PendingColumn,
        FailedColumn,
        DriftedColumn,
        ColumnCount
    };

    enum Role {
        SortRole = Qt::UserRole + 1,
        ProfileIdRole,
    };

    explicit ProfileTableModel(QObject *parent = nullptr);

    void setProfiles(const QList<ProfileRecord> &profiles);

    [[nodiscard]] const QList<ProfileRecord> &profiles() const { return m_profiles; }

    // The row of the profile, or -1.
    [[nodiscard]] int rowOf(const QString &profileId) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section,
                                      Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<ProfileRecord> m_profiles;
};

} // namespace Espalier
