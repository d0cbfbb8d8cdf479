// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/CommandQueueEntry.h"
#include "core/common/Error.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>

namespace Espalier {

// The command queue across all devices, one row per command, in the order the rows arrived (a
// proxy sorts). Fed off the UI thread: reload() reads every command and refresh() only the named
// ones (what Engine::commandsChanged reports), each on the worker pool with its own reader
// connection; one load runs at a time, and requests that arrive meanwhile are merged into the
// next. A refresh changes just the rows it read (dataChanged) and appends commands it has not
// seen. Lives on the UI thread.
class CommandTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DeviceColumn,
        TypeColumn,
        StateColumn,
        QueuedAtColumn,
        LastChangeColumn,
        AttemptsColumn,
        ExpiresColumn,
        RequestedByColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // The raw value to sort by: a QDateTime, an int, or text folded to lower case.
        SortRole = Qt::UserRole + 1,
        UuidRole,
        StateRole, // CommandState as an int
        DeviceIdRole,
        RequestTypeRole,
    };
    Q_ENUM(Role)

    static constexpr int StateCount = 9;

    explicit CommandTableModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section,
                                      Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // The SQLite file to read; set it before the first reload().
    void setDatabasePath(const QString &path);

    [[nodiscard]] QString databasePath() const { return m_databasePath; }

    [[nodiscard]] bool isLoading() const { return m_loading; }

    // Whether a reload has finished at least once.
    [[nodiscard]] bool hasLoaded() const { return m_hasLoaded; }

    // Replaces every row (a reset).
    void setEntries(QList<CommandQueueEntry> entries);
    // Updates the rows of known commands and appends the others.
    void upsertEntries(const QList<CommandQueueEntry> &entries);

    [[nodiscard]] const CommandQueueEntry &entryAt(int row) const { return m_entries.at(row); }

    // -1 when the command is not in the model.
    [[nodiscard]] int rowOf(const QString &uuid) const { return m_rows.value(uuid, -1); }

    // How many commands are in the state, over all rows.
    [[nodiscard]] int count(CommandState state) const;

    // For the filters: the devices (id, name) sorted by name, and the request types sorted.
    [[nodiscard]] QList<QPair<QString, QString>> devices() const;
    [[nodiscard]] QStringList requestTypes() const;

    // Words for people. stateText is the short word the State column shows ("Sent to device");
    // stateDescription says what it means for this command, with its times and, for a failure,
    // the device's error chain.
    [[nodiscard]] static QString stateText(CommandState state);
    [[nodiscard]] static QString stateDescription(const CommandQueueEntry &entry);
    // "Device Lock" for DeviceLock; unknown types as they are.
    [[nodiscard]] static QString typeText(const QString &requestType);
    // "Espalier (automatic)" for what the engine queued itself, else the name as stored.
    [[nodiscard]] static QString requesterText(const QString &createdBy);
    // The device's ErrorChain, one readable line per error, outermost first.
    [[nodiscard]] static QStringList errorLines(const QString &errorChain);
    [[nodiscard]] static QString formatTime(const QDateTime &time);

public Q_SLOTS:
    // Reads every command again.
    void reload();
    // Reads just these commands again (Engine::commandsChanged).
    void refresh(const QStringList &uuids);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const Espalier::Error &error);
    // After every applied load, also when nothing changed.
    void loaded();
    void countsChanged();
    // The devices or request types changed.
    void choicesChanged();

private:
    void startNextLoad();
    void finishLoad(const QList<CommandQueueEntry> &entries, bool full);
    void setLoading(bool loading);
    void recount();
    [[nodiscard]] bool updateChoices();

    QString m_databasePath;
    QList<CommandQueueEntry> m_entries;
    QHash<QString, int> m_rows; // uuid -> row
    std::array<int, StateCount> m_counts{};
    QList<QPair<QString, QString>> m_devices;
    QStringList m_requestTypes;

    bool m_loading = false;
    bool m_hasLoaded = false;
    bool m_reloadPending = false;
    QStringList m_pendingUuids;
    QSet<QString> m_pendingSet;
};

} // namespace Espalier
