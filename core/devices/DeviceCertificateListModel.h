// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DeviceCertificate.h"

#include <QAbstractTableModel>
#include <QList>

namespace Espalier {

// The certificates a device reported (CertificateList), for the device detail's Certificates
// tab. Lives on the UI thread; set() replaces the list in one reset.
class DeviceCertificateListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CommonNameColumn,
        IdentityColumn,
        ExpiresColumn,
        FingerprintColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,
    };

    explicit DeviceCertificateListModel(QObject *parent = nullptr);

    void set(const QList<DeviceCertificate> &certificates);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section,
                                      Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<DeviceCertificate> m_certificates;
};

} // namespace Espalier
