// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/devices/DeviceStatus.h"
#include "core/store/DeviceSummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>

class QTimer;

namespace Espalier {

class Clock;
class Engine;

// Every device in the store, one row each, for the console's device list. Loads off the UI thread
// from a Reader connection of its own (QtConcurrent) and, once attached to the engine, reloads
// only the rows a devicesChanged, enrollmentsChanged or commandsChanged names, and the rows of
// devices that checked in quietly (refreshSeen()). Loads never overlap: requests that arrive
// during one are merged into the next. Sized for 100,000 devices: sorting and searching read
// precomputed keys and ranks, never QVariants. Lives on the UI thread.
class DeviceTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        SerialColumn,
        ModelColumn,
        OsVersionColumn,
        UserColumn,
        LastCheckInColumn,
        EnrolledAtColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value: QDateTime, QVersionNumber, status as int
        DeviceIdRole,                // the UDID
        StatusRole,                  // DeviceStatus as int
        ExportRole,                  // the text a CSV export writes (times in ISO 8601, UTC)
        EnrollmentIdRole,            // the device channel's id
    };

    DeviceTableModel(QString databasePath, const Clock &clock, QObject *parent = nullptr);
    ~DeviceTableModel() override;

    // Follows the engine's change signals (queued: the engine lives on its own thread).
    void attach(const Engine *engine);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section,
                                      Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    [[nodiscard]] const QString &databasePath() const { return m_databasePath; }

    // True from the first finished load (successful or not) on.
    [[nodiscard]] bool hasLoaded() const { return m_hasLoaded; }

    [[nodiscard]] bool isLoading() const { return m_busy; }

    // Whether the last full load read the store (false while there is none, or it failed).
    [[nodiscard]] bool hasReadStore() const { return m_readStore; }

    // Whether every column sorts by rank (see Ranks); a sort is slower until then.
    [[nodiscard]] bool isRanked() const;

    // -1 when the device is not in the list.
    [[nodiscard]] int rowOf(const QString &udid) const { return m_rowByUdid.value(udid, -1); }

    [[nodiscard]] const DeviceSummary &summary(int row) const { return m_rows.at(row).summary; }

    [[nodiscard]] DeviceStatus status(int row) const { return m_rows.at(row).status; }

    // For the filter proxy, which calls these for every row and must not go through QVariant.
    [[nodiscard]] bool lessThan(int column, int leftRow, int rightRow) const;
    // Whether every term (case-folded) occurs in the row's name, serial, UDID, user or model.
    [[nodiscard]] bool containsAll(int row, const QStringList &foldedTerms) const;

    [[nodiscard]] static QString columnTitle(Column column);

    // A time as the console's lists show it: the locale's short date and hours and minutes, in
    // local time; empty for an invalid time.
    [[nodiscard]] static QString timeText(const QDateTime &time);

public Q_SLOTS:
    // Reads every device again.
    void reload();
    // Reads just these devices again (the engine's change signals feed these).
    void refreshDevices(const QStringList &udids);
    void refreshEnrollments(const QStringList &enrollmentIds);
    void refreshCommands(const QStringList &commandUuids);
    // Re-derives time-dependent states ("online recently" turns "silent") without a load.
    void refreshStatuses();
    // Reads again the devices that checked in since the newest check-in the list knows: the
    // engine doesn't announce a check-in that changes nothing but the time. A timer calls it
    // every minute.
    void refreshSeen();

Q_SIGNALS:
    // A load finished and its rows are in the model.
    void loaded();
    // A load failed; the rows stay as they were.
    void loadFailed(const Espalier::Error &error);
    // Every column's ranks are in place again.
    void ranked();

