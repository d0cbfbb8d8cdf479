// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/DeviceFilterProxyModel.h"

#include "core/common/Clock.h"
#include "core/devices/DeviceTableModel.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Espalier {

DeviceFilterProxyModel::DeviceFilterProxyModel(const Clock &clock, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_clock(clock)
    , m_now(clock.now())
{
    setSortRole(DeviceTableModel::SortRole);
    setDynamicSortFilter(true);
}

void DeviceFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_devices = qobject_cast<DeviceTableModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void DeviceFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_terms = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    refilter();
}

void DeviceFilterProxyModel::setSmartGroup(const std::optional<DeviceSmartGroup> &group)
{
    m_smartGroup = group;
    refilter();
}

void DeviceFilterProxyModel::refilter()
{
    m_now = m_clock.now();
    // invalidate() rebuilds the mapping in one layout change; invalidateFilter() would announce
    // every removed range one by one, which costs a view far more than the filtering itself
    // when a keystroke hides most of 100,000 rows.
    invalidate();
}

QStringList DeviceFilterProxyModel::deviceIds(const QModelIndexList &rows) const
{
    QStringList ids;
    QSet<QString> seen;
    for (const QModelIndex &row : rows) {
        const QString id = row.siblingAtColumn(0).data(DeviceTableModel::DeviceIdRole).toString();
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    return ids;
}

bool DeviceFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_devices)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    if (!m_terms.isEmpty() && !m_devices->containsAll(sourceRow, m_terms))
        return false;
    return !m_smartGroup || m_smartGroup->matches(m_devices->summary(sourceRow), m_now);
}

bool DeviceFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_devices)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_devices->lessThan(left.column(), left.row(), right.row());
}

} // namespace Espalier
