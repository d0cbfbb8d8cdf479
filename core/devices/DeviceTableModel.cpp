// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/DeviceTableModel.h"

#include "core/common/Clock.h"
#include "core/devices/FutureWatch.h"
#include "core/engine/Engine.h"
#include "core/store/Database.h"
#include "core/store/DeviceSummaryRepository.h"

#include <QFileInfo>
#include <QFuture>
#include <QLocale>
#include <QTimer>
#include <QVersionNumber>
#include <QtConcurrent>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// "Online recently" becomes "silent" with time alone; this often is plenty for a list.
constexpr auto StatusRefreshInterval = std::chrono::minutes(1);

QString modelText(const DeviceSummary &device)
{
    if (!device.modelName.isEmpty())
        return device.modelName;
    return device.productName.isEmpty() ? device.model : device.productName;
}

QString osText(const DeviceSummary &device)
{
    if (device.platform.isEmpty())
        return device.osVersion;
    if (device.osVersion.isEmpty())
        return device.platform;
    return device.platform + u' ' + device.osVersion;
}

// Never (invalid) sorts before any time.
qint64 sortTime(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

// Major, minor and patch in 16 bits each, so versions compare as numbers; 0 when unknown.
quint64 versionKey(const QString &text)
{
    const QVersionNumber version = QVersionNumber::fromString(text);
    quint64 key = 0;
    for (int i = 0; i < 3; ++i)
        key = (key << 16) | quint64(qBound(0, version.segmentAt(i), 0xFFFF));
    return key;
}

// Garbage in the key buffer is dropped once it is this large and most of the buffer.
constexpr qsizetype CompactAtGarbage = 1 << 20;

} // namespace

struct DeviceTableModel::Job
{
    bool all = false;
    QDateTime seenSince; // valid: also the devices seen after it
    QStringList devices;
    QStringList enrollments;
    QStringList commands;
};

struct DeviceTableModel::Outcome
{
    bool all = false;
    bool storeFound = false;
    QStringList requested; // the devices a partial load looked for
    Result<QList<DeviceSummary>> devices = QList<DeviceSummary>();
    Table table; // a full load's rows, built on the worker
    QList<quint32> nameRanks;
};

DeviceTableModel::DeviceTableModel(QString databasePath, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_databasePath(std::move(databasePath))
    , m_clock(clock)
    , m_statusTimer(new QTimer(this))
{
    m_statusTimer->setInterval(StatusRefreshInterval);
    connect(m_statusTimer, &QTimer::timeout, this, [this] {
        refreshStatuses();
        refreshSeen();
    });
    m_statusTimer->start();
}

DeviceTableModel::~DeviceTableModel() = default;

void DeviceTableModel::attach(const Engine *engine)
{
    connect(engine, &Engine::devicesChanged, this, &DeviceTableModel::refreshDevices);
    connect(engine, &Engine::enrollmentsChanged, this, &DeviceTableModel::refreshEnrollments);
    connect(engine, &Engine::commandsChanged, this, &DeviceTableModel::refreshCommands);
}

int DeviceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeviceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeviceTableModel::timeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = time.toLocalTime();
    // Seconds only clutter a list; some locales' short time format has them.
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(u":ss"_s);
    return locale.toString(local.date(), QLocale::ShortFormat) + u' '
           + locale.toString(local.time(), timeFormat);
}

