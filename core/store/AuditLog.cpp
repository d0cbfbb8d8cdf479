// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/AuditLog.h"

#include "core/common/Clock.h"
#include "core/store/Database.h"
#include "core/store/SqlValues.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QStringList>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QString columns()
{
    return u"seq, at, actor, action, target, detail, prev_hash, hash"_s;
}

AuditEntry fromRow(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.seq = query.value(u"seq"_s).toLongLong();
    entry.at = SqlValues::toTime(query.value(u"at"_s));
    entry.actor = query.value(u"actor"_s).toString();
    entry.action = query.value(u"action"_s).toString();
    entry.target = query.value(u"target"_s).toString();
    entry.detail = query.value(u"detail"_s).toString();
    entry.prevHash = query.value(u"prev_hash"_s).toString();
    entry.hash = query.value(u"hash"_s).toString();
    return entry;
}

void appendNumber(QByteArray &out, qint64 value)
{
    char bytes[8];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof bytes);
}

// Every text field is preceded by its UTF-8 byte length, so no two different entries encode
// alike ("ab" + "c" and "a" + "bc" differ).
void appendField(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    appendNumber(out, utf8.size());
    out.append(utf8);
}

} // namespace

AuditLog::AuditLog(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

// The encoding, for anyone checking an exported log independently: the text fields are
// "espalier.audit.v1", prev_hash (64 hex digits), and after seq and at, actor, action, target and
// detail, each as an 8-byte big-endian length followed by its UTF-8 bytes; seq and at
// (milliseconds since the epoch, UTC) are 8-byte big-endian signed integers.
QString AuditLog::computeHash(const AuditEntry &entry)
{
    QByteArray encoded;
    appendField(encoded, u"espalier.audit.v1"_s);
    appendField(encoded, entry.prevHash);
    appendNumber(encoded, entry.seq);
    appendNumber(encoded, entry.at.toMSecsSinceEpoch());
    appendField(encoded, entry.actor);
    appendField(encoded, entry.action);
    appendField(encoded, entry.target);
    appendField(encoded, entry.detail);
    return QString::fromLatin1(
        QCryptographicHash::hash(encoded, QCryptographicHash::Sha256).toHex());
}

Result<AuditEntry> AuditLog::append(const QString &actor,
                                    const QString &action,
                                    const QString &target,
                                    const QString &detail)
{
    if (actor.isEmpty() || action.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    tr("An audit entry needs an actor and an action."),
                    u"actor or action empty"_s);
    }
    Result<AuditEntry> appended = m_database.transaction([&]() -> Result<AuditEntry> {
        AuditEntry entry;
        bool headFound = false;
        Result<void> head = m_database.query(
            u"SELECT seq, hash FROM audit_head WHERE id = 1"_s, {}, [&](const QSqlQuery &row) {
                headFound = true;
                entry.seq = row.value(0).toLongLong() + 1;
                entry.prevHash = row.value(1).toString();
                return Result<void>();
            });
        if (!head)
            return fail(head.error());
        if (!headFound) {
            return fail(Error::Code::Database,
                        tr("The audit log is damaged."),
                        u"audit_head row missing"_s);
        }
        // Stored with millisecond precision; hash exactly what will be read back.
        entry.at = QDateTime::fromMSecsSinceEpoch(m_clock.now().toMSecsSinceEpoch(), Qt::UTC);
        entry.actor = actor;
        entry.action = action;
        // NOT NULL columns: a null QString would bind as NULL, so absent is stored as ''.
        entry.target = target.isNull() ? u""_s : target;
        entry.detail = detail.isNull() ? u""_s : detail;
        entry.hash = computeHash(entry);

        Result<int> written = m_database.change(
            u"INSERT INTO audit_log (seq, at, actor, action, target, detail, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {entry.seq,
             SqlValues::fromTime(entry.at),
             entry.actor,
             entry.action,
             entry.target,
             entry.detail,
             entry.prevHash,
             entry.hash});
        if (!written)
            return fail(written.error());
        Result<int> moved = m_database.change(
            u"UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"_s, {entry.seq, entry.hash});
        if (!moved)
            return fail(moved.error());
        return entry;
    });
    return SqlValues::described(std::move(appended), tr("The audit log could not be written."));
}

Result<QList<AuditEntry>> AuditLog::list()
{
    return list(Filter());
}

