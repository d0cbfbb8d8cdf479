// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/CommandTableModel.h"

#include "core/commands/CommandQueueStore.h"
#include "core/common/Futures.h"
#include "core/engine/AdminCommandFactory.h"
#include "core/mdm/CommandQueue.h"

#include <QLocale>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

int stateIndex(CommandState state)
{
    return static_cast<int>(state);
}

QDateTime lastChange(const Command &command)
{
    return command.updatedAt.isValid() ? command.updatedAt : command.createdAt;
}

QString deviceText(const CommandQueueEntry &entry)
{
    if (entry.userName.isEmpty())
        return entry.deviceName;
    return CommandTableModel::tr("%1 — user %2", "device name, then the user channel's user")
        .arg(entry.deviceName, entry.userName);
}

} // namespace

CommandTableModel::CommandTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int CommandTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CommandTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommandTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CommandQueueEntry &entry = m_entries.at(index.row());
    const Command &command = entry.command;

    switch (role) {
    case UuidRole:
        return command.uuid;
    case StateRole:
        return stateIndex(command.state);
    case DeviceIdRole:
        return entry.deviceId;
    case RequestTypeRole:
        return command.requestType;
    default:
        break;
    }

    switch (static_cast<Column>(index.column())) {
    case DeviceColumn:
        switch (role) {
        case Qt::DisplayRole:
            return deviceText(entry);
        case Qt::ToolTipRole:
            return tr("Device %1, channel %2").arg(entry.deviceId, command.enrollmentId);
        case SortRole:
            return deviceText(entry).toCaseFolded();
        }
        break;
    case TypeColumn:
        switch (role) {
        case Qt::DisplayRole:
            return typeText(command.requestType);
        case Qt::ToolTipRole:
            return tr("%1 (command %2)").arg(command.requestType, command.uuid);
        case SortRole:
            return typeText(command.requestType).toCaseFolded();
        }
        break;
    case StateColumn:
        switch (role) {
        case Qt::DisplayRole:
            return stateText(command.state);
        case Qt::ToolTipRole:
            return stateDescription(entry);
        case SortRole:
            return stateIndex(command.state);
        }
        break;
    case QueuedAtColumn:
        switch (role) {
        case Qt::DisplayRole:
            return formatTime(command.createdAt);
        case SortRole:
            return command.createdAt;
        }
        break;
    case LastChangeColumn:
        switch (role) {
        case Qt::DisplayRole:
            return formatTime(lastChange(command));
        case Qt::ToolTipRole: {
            QStringList lines;
            if (command.pushedAt.isValid())
                lines.append(tr("Push requested: %1").arg(formatTime(command.pushedAt)));
            if (command.sentAt.isValid())
                lines.append(tr("Sent to device: %1").arg(formatTime(command.sentAt)));
            if (command.completedAt.isValid())
                lines.append(tr("Finished: %1").arg(formatTime(command.completedAt)));
            return lines.join(u'\n');
        }
        case SortRole:
            return lastChange(command);
        }
        break;
    case AttemptsColumn:
        switch (role) {
        case Qt::DisplayRole:
            return command.attempts;
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole: {
            QString text = tr("Handed to the device %n time(s).", nullptr, command.attempts);
            if (command.notNowCount > 0) {
                text += u'\n'
                        + tr("The device answered “Not Now” %n time(s).",
                             nullptr,
                             command.notNowCount);
            }
            return text;
        }
        case SortRole:
            return command.attempts;
        }
        break;
    case ExpiresColumn:
        switch (role) {
        case Qt::DisplayRole:
            return command.expiresAt.isValid() ? formatTime(command.expiresAt) : tr("Never");
        case SortRole:
            // Never sorts after every date.
            return command.expiresAt.isValid() ? command.expiresAt
                                               : QDateTime(QDate(9999, 12, 31), {}, Qt::UTC);
        }
        break;
    case RequestedByColumn:
        switch (role) {
        case Qt::DisplayRole:
            return requesterText(command.createdBy);
        case Qt::ToolTipRole:
            return command.createdBy;
        case SortRole:
            return requesterText(command.createdBy).toCaseFolded();
        }
        break;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CommandTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == AttemptsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case DeviceColumn:
        return tr("Device");
    case TypeColumn:
        return tr("Command");
    case StateColumn:
        return tr("State");
    case QueuedAtColumn:
        return tr("Queued");
    case LastChangeColumn:
        return tr("Last Change");
    case AttemptsColumn:
        return tr("Attempts");
    case ExpiresColumn:
        return tr("Expires");
    case RequestedByColumn:
        return tr("Requested By");
    case ColumnCount:
        break;
    }
    return {};
}

