// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/enrollment/EnrollmentLinkTableModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Espalier {

EnrollmentLinkTableModel::EnrollmentLinkTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int EnrollmentLinkTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_links.size());
}

int EnrollmentLinkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnrollmentLinkTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EnrollmentLink &link = m_links.at(index.row());
    const EnrollmentLinkState state = link.state(m_now);
    switch (role) {
    case IdRole:
        return link.id;
    case StateRole:
        return int(state);
    case SortRole:
        switch (static_cast<Column>(index.column())) {
        case LabelColumn:
            return link.label.toLower();
        case StateColumn:
            return int(state);
        case UsesColumn:
            return link.useCount;
        case ExpiresColumn:
            // Links that never expire sort after every date.
            return link.expiresAt.isValid() ? link.expiresAt
                                            : QDateTime(QDate(9999, 12, 31), QTime(), Qt::UTC);
        case CreatedColumn:
            return link.createdAt;
        case CreatedByColumn:
            return link.createdBy.toLower();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case LabelColumn:
            return link.label.isEmpty() ? tr("(no label)") : link.label;
        case StateColumn:
            return stateText(state);
        case UsesColumn:
            return usesText(link);
        case ExpiresColumn:
            return link.expiresAt.isValid() ? formatTime(link.expiresAt) : tr("Never");
        case CreatedColumn:
            return formatTime(link.createdAt);
        case CreatedByColumn:
            return link.createdBy;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && state == EnrollmentLinkState::Revoked)
            return tr("Revoked on %1").arg(formatTime(link.revokedAt));
        return {};
    default:
        return {};
    }
}

QVariant EnrollmentLinkTableModel::headerData(int section,
                                              Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case LabelColumn:
        return tr("Label");
    case StateColumn:
        return tr("State");
    case UsesColumn:
        return tr("Uses");
    case ExpiresColumn:
        return tr("Expires");
    case CreatedColumn:
        return tr("Created");
    case CreatedByColumn:
        return tr("Created by");
    case ColumnCount:
        break;
    }
    return {};
}

void EnrollmentLinkTableModel::setLinks(QList<EnrollmentLink> links, const QDateTime &now)
{
    beginResetModel();
    m_links = std::move(links);
    m_now = now;
    endResetModel();
}

void EnrollmentLinkTableModel::upsertLink(const EnrollmentLink &link, const QDateTime &now)
{
    m_now = now;
    const int row = rowOf(link.id);
    if (row >= 0) {
        m_links[row] = link;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_links.prepend(link);
    endInsertRows();
}

int EnrollmentLinkTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_links.size(); ++row) {
        if (m_links.at(row).id == id)
            return row;
    }
    return -1;
}

QString EnrollmentLinkTableModel::stateText(EnrollmentLinkState state)
{
    switch (state) {
    case EnrollmentLinkState::Active:
        return tr("Active");
    case EnrollmentLinkState::Revoked:
        return tr("Revoked");
    case EnrollmentLinkState::Expired:
        return tr("Expired");
    case EnrollmentLinkState::UsedUp:
        return tr("Used up");
    }
    return {};
}

QString EnrollmentLinkTableModel::usesText(const EnrollmentLink &link)
{
    if (link.maxUses)
        return tr("%1 of %2").arg(link.useCount).arg(*link.maxUses);
    return tr("%1 (no limit)").arg(link.useCount);
}

QString EnrollmentLinkTableModel::formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace Espalier
