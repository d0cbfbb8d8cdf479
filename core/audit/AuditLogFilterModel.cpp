// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditLogFilterModel.h"

#include "core/audit/AuditLogModel.h"

namespace Espalier {

AuditLogFilterModel::AuditLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AuditLogModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void AuditLogFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void AuditLogFilterModel::setActor(const QString &actor)
{
    if (actor == m_actor)
        return;
    m_actor = actor;
    invalidateRowsFilter();
}

void AuditLogFilterModel::setAction(const QString &action)
{
    if (action == m_action)
        return;
    m_action = action;
    invalidateRowsFilter();
}

void AuditLogFilterModel::setTimeRange(const QDateTime &from, const QDateTime &until)
{
    if (from == m_from && until == m_until)
        return;
    m_from = from;
    m_until = until;
    invalidateRowsFilter();
}

void AuditLogFilterModel::clearFilters()
{
    if (!isFiltering())
        return;
    m_text.clear();
    m_words.clear();
    m_actor.clear();
    m_action.clear();
    m_from = QDateTime();
    m_until = QDateTime();
    invalidateRowsFilter();
}

bool AuditLogFilterModel::isFiltering() const
{
    return !m_words.isEmpty() || !m_actor.isEmpty() || !m_action.isEmpty() || m_from.isValid()
           || m_until.isValid();
}

bool AuditLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return false;
    const QModelIndex index = source->index(sourceRow, 0, sourceParent);
    if (!m_actor.isEmpty() && source->data(index, AuditLogModel::ActorRole).toString() != m_actor)
        return false;
    if (!m_action.isEmpty()
        && source->data(index, AuditLogModel::ActionRole).toString() != m_action) {
        return false;
    }
    if (m_from.isValid() || m_until.isValid()) {
        const QDateTime at = source->data(index, AuditLogModel::TimeRole).toDateTime();
        if (m_from.isValid() && at < m_from)
            return false;
        if (m_until.isValid() && at >= m_until)
            return false;
    }
    if (!m_words.isEmpty()) {
        const QString text = source->data(index, AuditLogModel::SearchTextRole).toString();
        for (const QString &word : m_words) {
            if (!text.contains(word, Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}

} // namespace Espalier