private:
    struct Row
    {
        DeviceSummary summary;
        DeviceStatus status = DeviceStatus::Unenrolled;
    };

    // What sorting and searching read for every row, packed so that a sort or a keystroke over
    // 100,000 rows reads contiguous memory instead of chasing one heap string per field: each
    // text key is a slice of one case-folded buffer, compared code unit by code unit. The keys
    // of a row lie one after the other, separated by line feeds, so the stretch from the name to
    // the UDID is what a search looks through.
    enum TextKey {
        NameKey,
        SerialKey,
        ModelKey, // the shown model, the product name, the model identifier
        UserKey,
        UdidKey,
        PlatformKey,
        TextKeyCount
    };

    struct Slice
    {
        quint32 start = 0;
        quint32 length = 0;
    };

    struct RowKeys
    {
        std::array<Slice, TextKeyCount> text{};
        quint64 osVersion = 0; // major, minor, patch in 16 bits each
        qint64 lastSeen = 0;   // ms since the epoch; the smallest qint64 for never
        qint64 enrolled = 0;
        int status = 0;
    };

    // Every column sorts by rank: each row's place in the column's order, computed on a worker
    // after every load (and again after many changes), so that sorting on the UI thread compares
    // two integers. A column without ranks yet, and a row that changed since they were computed,
    // compare by key, in the same order.
    using Ranks = std::array<QList<quint32>, ColumnCount>;

    // Rows with their keys, as a load builds them on the worker.
    struct Table
    {
        QList<Row> rows;
        QList<RowKeys> keys;
        QString buffer;
    };

    struct Job;
    struct Outcome;
    struct RankJob;

    void schedule();
    void finish(const Outcome &outcome);
    void applyAll(Table table, const QList<quint32> &nameRanks);
    void scheduleRanks();
    void rankIfMany();
    void markChanged(int row);
    void applySome(const QStringList &requested, const QList<DeviceSummary> &devices);
    void reindexFrom(int row);
    void compactKeys();
    [[nodiscard]] QStringView key(int row, TextKey key) const;
    // Orders two rows by a column's keys, as its ranks do (the name, then the UDID, break ties).
    [[nodiscard]] int compareByKey(int column, int leftRow, int rightRow) const;
    [[nodiscard]] QVariant display(const Row &row, int column) const;
    [[nodiscard]] QVariant sortValue(const Row &row, int column) const;
    [[nodiscard]] QString exportText(const Row &row, int column) const;

    // Appends the device's keys to buffer.
    [[nodiscard]] static RowKeys makeKeys(QString &buffer,
                                          const DeviceSummary &device,
                                          DeviceStatus status);
    [[nodiscard]] static Table makeTable(QList<DeviceSummary> devices, const QDateTime &now);
    // The ranks of a column; every column but Name needs the names' ranks for its ties.
    [[nodiscard]] static QList<quint32> rank(const QString &buffer,
                                             const QList<RowKeys> &keys,
                                             int column,
                                             const QList<quint32> &nameRanks = {});

    const QString m_databasePath;
    const Clock &m_clock;
    QList<Row> m_rows;
    QList<RowKeys> m_keys;      // one per row
    Ranks m_ranks;              // per column: one per row, or none yet
    QList<quint32> m_changedAt; // per row: m_changes when it last changed
    quint32 m_changes = 1;      // counts row changes; 0 means never
    quint32 m_rankedAt = 0;     // the rows' ranks hold if they changed before
    quint32 m_generation = 0;   // bumped when rows are added or removed
    int m_unranked = 0;         // rows changed since the ranks were computed
    bool m_ranking = false;
    bool m_rankAgain = false;
    QString m_keyBuffer;     // the text of every key; a changed row's old keys stay as garbage
    qsizetype m_garbage = 0; // characters of m_keyBuffer no key points at any more
    QHash<QString, int> m_rowByUdid;
    bool m_hasLoaded = false;
    bool m_readStore = false;
    bool m_busy = false;
    bool m_pendingAll = false;
    QSet<QString> m_pendingDevices;
    QSet<QString> m_pendingEnrollments;
    QSet<QString> m_pendingCommands;
    bool m_pendingSeen = false;
    QDateTime m_seenUntil; // the newest check-in among the rows
    QTimer *m_statusTimer = nullptr;
};

} // namespace Espalier
