// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/DeviceCommandListModel.h"

#include "core/devices/DeviceTableModel.h"
#include "core/engine/AdminCommandFactory.h"
#include "core/plist/Plist.h"

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QString shownTime(const QDateTime &time)
{
    return DeviceTableModel::timeText(time);
}

// The latest thing that happened to the command.
QDateTime lastChange(const Command &command)
{
    return command.completedAt.isValid() ? command.completedAt : command.updatedAt;
}

// A stored plist as readable XML; binary answers are converted.
std::optional<QString> plistText(const QByteArray &bytes)
{
    Result<QVariant> parsed = Plist::parse(bytes);
    if (!parsed)
        return std::nullopt;
    if (bytes.trimmed().startsWith("<?xml") || bytes.trimmed().startsWith("<plist"))
        return QString::fromUtf8(bytes);
    Result<QByteArray> xml = Plist::toXml(*parsed);
    if (!xml)
        return std::nullopt;
    return QString::fromUtf8(*xml);
}

} // namespace

DeviceCommandListModel::DeviceCommandListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DeviceCommandListModel::set(const QList<Command> &commands)
{
    beginResetModel();
    m_commands = commands;
    endResetModel();
}

int DeviceCommandListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_commands.size());
}

int DeviceCommandListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DeviceCommandListModel::rowOf(const QString &uuid) const
{
    for (int row = 0; row < m_commands.size(); ++row) {
        if (m_commands.at(row).uuid == uuid)
            return row;
    }
    return -1;
}

QVariant DeviceCommandListModel::headerData(int section,
                                            Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CommandColumn:
        return tr("Command");
    case StateColumn:
        return tr("State");
    case QueuedColumn:
        return tr("Queued");
    case UpdatedColumn:
        return tr("Last change");
    case QueuedByColumn:
        return tr("Queued by");
    case AttemptsColumn:
        return tr("Deliveries");
    default:
        return {};
    }
}

QVariant DeviceCommandListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Command &command = m_commands.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CommandColumn:
            return AdminCommandFactory::displayName(command.requestType);
        case StateColumn:
            return stateText(command.state);
        case QueuedColumn:
            return shownTime(command.createdAt);
        case UpdatedColumn:
            return shownTime(lastChange(command));
        case QueuedByColumn:
            return command.createdBy;
        case AttemptsColumn:
            return command.attempts;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StateColumn)
            return explanation(command);
        if (index.column() == CommandColumn)
            return command.uuid;
        return {};
    case SortRole:
        switch (index.column()) {
        case CommandColumn:
            return AdminCommandFactory::displayName(command.requestType);
        case StateColumn:
            return static_cast<int>(command.state);
        case QueuedColumn:
            return command.sequence;
        case UpdatedColumn:
            return lastChange(command);
        case QueuedByColumn:
            return command.createdBy;
        case AttemptsColumn:
            return command.attempts;
        default:
            return {};
        }
    case CommandUuidRole:
        return command.uuid;
    case StateRole:
        return static_cast<int>(command.state);
    case ExplanationRole:
        return explanation(command);
    case RequestRole:
        return requestText(command);
    case ResponseRole:
        return responseText(command);
    case CanCancelRole:
        return !isFinal(command.state);
    case CanRetryRole:
        return canRetry(command.state);
    default:
        return {};
    }
}

bool DeviceCommandListModel::canRetry(CommandState state)
{
    return state == CommandState::Error || state == CommandState::CommandFormatError
           || state == CommandState::Expired || state == CommandState::Cancelled;
}

QString DeviceCommandListModel::stateText(CommandState state)
{
    switch (state) {
    case CommandState::Queued:
        return tr("Queued");
    case CommandState::Pushed:
        return tr("Pushed, waiting for the device");
    case CommandState::Sent:
        return tr("Sent to device");
    case CommandState::Acknowledged:
        return tr("Acknowledged");
    case CommandState::Error:
        return tr("Error");
    case CommandState::CommandFormatError:
        return tr("Not understood");
    case CommandState::NotNow:
        return tr("Not now, will retry");
    case CommandState::Expired:
        return tr("Expired");
    case CommandState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString DeviceCommandListModel::explanation(const Command &command)
{
    QString text;
    switch (command.state) {
    case CommandState::Queued:
        text = tr("Waiting in the queue. The device gets it the next time it checks in.");
        break;
    case CommandState::Pushed:
        text = tr("Apple's push service was asked to wake the device; it hasn't fetched the "
                  "command yet.");
        break;
    case CommandState::Sent:
        text = tr("The device fetched the command and hasn't answered yet.");
        break;
    case CommandState::Acknowledged:
        text = tr("The device ran the command and said so.");
        break;
    case CommandState::Error:
        text = tr("The device tried and reported an error.");
        break;
    case CommandState::CommandFormatError:
        text = tr("The device didn't understand the command. Its OS may be too old for it.");
        break;
    case CommandState::NotNow:
        text = tr("The device couldn't run it right now, for example because it was locked "
                  "or busy. It is handed out again at the device's next check-in.");
        if (command.nextAttemptAt.isValid())
            text += u' '
                    + tr("Not before %1.").arg(DeviceTableModel::timeText(command.nextAttemptAt));
        break;
    case CommandState::Expired:
        text = tr("The device didn't fetch it before it expired. Retry to queue it again.");
        break;
    case CommandState::Cancelled:
        text = tr("Cancelled before the device ran it.");
        break;
    }
    if (!command.errorChain.isEmpty())
        text += u"\n\n"_s + tr("The device said:") + u'\n' + command.errorChain;
    return text;
}

QString DeviceCommandListModel::requestText(const Command &command)
{
    if (const std::optional<QString> text = plistText(command.payload))
        return *text;
    return tr("This request carries a secret (a PIN or an unlock token), so it is stored sealed "
              "and opened only to deliver it to the device.");
}

QString DeviceCommandListModel::responseText(const Command &command)
{
    if (command.result.isEmpty())
        return tr("The device hasn't answered this command.");
    if (const std::optional<QString> text = plistText(command.result))
        return *text;
    return QString::fromUtf8(command.result);
}

} // namespace Espalier