QString DeviceTableModel::columnTitle(Column column)
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case SerialColumn:
        return tr("Serial number");
    case ModelColumn:
        return tr("Model");
    case OsVersionColumn:
        return tr("OS version");
    case UserColumn:
        return tr("User");
    case LastCheckInColumn:
        return tr("Last check-in");
    case EnrolledAtColumn:
        return tr("Enrolled");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(static_cast<Column>(section));
    return {};
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            return row.summary.udid;
        case ModelColumn: {
            QStringList parts;
            for (const QString &part :
                 {row.summary.modelName, row.summary.productName, row.summary.model}) {
                if (!part.isEmpty() && !parts.contains(part))
                    parts.append(part);
            }
            return parts.join(u" · "_s);
        }
        case LastCheckInColumn:
        case EnrolledAtColumn: {
            const QDateTime time = column == LastCheckInColumn ? row.summary.lastSeenAt
                                                               : row.summary.enrolledAt;
            return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat)
                                  : QVariant();
        }
        case StatusColumn:
            return DeviceStatuses::explanation(row.status);
        default:
            return {};
        }
    case SortRole:
        return sortValue(row, column);
    case DeviceIdRole:
        return row.summary.udid;
    case StatusRole:
        return static_cast<int>(row.status);
    case ExportRole:
        return exportText(row, column);
    case EnrollmentIdRole:
        return row.summary.enrollmentId;
    default:
        return {};
    }
}

QVariant DeviceTableModel::display(const Row &row, int column) const
{
    const DeviceSummary &d = row.summary;
    switch (column) {
    case NameColumn:
        return d.name.isEmpty() ? tr("Unnamed device") : d.name;
    case SerialColumn:
        return d.serialNumber;
    case ModelColumn:
        return modelText(d);
    case OsVersionColumn:
        return osText(d);
    case UserColumn:
        return d.user;
    case LastCheckInColumn:
        return d.lastSeenAt.isValid() ? DeviceTableModel::timeText(d.lastSeenAt) : tr("Never");
    case EnrolledAtColumn:
        return DeviceTableModel::timeText(d.enrolledAt);
    case StatusColumn:
        return DeviceStatuses::text(row.status);
    default:
        return {};
    }
}

QVariant DeviceTableModel::sortValue(const Row &row, int column) const
{
    const DeviceSummary &d = row.summary;
    switch (column) {
    case NameColumn:
        return d.name;
    case SerialColumn:
        return d.serialNumber;
    case ModelColumn:
        return modelText(d);
    case OsVersionColumn:
        return QVariant::fromValue(QVersionNumber::fromString(d.osVersion));
    case UserColumn:
        return d.user;
    case LastCheckInColumn:
        return d.lastSeenAt;
    case EnrolledAtColumn:
        return d.enrolledAt;
    case StatusColumn:
        return static_cast<int>(row.status);
    default:
        return {};
    }
}

QString DeviceTableModel::exportText(const Row &row, int column) const
{
    const DeviceSummary &d = row.summary;
    switch (column) {
    case NameColumn:
        return d.name;
    case LastCheckInColumn:
        return d.lastSeenAt.isValid() ? d.lastSeenAt.toUTC().toString(Qt::ISODate) : QString();
    case EnrolledAtColumn:
        return d.enrolledAt.isValid() ? d.enrolledAt.toUTC().toString(Qt::ISODate) : QString();
    default:
        return display(row, column).toString();
    }
}

QStringView DeviceTableModel::key(int row, TextKey key) const
{
    const Slice slice = m_keys.at(row).text.at(key);
    return QStringView(m_keyBuffer).sliced(slice.start, slice.length);
}

int DeviceTableModel::compareByKey(int column, int leftRow, int rightRow) const
{
    const auto compareText = [this, leftRow, rightRow](TextKey which) {
        // The keys are case-folded: comparing code units orders them case-blind.
        return key(leftRow, which).compare(key(rightRow, which), Qt::CaseSensitive);
    };
    const auto compareNumbers = [](auto l, auto r) { return l < r ? -1 : (l > r ? 1 : 0); };
    const RowKeys &l = m_keys.at(leftRow);
    const RowKeys &r = m_keys.at(rightRow);
    int order = 0;
    switch (column) {
    case SerialColumn:
        order = compareText(SerialKey);
        break;
    case ModelColumn:
        order = compareText(ModelKey);
        break;
    case OsVersionColumn:
        order = compareText(PlatformKey);
        if (order == 0)
            order = compareNumbers(l.osVersion, r.osVersion);
        break;
    case UserColumn:
        order = compareText(UserKey);
        break;
    case LastCheckInColumn:
        order = compareNumbers(l.lastSeen, r.lastSeen);
        break;
    case EnrolledAtColumn:
        order = compareNumbers(l.enrolled, r.enrolled);
        break;
    case StatusColumn:
        order = compareNumbers(l.status, r.status);
        break;
    default:
        break;
    }
    if (order == 0)
        order = compareText(NameKey);
    return order != 0 ? order : compareText(UdidKey);
}