Result<QList<AuditEntry>> AuditLog::list(const Filter &filter)
{
    QStringList conditions;
    QVariantList bindings;
    const auto match = [&](const QString &column, const QString &value) {
        if (value.isEmpty())
            return;
        conditions.append(column + u" = ?"_s);
        bindings.append(value);
    };
    match(u"actor"_s, filter.actor);
    match(u"action"_s, filter.action);
    match(u"target"_s, filter.target);
    if (filter.from.isValid()) {
        conditions.append(u"at >= ?"_s);
        bindings.append(SqlValues::fromTime(filter.from));
    }
    if (filter.until.isValid()) {
        conditions.append(u"at < ?"_s);
        bindings.append(SqlValues::fromTime(filter.until));
    }
    QString sql = u"SELECT "_s + columns() + u" FROM audit_log"_s;
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    sql += filter.newestFirst ? u" ORDER BY seq DESC"_s : u" ORDER BY seq"_s;
    if (filter.limit > 0) {
        sql += u" LIMIT ?"_s;
        bindings.append(filter.limit);
    }
    Result<QSqlQuery> query = m_database.exec(sql, bindings);
    if (!query) {
        return SqlValues::described<QList<AuditEntry>>(fail(query.error()),
                                                       tr("The audit log could not be read."));
    }
    QList<AuditEntry> entries;
    while (query->next())
        entries.append(fromRow(*query));
    return entries;
}

Result<AuditLog::Verification> AuditLog::verify()
{
    Result<Verification> checked = m_database.transaction([&]() -> Result<Verification> {
        Verification result;
        const auto broken = [&](Verification::Problem problem, qint64 seq, const QString &text) {
            result.problem = problem;
            result.seq = seq;
            result.description = text;
            return result;
        };

        Result<QSqlQuery> head = m_database.exec(
            u"SELECT seq, hash FROM audit_head WHERE id = 1"_s);
        if (!head)
            return fail(head.error());
        const bool hasHead = head->next();
        const qint64 headSeq = hasHead ? head->value(0).toLongLong() : -1;
        const QString headHash = hasHead ? head->value(1).toString() : QString();

        Result<QSqlQuery> rows = m_database.exec(u"SELECT "_s + columns()
                                                 + u" FROM audit_log ORDER BY seq"_s);
        if (!rows)
            return fail(rows.error());
        qint64 expectedSeq = 1;
        QString previousHash = genesisHash();
        while (rows->next()) {
            const AuditEntry entry = fromRow(*rows);
            if (entry.seq < expectedSeq) {
                return broken(
                    Verification::Problem::UnexpectedEntry,
                    entry.seq,
                    tr("Audit entry %1 should not exist: numbering starts at 1.").arg(entry.seq));
            }
            if (entry.seq > expectedSeq) {
                return broken(Verification::Problem::MissingEntry,
                              expectedSeq,
                              tr("Audit entry %1 is missing: it was deleted.").arg(expectedSeq));
            }
            if (computeHash(entry) != entry.hash) {
                return broken(
                    Verification::Problem::ContentMismatch,
                    entry.seq,
                    tr("Audit entry %1 was changed after it was written.").arg(entry.seq));
            }
            if (entry.prevHash != previousHash) {
                return broken(Verification::Problem::BrokenLink,
                              entry.seq,
                              tr("Audit entry %1 does not follow the entry before it: entries "
                                 "were rewritten or inserted.")
                                  .arg(entry.seq));
            }
            previousHash = entry.hash;
            ++expectedSeq;
            ++result.entriesChecked;
        }

        const qint64 lastSeq = expectedSeq - 1;
        if (!hasHead) {
            return broken(Verification::Problem::HeadMismatch,
                          lastSeq,
                          tr("The audit log's chain head is missing."));
        }
        if (headSeq > lastSeq) {
            return broken(Verification::Problem::MissingEntry,
                          lastSeq + 1,
                          tr("Audit entries %1 to %2 are missing: the newest entries were deleted.")
                              .arg(lastSeq + 1)
                              .arg(headSeq));
        }
        if (headSeq < lastSeq) {
            return broken(Verification::Problem::UnexpectedEntry,
                          headSeq + 1,
                          tr("Audit entry %1 was added outside the audit log.").arg(headSeq + 1));
        }
        if (headHash != previousHash) {
            return broken(Verification::Problem::HeadMismatch,
                          lastSeq,
                          tr("The audit log's chain head does not match entry %1.").arg(lastSeq));
        }
        return result;
    });
    return SqlValues::described(std::move(checked), tr("The audit log could not be checked."));
}

} // namespace Espalier
