// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Command.h"

#include <QAbstractTableModel>
#include <QList>

namespace Espalier {

// Every command of one device, newest first, for the device detail's Commands tab: the state
// in honest words (queued, pushed, sent, acknowledged, error, not now, expired, cancelled), the
// times, who queued it, the device's error chain, and the raw request and response plists.
// Lives on the UI thread; set() replaces the list in one reset.
class DeviceCommandListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CommandColumn,
        StateColumn,
        QueuedColumn,
        UpdatedColumn,
        QueuedByColumn,
        AttemptsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,
        CommandUuidRole,
        StateRole,       // CommandState as int
        ExplanationRole, // what the state means for this command, with the error chain
        RequestRole,     // the request plist as text, or why it is not shown
        ResponseRole,    // the device's answer as text, or why there is none
        CanCancelRole,   // not finished yet
        CanRetryRole,    // finished without success
    };

    explicit DeviceCommandListModel(QObject *parent = nullptr);

    void set(const QList<Command> &commands);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section,
                                      Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // -1 when the command is not in the list.
    [[nodiscard]] int rowOf(const QString &uuid) const;

    // Short and translated ("Sent to device").
    [[nodiscard]] static QString stateText(CommandState state);
    [[nodiscard]] static QString explanation(const Command &command);
    [[nodiscard]] static QString requestText(const Command &command);
    [[nodiscard]] static QString responseText(const Command &command);
    [[nodiscard]] static bool canRetry(CommandState state);

private:
    QList<Command> m_commands;
};

} // namespace Espalier