bool DeviceTableModel::lessThan(int column, int leftRow, int rightRow) const
{
    if (column < 0 || column >= ColumnCount)
        column = NameColumn;
    const QList<quint32> &ranks = m_ranks.at(column);
    if (!ranks.isEmpty() && m_changedAt.at(leftRow) <= m_rankedAt
        && m_changedAt.at(rightRow) <= m_rankedAt)
        return ranks.at(leftRow) < ranks.at(rightRow);
    return compareByKey(column, leftRow, rightRow) < 0;
}

bool DeviceTableModel::containsAll(int row, const QStringList &foldedTerms) const
{
    // From the name to the UDID: the keys a search looks through.
    const RowKeys &keys = m_keys.at(row);
    const quint32 start = keys.text[NameKey].start;
    const QStringView haystack
        = QStringView(m_keyBuffer)
              .sliced(start, keys.text[UdidKey].start + keys.text[UdidKey].length - start);
    return std::all_of(foldedTerms.cbegin(), foldedTerms.cend(), [haystack](const QString &term) {
        return haystack.contains(term);
    });
}

void DeviceTableModel::reload()
{
    m_pendingAll = true;
    schedule();
}

void DeviceTableModel::refreshDevices(const QStringList &udids)
{
    for (const QString &udid : udids)
        m_pendingDevices.insert(udid);
    schedule();
}

void DeviceTableModel::refreshEnrollments(const QStringList &enrollmentIds)
{
    for (const QString &id : enrollmentIds)
        m_pendingEnrollments.insert(id);
    schedule();
}

void DeviceTableModel::refreshCommands(const QStringList &commandUuids)
{
    for (const QString &uuid : commandUuids)
        m_pendingCommands.insert(uuid);
    schedule();
}

void DeviceTableModel::refreshSeen()
{
    if (!m_seenUntil.isValid())
        return; // nothing loaded yet: a full load comes anyway
    m_pendingSeen = true;
    schedule();
}

void DeviceTableModel::refreshStatuses()
{
    const QDateTime now = m_clock.now();
    for (int i = 0; i < m_rows.size(); ++i) {
        const DeviceStatus status = DeviceStatuses::of(m_rows.at(i).summary, now);
        if (status == m_rows.at(i).status)
            continue;
        m_rows[i].status = status;
        m_keys[i].status = static_cast<int>(status);
        markChanged(i);
        const QModelIndex cell = index(i, StatusColumn);
        Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, Qt::ToolTipRole, SortRole, StatusRole});
    }
    rankIfMany();
}

