// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditLogModel.h"

#include "core/audit/AuditLogStore.h"
#include "core/common/Futures.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Espalier {

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_entries.at(index.row());

    switch (role) {
    case SequenceRole:
        return entry.seq;
    case TimeRole:
        return entry.at;
    case ActorRole:
        return entry.actor;
    case ActionRole:
        return entry.action;
    case SearchTextRole:
        return QStringList{entry.actor, entry.action, entry.target, targetText(entry), entry.detail}
            .join(u'\n');
    default:
        break;
    }

    switch (static_cast<Column>(index.column())) {
    case SequenceColumn:
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return entry.seq;
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case TimeColumn:
        switch (role) {
        case Qt::DisplayRole:
            return formatTime(entry.at);
        case Qt::ToolTipRole:
            return entry.at.toString(Qt::ISODateWithMs);
        case SortRole:
            return entry.at;
        }
        break;
    case ActorColumn:
        switch (role) {
        case Qt::DisplayRole:
            return entry.actor;
        case SortRole:
            return entry.actor.toCaseFolded();
        }
        break;
    case ActionColumn:
        switch (role) {
        case Qt::DisplayRole:
            return entry.action;
        case SortRole:
            return entry.action.toCaseFolded();
        }
        break;
    case TargetColumn:
        switch (role) {
        case Qt::DisplayRole:
            return targetText(entry);
        case Qt::ToolTipRole:
            return entry.target;
        case SortRole:
            return targetText(entry).toCaseFolded();
        }
        break;
    case DetailColumn:
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return entry.detail;
        case SortRole:
            return entry.detail.toCaseFolded();
        }
        break;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == SequenceColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case SequenceColumn:
        return tr("Entry", "the audit entry's number in the chain");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case DetailColumn:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

void AuditLogModel::setDatabasePath(const QString &path)
{
    m_databasePath = path;
}

void AuditLogModel::setEntries(QList<AuditEntry> entries, QHash<QString, QString> targetNames)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_targetNames = std::move(targetNames);
    endResetModel();
    if (updateChoices())
        Q_EMIT choicesChanged();
}

void AuditLogModel::appendEntries(const QList<AuditEntry> &entries,
                                  const QHash<QString, QString> &targetNames)
{
    // A device that got its name since the last load shows it in the old rows too.
    const bool namesChanged = targetNames != m_targetNames;
    m_targetNames = targetNames;
    if (namesChanged && !m_entries.isEmpty()) {
        Q_EMIT dataChanged(index(0, TargetColumn), index(int(m_entries.size()) - 1, TargetColumn));
    }
    const qint64 newest = m_entries.isEmpty() ? 0 : m_entries.constLast().seq;
    QList<AuditEntry> added;
    for (const AuditEntry &entry : entries) {
        if (entry.seq > newest)
            added.append(entry);
    }
    if (added.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_entries.append(added);
    endInsertRows();
    if (updateChoices())
        Q_EMIT choicesChanged();
}

int AuditLogModel::rowAtOrAfter(qint64 seq) const
{
    const auto found = std::lower_bound(
        m_entries.cbegin(), m_entries.cend(), seq, [](const AuditEntry &entry, qint64 wanted) {
            return entry.seq < wanted;
        });
    return found == m_entries.cend() ? -1 : int(found - m_entries.cbegin());
}

QString AuditLogModel::formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // The locale's short date and time, without seconds, which only crowd a column.
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat) + u' '
                     + locale.timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s);
    return locale.toString(time.toLocalTime(), format);
}

void AuditLogModel::reload()
{
    m_reloadPending = true;
    m_fetchPending = false;
    startNextLoad();
}

void AuditLogModel::fetchNewer()
{
    if (!m_hasLoaded && !m_loading) {
        reload();
        return;
    }
    if (!m_reloadPending)
        m_fetchPending = true;
    startNextLoad();
}

QString AuditLogModel::targetText(const AuditEntry &entry) const
{
    const QString name = m_targetNames.value(entry.target);
    if (name.isEmpty())
        return entry.target;
    return tr("%1 (%2)", "device name, then the audit entry's raw target").arg(name, entry.target);
}

void AuditLogModel::startNextLoad()
{
    if (m_loading || m_databasePath.isEmpty())
        return;
    const bool full = m_reloadPending;
    if (!full && !m_fetchPending)
        return;
    const qint64 afterSeq = full || m_entries.isEmpty() ? 0 : m_entries.constLast().seq;
    m_reloadPending = false;
    m_fetchPending = false;
    setLoading(true);
    Futures::then(this,
                  AuditLogStore::loadAsync(m_databasePath, afterSeq),
                  [this](const Result<AuditLogStore::Batch> &batch) {
                      if (!batch) {
                          setLoading(false);
                          Q_EMIT loadFailed(batch.error());
                          startNextLoad();
                          return;
                      }
                      if (batch->complete) {
                          setEntries(batch->entries, batch->targetNames);
                          m_hasLoaded = true;
                      } else {
                          appendEntries(batch->entries, batch->targetNames);
                      }
                      Q_EMIT loaded();
                      setLoading(false);
                      startNextLoad();
                  });
}

void AuditLogModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

bool AuditLogModel::updateChoices()
{
    QSet<QString> actors;
    QSet<QString> actions;
    for (const AuditEntry &entry : std::as_const(m_entries)) {
        actors.insert(entry.actor);
        actions.insert(entry.action);
    }
    const auto sorted = [](const QSet<QString> &set) {
        QStringList list(set.cbegin(), set.cend());
        std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
            return a.localeAwareCompare(b) < 0;
        });
        return list;
    };
    QStringList actorList = sorted(actors);
    QStringList actionList = sorted(actions);
    if (actorList == m_actors && actionList == m_actions)
        return false;
    m_actors = std::move(actorList);
    m_actions = std::move(actionList);
    return true;
}

} // namespace Espalier