void CommandTableModel::setDatabasePath(const QString &path)
{
    m_databasePath = path;
}

void CommandTableModel::setEntries(QList<CommandQueueEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_rows.clear();
    m_rows.reserve(m_entries.size());
    for (int row = 0; row < m_entries.size(); ++row)
        m_rows.insert(m_entries.at(row).command.uuid, row);
    endResetModel();
    recount();
    if (updateChoices())
        Q_EMIT choicesChanged();
}

void CommandTableModel::upsertEntries(const QList<CommandQueueEntry> &entries)
{
    QList<CommandQueueEntry> added;
    for (const CommandQueueEntry &entry : entries) {
        const int row = rowOf(entry.command.uuid);
        if (row < 0) {
            added.append(entry);
            continue;
        }
        m_entries[row] = entry;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (!added.isEmpty()) {
        const int first = int(m_entries.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (CommandQueueEntry &entry : added) {
            m_rows.insert(entry.command.uuid, int(m_entries.size()));
            m_entries.append(std::move(entry));
        }
        endInsertRows();
    }
    recount();
    if (updateChoices())
        Q_EMIT choicesChanged();
}

int CommandTableModel::count(CommandState state) const
{
    const int index = stateIndex(state);
    return index >= 0 && index < StateCount ? m_counts.at(index) : 0;
}

QList<QPair<QString, QString>> CommandTableModel::devices() const
{
    return m_devices;
}

QStringList CommandTableModel::requestTypes() const
{
    return m_requestTypes;
}

QString CommandTableModel::stateText(CommandState state)
{
    switch (state) {
    case CommandState::Queued:
        return tr("Queued");
    case CommandState::Pushed:
        return tr("Pushed");
    case CommandState::Sent:
        return tr("Sent to device");
    case CommandState::Acknowledged:
        return tr("Acknowledged");
    case CommandState::Error:
        return tr("Error");
    case CommandState::CommandFormatError:
        return tr("Rejected");
    case CommandState::NotNow:
        return tr("Not now");
    case CommandState::Expired:
        return tr("Expired");
    case CommandState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString CommandTableModel::stateDescription(const CommandQueueEntry &entry)
{
    const Command &command = entry.command;
    QString text;
    switch (command.state) {
    case CommandState::Queued:
        text = tr("Waiting for the device. It is handed out the next time the device checks in.");
        break;
    case CommandState::Pushed:
        text = tr("Apple's push service was asked at %1 to wake the device; the device has not "
                  "fetched the command yet.")
                   .arg(formatTime(command.pushedAt.isValid() ? command.pushedAt
                                                              : lastChange(command)));
        break;
    case CommandState::Sent:
        text = tr("Handed to the device at %1; waiting for its answer.")
                   .arg(
                       formatTime(command.sentAt.isValid() ? command.sentAt : lastChange(command)));
        break;
    case CommandState::Acknowledged:
        text = tr("The device carried the command out and confirmed it at %1.")
                   .arg(formatTime(command.completedAt.isValid() ? command.completedAt
                                                                 : lastChange(command)));
        break;
    case CommandState::Error:
        text = tr("The device could not carry the command out (reported at %1).")
                   .arg(formatTime(lastChange(command)));
        break;
    case CommandState::CommandFormatError:
        text = tr("The device refused the command as invalid or not supported on it (reported "
                  "at %1).")
                   .arg(formatTime(lastChange(command)));
        break;
    case CommandState::NotNow:
        text = tr("The device answered “Not Now” %n time(s): it cannot run the command at the "
                  "moment, typically because it is locked with a passcode, still in Setup "
                  "Assistant, or busy with another command.",
                  nullptr,
                  command.notNowCount);
        if (command.nextAttemptAt.isValid()) {
            text += u' '
                    + tr("Espalier hands it out again at the first check-in after %1.")
                          .arg(formatTime(command.nextAttemptAt));
        }
        break;
    case CommandState::Expired:
        text = tr("The device did not fetch the command before it expired at %1; it will not be "
                  "sent.")
                   .arg(formatTime(command.expiresAt.isValid() ? command.expiresAt
                                                               : lastChange(command)));
        break;
    case CommandState::Cancelled:
        text = tr("Cancelled at %1; it will not be sent.").arg(formatTime(lastChange(command)));
        break;
    }
    const QStringList errors = errorLines(command.errorChain);
    if (!errors.isEmpty()) {
        text += u"\n\n"_s + tr("The device said:");
        for (const QString &line : errors)
            text += u"\n• "_s + line;
    }
    return text;
}

QString CommandTableModel::typeText(const QString &requestType)
{
    return AdminCommandFactory::displayName(requestType);
}

QString CommandTableModel::requesterText(const QString &createdBy)
{
    if (createdBy == CommandQueue::engineActor())
        return tr("Espalier (automatic)");
    return createdBy;
}

QStringList CommandTableModel::errorLines(const QString &errorChain)
{
    // The store keeps each error as "Domain Code: description"; people read the description
    // first, and support needs the domain and code after it.
    static const QRegularExpression s_item(u"^(\\S+) (-?\\d+): (.+)$"_s);
    QStringList lines;
    for (const QString &line : errorChain.split(u'\n', Qt::SkipEmptyParts)) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const QRegularExpressionMatch item = s_item.match(trimmed);
        if (item.hasMatch()) {
            lines.append(tr("%1 (%2 %3)", "error description, then its domain and code")
                             .arg(item.captured(3), item.captured(1), item.captured(2)));
        } else {
            lines.append(trimmed);
        }
    }
    return lines;
}

QString CommandTableModel::formatTime(const QDateTime &time)
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

void CommandTableModel::reload()
{
    m_reloadPending = true;
    m_pendingUuids.clear();
    m_pendingSet.clear();
    startNextLoad();
}

void CommandTableModel::refresh(const QStringList &uuids)
{
    if (!m_hasLoaded && !m_loading) {
        reload();
        return;
    }
    // A full read that has not started yet will see these too.
    if (m_reloadPending)
        return;
    for (const QString &uuid : uuids) {
        if (!m_pendingSet.contains(uuid)) {
            m_pendingSet.insert(uuid);
            m_pendingUuids.append(uuid);
        }
    }
    startNextLoad();
}

void CommandTableModel::startNextLoad()
{
    if (m_loading || m_databasePath.isEmpty())
        return;
    const bool full = m_reloadPending;
    if (!full && m_pendingUuids.isEmpty())
        return;
    QFuture<Result<QList<CommandQueueEntry>>> load;
    if (full) {
        m_reloadPending = false;
        load = CommandQueueStore::loadAllAsync(m_databasePath);
    } else {
        load = CommandQueueStore::loadAsync(m_databasePath, m_pendingUuids);
    }
    m_pendingUuids.clear();
    m_pendingSet.clear();
    setLoading(true);
    Futures::then(this, load, [this, full](const Result<QList<CommandQueueEntry>> &entries) {
        if (!entries) {
            setLoading(false);
            Q_EMIT loadFailed(entries.error());
            startNextLoad();
            return;
        }
        finishLoad(*entries, full);
    });
}

void CommandTableModel::finishLoad(const QList<CommandQueueEntry> &entries, bool full)
{
    if (full) {
        setEntries(entries);
        m_hasLoaded = true;
    } else {
        upsertEntries(entries);
    }
    Q_EMIT loaded();
    setLoading(false);
    startNextLoad();
}

void CommandTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void CommandTableModel::recount()
{
    std::array<int, StateCount> counts{};
    for (const CommandQueueEntry &entry : std::as_const(m_entries)) {
        const int index = stateIndex(entry.command.state);
        if (index >= 0 && index < StateCount)
            ++counts[index];
    }
    if (counts == m_counts)
        return;
    m_counts = counts;
    Q_EMIT countsChanged();
}

bool CommandTableModel::updateChoices()
{
    QMap<QString, QPair<QString, QString>> byName; // folded name + id -> (id, name)
    QSet<QString> types;
    for (const CommandQueueEntry &entry : std::as_const(m_entries)) {
        byName.insert(entry.deviceName.toCaseFolded() + u'\x1f' + entry.deviceId,
                      {entry.deviceId, entry.deviceName});
        types.insert(entry.command.requestType);
    }
    QList<QPair<QString, QString>> devices = byName.values();
    QStringList requestTypes(types.cbegin(), types.cend());
    std::sort(requestTypes.begin(), requestTypes.end(), [](const QString &a, const QString &b) {
        return typeText(a).localeAwareCompare(typeText(b)) < 0;
    });
    if (devices == m_devices && requestTypes == m_requestTypes)
        return false;
    m_devices = std::move(devices);
    m_requestTypes = std::move(requestTypes);
    return true;
}

} // namespace Espalier