void DeviceTableModel::schedule()
{
    if (m_busy)
        return;
    Job job;
    if (m_pendingAll) {
        job.all = true;
        m_pendingAll = false;
        // A full load covers what was asked for until now.
        m_pendingDevices.clear();
        m_pendingEnrollments.clear();
        m_pendingCommands.clear();
        m_pendingSeen = false;
    } else if (!m_pendingDevices.isEmpty() || !m_pendingEnrollments.isEmpty()
               || !m_pendingCommands.isEmpty() || m_pendingSeen) {
        if (m_pendingSeen)
            job.seenSince = m_seenUntil;
        m_pendingSeen = false;
        job.devices = QStringList(m_pendingDevices.cbegin(), m_pendingDevices.cend());
        job.enrollments = QStringList(m_pendingEnrollments.cbegin(), m_pendingEnrollments.cend());
        job.commands = QStringList(m_pendingCommands.cbegin(), m_pendingCommands.cend());
        m_pendingDevices.clear();
        m_pendingEnrollments.clear();
        m_pendingCommands.clear();
    } else {
        return;
    }
    m_busy = true;
    // The worker opens, uses and closes its own Reader: a connection stays on its thread.
    const QDateTime now = m_clock.now();
    QFuture<Outcome> loading = QtConcurrent::run([path = m_databasePath, job, now]() -> Outcome {
        Outcome outcome;
        outcome.all = job.all;
        if (!QFileInfo::exists(path))
            return outcome; // no store yet: no devices
        Result<std::unique_ptr<Database>> database = Database::openReader(path);
        if (!database) {
            outcome.devices = fail(database.error());
            return outcome;
        }
        outcome.storeFound = true;
        DeviceSummaryRepository repository(**database);
        if (job.all) {
            // The rows, their keys and the names' ranks are built here too, off the UI thread.
            Result<QList<DeviceSummary>> devices = repository.list();
            if (!devices) {
                outcome.devices = fail(devices.error());
                return outcome;
            }
            outcome.table = makeTable(std::move(*devices), now);
            outcome.nameRanks = rank(outcome.table.buffer, outcome.table.keys, NameColumn);
            return outcome;
        }
        QStringList ids = job.devices;
        if (!job.enrollments.isEmpty()) {
            Result<QStringList> owners = repository.deviceIdsForEnrollments(job.enrollments);
            if (!owners) {
                outcome.devices = fail(owners.error());
                return outcome;
            }
            ids += *owners;
        }
        if (job.seenSince.isValid()) {
            Result<QStringList> seen = repository.deviceIdsSeenSince(job.seenSince);
            if (!seen) {
                outcome.devices = fail(seen.error());
                return outcome;
            }
            ids += *seen;
        }
        if (!job.commands.isEmpty()) {
            Result<QStringList> owners = repository.deviceIdsForCommands(job.commands);
            if (!owners) {
                outcome.devices = fail(owners.error());
                return outcome;
            }
            ids += *owners;
        }
        ids.removeDuplicates();
        outcome.requested = ids;
        outcome.devices = repository.listForDevices(ids);
        return outcome;
    });
    FutureWatch::onFinished(this, loading, [this](const Outcome &outcome) { finish(outcome); });
}

void DeviceTableModel::finish(const Outcome &outcome)
{
    m_busy = false;
    m_hasLoaded = true;
    if (outcome.all)
        m_readStore = outcome.storeFound && outcome.devices.has_value();
    if (!outcome.devices) {
        Q_EMIT loadFailed(outcome.devices.error());
    } else {
        if (outcome.all)
            applyAll(outcome.table, outcome.nameRanks);
        else
            applySome(outcome.requested, *outcome.devices);
        Q_EMIT loaded();
    }
    schedule();
}

DeviceTableModel::RowKeys DeviceTableModel::makeKeys(QString &buffer,
                                                     const DeviceSummary &device,
                                                     DeviceStatus status)
{
    RowKeys keys;
    // Folded straight into the buffer: no string per key.
    const auto fold = [&buffer](const QString &text) {
        for (QChar c : text)
            buffer.append(c.toCaseFolded());
    };
    const auto open = [&buffer] { return quint32(buffer.size()); };
    const auto close = [&buffer](quint32 start) {
        Slice slice{start, quint32(buffer.size()) - start};
        buffer.append(u'\n');
        return slice;
    };
    quint32 start = open();
    fold(device.name);
    keys.text[NameKey] = close(start);
    start = open();
    fold(device.serialNumber);
    keys.text[SerialKey] = close(start);
    start = open();
    fold(modelText(device));
    buffer.append(u'\t');
    fold(device.productName);
    buffer.append(u'\t');
    fold(device.model);
    keys.text[ModelKey] = close(start);
    start = open();
    fold(device.user);
    keys.text[UserKey] = close(start);
    start = open();
    fold(device.udid);
    keys.text[UdidKey] = close(start);
    start = open();
    fold(device.platform);
    keys.text[PlatformKey] = close(start);
    keys.osVersion = versionKey(device.osVersion);
    keys.lastSeen = sortTime(device.lastSeenAt);
    keys.enrolled = sortTime(device.enrolledAt);
    keys.status = static_cast<int>(status);
    return keys;
}

