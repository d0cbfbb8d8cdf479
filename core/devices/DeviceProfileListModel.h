// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DeviceProfile.h"

#include <QAbstractTableModel>
#include <QList>

namespace Espalier {

// The configuration profiles a device reported (ProfileList), for the device detail's Profiles
// tab. Lives on the UI thread; set() replaces the list in one reset.
class DeviceProfileListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        IdentifierColumn,
        OrganizationColumn,
        ManagedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,
    };

    explicit DeviceProfileListModel(QObject *parent = nullptr);

    void set(const QList<DeviceProfile> &profiles);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section,
                                      Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<DeviceProfile> m_profiles;
};

} // namespace Espalier
