// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/store/AuditEntry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Espalier {

// The audit log, one row per entry in chain order (oldest first; a proxy sorts). Fed off the UI
// thread: reload() reads the whole log and fetchNewer() only what was appended since the last
// entry shown (inserted as new rows), each on the worker pool with its own reader connection;
// one load runs at a time and requests that arrive meanwhile are merged. Targets that are
// enrollment channels show their device's name. Lives on the UI thread.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SequenceColumn,
        TimeColumn,
        ActorColumn,
        ActionColumn,
        TargetColumn,
        DetailColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // The raw value to sort by: seq, a QDateTime, or text folded to lower case.
        SortRole = Qt::UserRole + 1,
        SequenceRole,
        TimeRole,
        ActorRole,
        ActionRole,
        // What filtering by text looks at: every column's text.
        SearchTextRole,
    };
    Q_ENUM(Role)

    explicit AuditLogModel(QObject *parent = nullptr);

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

    [[nodiscard]] bool hasLoaded() const { return m_hasLoaded; }

    // Replaces every row (a reset); entries in chain order.
    void setEntries(QList<AuditEntry> entries, QHash<QString, QString> targetNames = {});
    // Appends entries newer than every row (inserted rows).
    void appendEntries(const QList<AuditEntry> &entries,
                       const QHash<QString, QString> &targetNames);

    [[nodiscard]] const AuditEntry &entryAt(int row) const { return m_entries.at(row); }

    // The row of the entry with this seq, or of the first one after it when it is missing; -1
    // when there is none.
    [[nodiscard]] int rowAtOrAfter(qint64 seq) const;

    // Every actor and action that occurs, sorted, for the filters.
    [[nodiscard]] QStringList actors() const { return m_actors; }

    [[nodiscard]] QStringList actions() const { return m_actions; }

    [[nodiscard]] static QString formatTime(const QDateTime &time);

public Q_SLOTS:
    void reload();
    // Reads what was appended since the newest row (the whole log before the first load).
    void fetchNewer();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const Espalier::Error &error);
    // After every applied load, also when nothing changed.
    void loaded();
    // The actors or actions changed.
    void choicesChanged();

private:
    [[nodiscard]] QString targetText(const AuditEntry &entry) const;
    void startNextLoad();
    void setLoading(bool loading);
    [[nodiscard]] bool updateChoices();

    QString m_databasePath;
    QList<AuditEntry> m_entries;
    QHash<QString, QString> m_targetNames;
    QStringList m_actors;
    QStringList m_actions;

    bool m_loading = false;
    bool m_hasLoaded = false;
    bool m_reloadPending = false;
    bool m_fetchPending = false;
};

} // namespace Espalier