QList<quint32> DeviceTableModel::rank(const QString &buffer,
                                      const QList<RowKeys> &keys,
                                      int column,
                                      const QList<quint32> &nameRanks)
{
    // A multi-key sort on a compact array: eight code units of the text key at a time, packed
    // into two numbers so that comparing the numbers compares the text, then the next eight
    // only among entries that tie; then the number the column sorts by, then the name's rank
    // (the UDID for the Name column). The order is compareByKey()'s.
    struct Entry
    {
        quint64 high = 0;
        quint64 low = 0;
        qint64 number = 0;
        quint32 tie = 0; // the name's rank
        quint32 row = 0;
    };

    std::optional<TextKey> text;
    switch (column) {
    case NameColumn:
        text = NameKey;
        break;
    case SerialColumn:
        text = SerialKey;
        break;
    case ModelColumn:
        text = ModelKey;
        break;
    case OsVersionColumn:
        text = PlatformKey;
        break;
    case UserColumn:
        text = UserKey;
        break;
    default:
        break;
    }
    const auto view = [&buffer, &keys](quint32 row, TextKey which) {
        const Slice slice = keys.at(row).text[which];
        return QStringView(buffer).sliced(slice.start, slice.length);
    };
    std::vector<Entry> entries(keys.size());
    for (quint32 row = 0; row < quint32(keys.size()); ++row) {
        Entry &entry = entries[row];
        const RowKeys &rowKeys = keys.at(row);
        entry.row = row;
        switch (column) {
        case OsVersionColumn:
            entry.number = qint64(rowKeys.osVersion);
            break;
        case LastCheckInColumn:
            entry.number = rowKeys.lastSeen;
            break;
        case EnrolledAtColumn:
            entry.number = rowKeys.enrolled;
            break;
        case StatusColumn:
            entry.number = rowKeys.status;
            break;
        default:
            break;
        }
        entry.tie = column == NameColumn ? 0 : nameRanks.at(row);
    }
    const auto finalOrder = [&](Entry *first, Entry *last) {
        std::sort(first, last, [&](const Entry &a, const Entry &b) {
            if (a.number != b.number)
                return a.number < b.number;
            if (column != NameColumn)
                return a.tie < b.tie;
            return view(a.row, UdidKey).compare(view(b.row, UdidKey), Qt::CaseSensitive) < 0;
        });
    };
    // Sorts [first, last), whose keys agree on their first 8 * depth code units.
    const std::function<void(Entry *, Entry *, qsizetype)> sortByText =
        [&](Entry *first, Entry *last, qsizetype depth) {
            bool longer = false;
            for (Entry *entry = first; entry != last; ++entry) {
                const QStringView key = view(entry->row, *text);
                entry->high = 0;
                entry->low = 0;
                for (qsizetype i = 0; i < 8; ++i) {
                    const qsizetype at = depth * 8 + i;
                    const quint64 unit = at < key.size() ? key.at(at).unicode() : 0;
                    (i < 4 ? entry->high : entry->low) |= unit << (16 * (3 - i % 4));
                }
                longer = longer || key.size() > (depth + 1) * 8;
            }
            std::sort(first, last, [](const Entry &a, const Entry &b) {
                return a.high != b.high ? a.high < b.high : a.low < b.low;
            });
            for (Entry *run = first; run != last;) {
                Entry *end = run + 1;
                while (end != last && end->high == run->high && end->low == run->low)
                    ++end;
                if (end - run > 1) {
                    if (longer)
                        sortByText(run, end, depth + 1);
                    else
                        finalOrder(run, end);
                }
                run = end;
            }
        };
    if (text)
        sortByText(entries.data(), entries.data() + entries.size(), 0);
    else
        finalOrder(entries.data(), entries.data() + entries.size());
    QList<quint32> ranks(keys.size());
    for (quint32 position = 0; position < quint32(entries.size()); ++position)
        ranks[entries[position].row] = position;
    return ranks;
}

