// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/CommandDeliveryRepository.h"

#include "core/common/Clock.h"
#include "core/store/Command.h"
#include "core/store/Database.h"
#include "core/store/SqlValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Espalier {

CommandDeliveryRepository::CommandDeliveryRepository(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<std::optional<QString>> CommandDeliveryRepository::nextDeliverable(
    const QString &enrollmentId, const QDateTime &now, const QStringList &excluded)
{
    QVariantList bindings{enrollmentId,
                          static_cast<int>(CommandState::Queued),
                          static_cast<int>(CommandState::Pushed),
                          static_cast<int>(CommandState::NotNow),
                          static_cast<int>(CommandState::Sent),
                          SqlValues::fromTime(now),
                          SqlValues::fromTime(now)};
    QString sql = u"SELECT uuid FROM commands WHERE enrollment_id = ? AND state IN (?, ?, ?, ?) "
                  "AND next_attempt_at <= ? AND (expires_at IS NULL OR expires_at > ?)"_s;
    if (!excluded.isEmpty()) {
        sql += u" AND uuid NOT IN ("_s + SqlValues::placeholders(excluded.size()) + u")"_s;
        for (const QString &uuid : excluded)
            bindings.append(uuid);
    }
    sql += u" ORDER BY seq LIMIT 1"_s;
    std::optional<QString> next;
    Result<void> read = m_database.query(sql, bindings, [&next](const QSqlQuery &query) {
        next = query.value(0).toString();
        return Result<void>();
    });
    if (!read) {
        return SqlValues::described<std::optional<QString>>(fail(read.error()),
                                                            tr("The queue could not be read."));
    }
    return next;
}

Result<std::optional<QDateTime>> CommandDeliveryRepository::nextNotNowAttempt(
    const QString &enrollmentId, const QDateTime &now)
{
    std::optional<QDateTime> next;
    Result<void> read = m_database.query(
        u"SELECT MIN(next_attempt_at) FROM commands WHERE enrollment_id = ? AND state = ? "
        "AND (expires_at IS NULL OR expires_at > ?)"_s,
        {enrollmentId, static_cast<int>(CommandState::NotNow), SqlValues::fromTime(now)},
        [&next](const QSqlQuery &query) {
            if (!query.value(0).isNull())
                next = SqlValues::toTime(query.value(0));
            return Result<void>();
        });
    if (!read) {
        return SqlValues::described<std::optional<QDateTime>>(fail(read.error()),
                                                              tr("The queue could not be read."));
    }
    return next;
}

Result<void> CommandDeliveryRepository::setRetryOf(const QString &uuid, const QString &originalUuid)
{
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        Result<QSqlQuery> updated = m_database.exec(
            u"UPDATE commands SET retry_of = ? WHERE uuid = ? AND uuid <> ?"_s,
            {originalUuid, uuid, originalUuid});
        if (!updated)
            return fail(updated.error());
        if (updated->numRowsAffected() == 0) {
            return fail(Error::Code::NotFound,
                        tr("The command does not exist."),
                        u"no command %1 to link to %2"_s.arg(uuid, originalUuid));
        }
        return {};
    });
    return SqlValues::described(std::move(done), tr("The retry could not be recorded."));
}

Result<QString> CommandDeliveryRepository::retryOf(const QString &uuid)
{
    Result<QSqlQuery> query = m_database.exec(u"SELECT retry_of FROM commands WHERE uuid = ?"_s,
                                              {uuid});
    if (!query) {
        return SqlValues::described<QString>(fail(query.error()),
                                             tr("The command could not be read."));
    }
    if (!query->next()) {
        return fail(
            Error::Code::NotFound, tr("The command does not exist."), u"no command %1"_s.arg(uuid));
    }
    return SqlValues::toText(query->value(0));
}

Result<UnmatchedReport> CommandDeliveryRepository::recordUnmatchedReport(
    const UnmatchedReport &report)
{
    if (report.enrollmentId.isEmpty() || report.reason.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    tr("The report could not be kept."),
                    u"unmatched report without enrollment or reason"_s);
    }
    Result<UnmatchedReport> stored = m_database.transaction([&]() -> Result<UnmatchedReport> {
        Result<QSqlQuery> last = m_database.exec(
            u"SELECT COALESCE(MAX(id), 0) FROM unmatched_reports"_s);
        if (!last)
            return fail(last.error());
        UnmatchedReport r = report;
        r.id = (last->next() ? last->value(0).toLongLong() : 0) + 1;
        r.receivedAt = m_clock.now();
        using namespace SqlValues;
        // report is NOT NULL: an empty body is stored as zero bytes, not as NULL.
        Result<QSqlQuery> written = m_database.exec(
            u"INSERT INTO unmatched_reports (id, enrollment_id, command_uuid, status, reason, "
            "report, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            {r.id,
             r.enrollmentId,
             fromText(r.commandUuid),
             fromText(r.status),
             r.reason,
             r.report.isNull() ? QByteArray("") : r.report,
             fromTime(r.receivedAt)});
        if (!written)
            return fail(written.error());
        Result<QSqlQuery> trimmed = m_database.exec(
            u"DELETE FROM unmatched_reports WHERE enrollment_id = ? AND id NOT IN "
            "(SELECT id FROM unmatched_reports WHERE enrollment_id = ? ORDER BY id DESC LIMIT ?)"_s,
            {r.enrollmentId, r.enrollmentId, MaxUnmatchedReportsPerEnrollment});
        if (!trimmed)
            return fail(trimmed.error());
        return r;
    });
    return SqlValues::described(std::move(stored), tr("The report could not be kept."));
}

Result<QList<UnmatchedReport>> CommandDeliveryRepository::unmatchedReports(
    const QString &enrollmentId)
{
    Result<QSqlQuery> query = m_database.exec(
        u"SELECT id, enrollment_id, command_uuid, status, reason, report, received_at "
        "FROM unmatched_reports WHERE enrollment_id = ? ORDER BY id"_s,
        {enrollmentId});
    if (!query) {
        return SqlValues::described<QList<UnmatchedReport>>(fail(query.error()),
                                                            tr("The reports could not be read."));
    }
    QList<UnmatchedReport> rows;
    while (query->next()) {
        using namespace SqlValues;
        UnmatchedReport r;
        r.id = query->value(0).toLongLong();
        r.enrollmentId = query->value(1).toString();
        r.commandUuid = toText(query->value(2));
        r.status = toText(query->value(3));
        r.reason = query->value(4).toString();
        r.report = query->value(5).toByteArray();
        r.receivedAt = toTime(query->value(6));
        rows.append(std::move(r));
    }
    return rows;
}

} // namespace Espalier
