// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/ProfileAssignment.h"

#include <QAbstractTableModel>
#include <QList>

namespace Espalier {

// Where one stored profile stands on each device: the last request, its status and, for a
// failure, the device's error. Filled by the page from ProfileLibrary::loadAssignments; UI thread.
class ProfileAssignmentModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DeviceColumn,
        StatusColumn,
        VersionColumn,
        UpdatedColumn,
        DetailColumn, // last: it stretches
        ColumnCount
    };

    enum Role {
        SortRole = Qt::UserRole + 1,
        StatusRole, // ProfileAssignment::Status as an int, for the delegate's colour
        DeviceIdRole,
    };

    explicit ProfileAssignmentModel(QObject *parent = nullptr);

    void setAssignments(const QList<ProfileAssignment> &assignments);

    [[nodiscard]] const QList<ProfileAssignment> &assignments() const { return m_assignments; }

    [[nodiscard]] static QString statusText(const ProfileAssignment &assignment);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section,
                                      Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<ProfileAssignment> m_assignments;
};

} // namespace Espalier