DeviceTableModel::Table DeviceTableModel::makeTable(QList<DeviceSummary> devices,
                                                    const QDateTime &now)
{
    Table table;
    table.rows.reserve(devices.size());
    table.keys.reserve(devices.size());
    // About 120 characters of keys per device.
    table.buffer.reserve(devices.size() * 128);
    for (DeviceSummary &device : devices) {
        Row row;
        row.status = DeviceStatuses::of(device, now);
        table.keys.append(makeKeys(table.buffer, device, row.status));
        row.summary = std::move(device);
        table.rows.append(std::move(row));
    }
    return table;
}

void DeviceTableModel::applyAll(Table table, const QList<quint32> &nameRanks)
{
    beginResetModel();
    m_rows = std::move(table.rows);
    m_keys = std::move(table.keys);
    m_keyBuffer = std::move(table.buffer);
    m_garbage = 0;
    m_ranks = Ranks();
    m_ranks[NameColumn] = nameRanks;
    m_changedAt = QList<quint32>(m_rows.size(), 0);
    m_rankedAt = 0;
    m_unranked = 0;
    ++m_generation;
    m_rowByUdid.clear();
    m_rowByUdid.reserve(m_rows.size());
    reindexFrom(0);
    // Check-ins after the newest one here are what refreshSeen() looks for; an empty store
    // starts from the beginning of time.
    m_seenUntil = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    for (const Row &row : std::as_const(m_rows)) {
        if (row.summary.lastSeenAt > m_seenUntil)
            m_seenUntil = row.summary.lastSeenAt;
    }
    endResetModel();
    // The other columns' ranks follow on a worker; until then they sort by key.
    scheduleRanks();
}

struct DeviceTableModel::RankJob
{
    quint32 generation = 0;
    quint32 changes = 0;
    Ranks ranks;
};

void DeviceTableModel::scheduleRanks()
{
    if (m_ranking) {
        m_rankAgain = true;
        return;
    }
    if (m_rows.isEmpty())
        return;
    m_ranking = true;
    m_rankAgain = false;
    // A snapshot: the buffer and the keys are shared until the UI thread changes them.
    QFuture<RankJob> ranking = QtConcurrent::run(
        [buffer = m_keyBuffer, keys = m_keys, generation = m_generation, changes = m_changes] {
            RankJob job;
            job.generation = generation;
            job.changes = changes;
            job.ranks[NameColumn] = rank(buffer, keys, NameColumn);
            for (int column = 0; column < ColumnCount; ++column) {
                if (column != NameColumn)
                    job.ranks[column] = rank(buffer, keys, column, job.ranks[NameColumn]);
            }
            return job;
        });
    FutureWatch::onFinished(this, ranking, [this](const RankJob &job) {
        m_ranking = false;
        // Rows added or removed meanwhile: the ranks are for rows that moved.
        if (job.generation == m_generation) {
            m_ranks = job.ranks;
            m_rankedAt = job.changes;
            m_unranked = int(std::count_if(m_changedAt.cbegin(),
                                           m_changedAt.cend(),
                                           [this](quint32 at) { return at > m_rankedAt; }));
        } else {
            m_rankAgain = true;
        }
        if (m_rankAgain)
            scheduleRanks();
        else if (isRanked())
            Q_EMIT ranked();
    });
}

