// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificates/CredentialTableModel.h"

#include "core/common/Clock.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Espalier {

CredentialTableModel::CredentialTableModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{}

int CredentialTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_credentials.size());
}

int CredentialTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CredentialTableModel::canExport(const Credential &credential)
{
    return credential.hasKey && credential.kind != CredentialKind::ServerTls;
}

QVariant CredentialTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Credential &credential = m_credentials.at(index.row());
    const QDateTime now = m_clock.now();
    switch (role) {
    case ExpiryStateRole:
        return static_cast<int>(credential.expiryState(now));
    case KindRole:
        return static_cast<int>(credential.kind);
    case IdRole:
        return credential.id;
    case CanExportRole:
        return canExport(credential);
    case Qt::ToolTipRole:
        if (index.column() == DaysLeftColumn && credential.kind == CredentialKind::PushCertificate
            && credential.expiryState(now) != ExpiryState::Valid) {
            return tr("Renew it before it expires: until then, devices can be woken; after, "
                      "none of them can.");
        }
        if (index.column() == SubjectColumn)
            return tr("Issued by %1").arg(credential.issuer);
        return {};
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case KindColumn:
            return Credential::kindText(credential.kind);
        case SubjectColumn:
            return credential.subject;
        case TopicColumn:
            return credential.topic;
        case AppleIdColumn:
            return credential.appleId;
        case ExpiresColumn:
            return QLocale().toString(credential.notAfter.toLocalTime().date(),
                                      QLocale::ShortFormat);
        case DaysLeftColumn:
            return Credential::daysLeftText(credential.notAfter, now);
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        switch (static_cast<Column>(index.column())) {
        case KindColumn:
            return static_cast<int>(credential.kind);
        case SubjectColumn:
            return credential.subject.toLower();
        case TopicColumn:
            return credential.topic.toLower();
        case AppleIdColumn:
            return credential.appleId.toLower();
        case ExpiresColumn:
        case DaysLeftColumn:
            return credential.notAfter;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant CredentialTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case KindColumn:
        return tr("Credential");
    case SubjectColumn:
        return tr("Subject");
    case TopicColumn:
        return tr("Topic");
    case AppleIdColumn:
        return tr("Apple ID");
    case ExpiresColumn:
        return tr("Expires");
    case DaysLeftColumn:
        return tr("Days left");
    case ColumnCount:
        break;
    }
    return {};
}

void CredentialTableModel::setCredentials(QList<Credential> credentials)
{
    beginResetModel();
    m_credentials = std::move(credentials);
    endResetModel();
}

void CredentialTableModel::refreshExpiry()
{
    if (m_credentials.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, DaysLeftColumn),
                       index(rowCount() - 1, DaysLeftColumn),
                       {Qt::DisplayRole, Qt::ToolTipRole, ExpiryStateRole});
}

} // namespace Espalier
