// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DeviceApp.h"

#include <QAbstractTableModel>
#include <QList>

namespace Espalier {

// The apps a device reported (InstalledApplicationList), for the device detail's Apps tab.
// Lives on the UI thread; set() replaces the list in one reset.
class DeviceAppListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        IdentifierColumn,
        VersionColumn,
        SizeColumn,
        ManagedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,
    };

    explicit DeviceAppListModel(QObject *parent = nullptr);

    void set(const QList<DeviceApp> &apps);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section,
                                      Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<DeviceApp> m_apps;
};

} // namespace Espalier