bool DeviceTableModel::isRanked() const
{
    return !m_ranking && m_unranked == 0
           && std::all_of(m_ranks.cbegin(), m_ranks.cend(), [this](const QList<quint32> &ranks) {
                  return ranks.size() == m_rows.size();
              });
}

void DeviceTableModel::markChanged(int row)
{
    if (m_changedAt.at(row) <= m_rankedAt)
        ++m_unranked;
    m_changedAt[row] = ++m_changes;
}

void DeviceTableModel::compactKeys()
{
    if (m_garbage < CompactAtGarbage || m_garbage < m_keyBuffer.size() / 2)
        return;
    QString buffer;
    buffer.reserve(m_keyBuffer.size() - m_garbage);
    for (RowKeys &keys : m_keys) {
        for (Slice &slice : keys.text) {
            const quint32 start = quint32(buffer.size());
            buffer += QStringView(m_keyBuffer).sliced(slice.start, slice.length);
            slice.start = start;
        }
    }
    m_keyBuffer = std::move(buffer);
    m_garbage = 0;
}

void DeviceTableModel::applySome(const QStringList &requested, const QList<DeviceSummary> &devices)
{
    const QDateTime now = m_clock.now();
    QSet<QString> present;
    for (const DeviceSummary &device : devices) {
        present.insert(device.udid);
        if (device.lastSeenAt > m_seenUntil)
            m_seenUntil = device.lastSeenAt;
        Row row;
        row.summary = device;
        row.status = DeviceStatuses::of(device, now);
        const int existing = rowOf(device.udid);
        if (existing >= 0) {
            for (const Slice &slice : std::as_const(m_keys.at(existing).text))
                m_garbage += slice.length;
            m_keys[existing] = makeKeys(m_keyBuffer, device, row.status);
            markChanged(existing);
            m_rows[existing] = std::move(row);
            Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
            continue;
        }
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_keys.append(makeKeys(m_keyBuffer, device, row.status));
        for (QList<quint32> &ranks : m_ranks) {
            if (!ranks.isEmpty())
                ranks.append(0);
        }
        m_changedAt.append(0);
        markChanged(at);
        ++m_generation;
        m_rows.append(std::move(row));
        m_rowByUdid.insert(device.udid, at);
        endInsertRows();
    }
    // Asked for and no longer there: gone from the store.
    QList<int> gone;
    for (const QString &udid : requested) {
        if (!present.contains(udid) && m_rowByUdid.contains(udid))
            gone.append(m_rowByUdid.value(udid));
    }
    std::sort(gone.begin(), gone.end(), std::greater<int>());
    for (int row : std::as_const(gone)) {
        beginRemoveRows({}, row, row);
        m_rowByUdid.remove(m_rows.at(row).summary.udid);
        for (const Slice &slice : std::as_const(m_keys.at(row).text))
            m_garbage += slice.length;
        m_rows.removeAt(row);
        m_keys.removeAt(row);
        for (QList<quint32> &ranks : m_ranks) {
            if (!ranks.isEmpty())
                ranks.removeAt(row);
        }
        if (m_changedAt.at(row) > m_rankedAt)
            --m_unranked;
        m_changedAt.removeAt(row);
        ++m_generation;
        reindexFrom(row);
        endRemoveRows();
    }
    // Only between signals: the proxy must not compare rows while the buffer moves.
    compactKeys();
    rankIfMany();
}

void DeviceTableModel::rankIfMany()
{
    // Many rows sorting by key slow every sort down: rank them again.
    if (m_unranked > 0 && m_unranked >= qMax<qsizetype>(100, m_rows.size() / 100))
        scheduleRanks();
}

void DeviceTableModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_rowByUdid.insert(m_rows.at(i).summary.udid, i);
}

} // namespace Espalier
