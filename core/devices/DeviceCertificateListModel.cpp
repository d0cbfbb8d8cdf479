// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/DeviceCertificateListModel.h"

#include "core/devices/DeviceTableModel.h"

namespace Espalier {

DeviceCertificateListModel::DeviceCertificateListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DeviceCertificateListModel::set(const QList<DeviceCertificate> &certificates)
{
    beginResetModel();
    m_certificates = certificates;
    endResetModel();
}

int DeviceCertificateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_certificates.size());
}

int DeviceCertificateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceCertificateListModel::headerData(int section,
                                                Qt::Orientation orientation,
                                                int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CommonNameColumn:
        return tr("Common name");
    case IdentityColumn:
        return tr("Identity");
    case ExpiresColumn:
        return tr("Expires");
    case FingerprintColumn:
        return tr("SHA-256 fingerprint");
    default:
        return {};
    }
}

QVariant DeviceCertificateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeviceCertificate &certificate = m_certificates.at(index.row());
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case CommonNameColumn:
        return certificate.commonName;
    case IdentityColumn:
        if (!certificate.identity)
            return role == SortRole ? QVariant(-1) : QVariant(tr("Not reported"));
        if (role == SortRole)
            return *certificate.identity ? 1 : 0;
        return *certificate.identity ? tr("Yes") : tr("No");
    case ExpiresColumn:
        if (role == SortRole)
            return certificate.notAfter;
        return certificate.notAfter.isValid() ? DeviceTableModel::timeText(certificate.notAfter)
                                              : tr("Unreadable");
    case FingerprintColumn:
        return certificate.sha256;
    default:
        return {};
    }
}

} // namespace Espalier
