// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/CommandRepository.h"

#include "core/common/Clock.h"
#include "core/store/Database.h"
#include "core/store/SqlValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QString columns()
{
    return u"uuid, seq, enrollment_id, request_type, payload, state, created_at, updated_at, "
           "pushed_at, sent_at, completed_at, expires_at, next_attempt_at, attempts, "
           "not_now_count, result, error_chain, created_by"_s;
}

const QList<CommandState> &unfinishedStates()
{
    static const QList<CommandState> s_states{
        CommandState::Queued, CommandState::Pushed, CommandState::Sent, CommandState::NotNow};
    return s_states;
}

const QList<CommandState> &deliverableStates()
{
    static const QList<CommandState> s_states{
        CommandState::Queued, CommandState::Pushed, CommandState::NotNow};
    return s_states;
}

// "state IN (?, ?)" and its values.
QString stateIn(const QList<CommandState> &states, QVariantList &bindings)
{
    for (CommandState state : states)
        bindings.append(static_cast<int>(state));
    return u"state IN ("_s + SqlValues::placeholders(states.size()) + u")"_s;
}

QString stateNames(const QList<CommandState> &states)
{
    QStringList names;
    for (CommandState state : states)
        names.append(commandStateName(state));
    return names.join(u", "_s);
}

Result<Command> fromRow(const QSqlQuery &query)
{
    using namespace SqlValues;
    Command c;
    c.uuid = query.value(u"uuid"_s).toString();
    const std::optional<CommandState> state = commandStateFromValue(
        query.value(u"state"_s).toLongLong());
    if (!state) {
        return fail(Error::Code::Database,
                    QCoreApplication::translate("Espalier::CommandRepository",
                                                "The command %1 is stored in an unknown state.")
                        .arg(c.uuid),
                    u"state %1"_s.arg(query.value(u"state"_s).toString()));
    }
    c.state = *state;
    c.sequence = query.value(u"seq"_s).toLongLong();
    c.enrollmentId = query.value(u"enrollment_id"_s).toString();
    c.requestType = query.value(u"request_type"_s).toString();
    c.payload = query.value(u"payload"_s).toByteArray();
    c.createdAt = toTime(query.value(u"created_at"_s));
    c.updatedAt = toTime(query.value(u"updated_at"_s));
    c.pushedAt = toTime(query.value(u"pushed_at"_s));
    c.sentAt = toTime(query.value(u"sent_at"_s));
    c.completedAt = toTime(query.value(u"completed_at"_s));
    c.expiresAt = toTime(query.value(u"expires_at"_s));
    c.nextAttemptAt = toTime(query.value(u"next_attempt_at"_s));
    c.attempts = query.value(u"attempts"_s).toInt();
    c.notNowCount = query.value(u"not_now_count"_s).toInt();
    c.result = query.value(u"result"_s).toByteArray();
    c.errorChain = toText(query.value(u"error_chain"_s));
    c.createdBy = query.value(u"created_by"_s).toString();
    return c;
}

} // namespace

CommandRepository::CommandRepository(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<Command> CommandRepository::insert(const Command &command)
{
    if (command.uuid.isEmpty() || command.enrollmentId.isEmpty() || command.requestType.isEmpty()
        || command.payload.isEmpty() || command.createdBy.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    tr("The command is incomplete."),
                    u"uuid, enrollment, request type, payload and creator are required"_s);
    }
    Result<Command> stored = m_database.transaction([&]() -> Result<Command> {
        // One writer at a time (BEGIN IMMEDIATE), so checking first is race-free and gives a
        // clear error instead of a constraint message.
        const auto count = [this](const QString &sql, const QVariantList &bindings) {
            qint64 value = 0;
            return m_database
                .query(sql,
                       bindings,
                       [&value](const QSqlQuery &row) {
                           value = row.value(0).toLongLong();
                           return Result<void>();
                       })
                .map([&value] { return value; });
        };
        Result<qint64> enrollments = count(u"SELECT COUNT(*) FROM enrollments WHERE id = ?"_s,
                                           {command.enrollmentId});
        if (!enrollments)
            return fail(enrollments.error());
        if (*enrollments == 0) {
            return fail(Error::Code::NotFound,
                        tr("The device is not enrolled."),
                        u"no enrollment %1"_s.arg(command.enrollmentId));
        }
        Result<qint64> existing = count(u"SELECT COUNT(*) FROM commands WHERE uuid = ?"_s,
                                        {command.uuid});
        if (!existing)
            return fail(existing.error());
        if (*existing > 0) {
            return fail(Error::Code::Conflict,
                        tr("A command with this identifier already exists."),
                        u"duplicate command %1"_s.arg(command.uuid));
        }
        Result<qint64> last = count(u"SELECT COALESCE(MAX(seq), 0) FROM commands"_s, {});
        if (!last)
            return fail(last.error());

        Command c = command;
        c.sequence = *last + 1;
        c.state = CommandState::Queued;
        c.createdAt = m_clock.now();
        c.updatedAt = c.createdAt;
        c.pushedAt = {};
        c.sentAt = {};
        c.completedAt = {};
        if (!c.nextAttemptAt.isValid())
            c.nextAttemptAt = c.createdAt;
        c.attempts = 0;
        c.notNowCount = 0;
        c.result.clear();
        c.errorChain.clear();

        using namespace SqlValues;
        Result<int> written = m_database.change(
            uR"(INSERT INTO commands (uuid, seq, enrollment_id, request_type, payload, state,
    created_at, updated_at, expires_at, next_attempt_at, created_by)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s,
            {c.uuid,
             c.sequence,
             c.enrollmentId,
             c.requestType,
             c.payload,
             static_cast<int>(c.state),
             fromTime(c.createdAt),
             fromTime(c.updatedAt),
             fromTime(c.expiresAt),
             fromTime(c.nextAttemptAt),
             c.createdBy});
        if (!written)
            return fail(written.error());
        return c;
    });
    return SqlValues::described(std::move(stored), tr("The command could not be queued."));
}

Result<std::optional<Command>> CommandRepository::find(const QString &uuid)
{
    Result<QList<Command>> rows = select(u"uuid = ?"_s, {uuid});
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<Command>();
    return std::optional<Command>(rows->constFirst());
}

Result<QList<Command>> CommandRepository::listForEnrollment(const QString &enrollmentId)
{
    return select(u"enrollment_id = ?"_s, {enrollmentId});
}

Result<QList<Command>> CommandRepository::listAll(const QList<CommandState> &states)
{
    if (states.isEmpty())
        return select({}, {});
    QVariantList bindings;
    const QString where = stateIn(states, bindings);
    return select(where, bindings);
}

Result<Command> CommandRepository::transition(const QString &uuid,
                                              const QList<CommandState> &from,
                                              CommandState to,
                                              const Changes &changes)
{
    for (CommandState state : from) {
        if (isFinal(state)) {
            return fail(
                Error::Code::InvalidInput,
                tr("A finished command cannot change any more."),
                u"transition of %1 from final state %2"_s.arg(uuid, commandStateName(state)));
        }
    }
    if (from.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    tr("A finished command cannot change any more."),
                    u"transition of %1 from no state"_s.arg(uuid));
    }
    Result<Command> changed = m_database.transaction([&]() -> Result<Command> {
        using namespace SqlValues;
        const QDateTime now = m_clock.now();
        QStringList assignments{u"state = ?"_s, u"updated_at = ?"_s};
        QVariantList bindings{static_cast<int>(to), fromTime(now)};
        if (to == CommandState::Pushed) {
            assignments.append(u"pushed_at = ?"_s);
            bindings.append(fromTime(now));
        }
        if (to == CommandState::Sent) {
            assignments.append(u"sent_at = ?"_s);
            bindings.append(fromTime(now));
            assignments.append(u"attempts = attempts + 1"_s);
        }
        if (to == CommandState::NotNow)
            assignments.append(u"not_now_count = not_now_count + 1"_s);
        if (isFinal(to)) {
            assignments.append(u"completed_at = ?"_s);
            bindings.append(fromTime(now));
        }
        if (changes.result) {
            assignments.append(u"result = ?"_s);
            bindings.append(fromBlob(*changes.result));
        }
        if (changes.errorChain) {
            assignments.append(u"error_chain = ?"_s);
            bindings.append(fromText(*changes.errorChain));
        }
        if (changes.nextAttemptAt) {
            assignments.append(u"next_attempt_at = ?"_s);
            bindings.append(
                fromTime(changes.nextAttemptAt->isValid() ? *changes.nextAttemptAt : now));
        }
        bindings.append(uuid);
        const QString sql = u"UPDATE commands SET "_s + assignments.join(u", "_s)
                            + u" WHERE uuid = ? AND "_s + stateIn(from, bindings);
        Result<int> rowsChanged = m_database.change(sql, bindings);
        if (!rowsChanged)
            return fail(rowsChanged.error());
        const bool won = *rowsChanged > 0;

        Result<std::optional<Command>> current = find(uuid);
        if (!current)
            return fail(current.error());
        if (!*current) {
            return fail(Error::Code::NotFound,
                        tr("The command does not exist."),
                        u"no command %1"_s.arg(uuid));
        }
        if (!won) {
            return fail(Error::Code::Conflict,
                        tr("The command has already moved on; nothing was changed."),
                        u"command %1 is %2, expected %3 to become %4"_s.arg(
                            uuid,
                            commandStateName((*current)->state),
                            stateNames(from),
                            commandStateName(to)));
        }
        return std::move(**current);
    });
    return SqlValues::described(std::move(changed), tr("The command state could not be saved."));
}

Result<std::optional<Command>> CommandRepository::nextDeliverable(const QString &enrollmentId,
                                                                  const QDateTime &now)
{
    QVariantList bindings{enrollmentId};
    const QString where
        = u"enrollment_id = ? AND "_s + stateIn(deliverableStates(), bindings)
          + u" AND next_attempt_at <= ? AND (expires_at IS NULL OR expires_at > ?)"_s;
    bindings.append(SqlValues::fromTime(now));
    bindings.append(SqlValues::fromTime(now));
    Result<QList<Command>> rows = select(where, bindings, u" LIMIT 1"_s);
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<Command>();
    return std::optional<Command>(rows->constFirst());
}

Result<QStringList> CommandRepository::markPushed(const QString &enrollmentId)
{
    const QVariant now = SqlValues::fromTime(m_clock.now());
    const int queued = static_cast<int>(CommandState::Queued);
    Result<QStringList> pushed = m_database.transaction([&]() -> Result<QStringList> {
        QStringList uuids;
        Result<void> read = m_database.query(
            u"SELECT uuid FROM commands WHERE enrollment_id = ? AND state = ? ORDER BY seq"_s,
            {enrollmentId, queued},
            [&uuids](const QSqlQuery &row) {
                uuids.append(row.value(0).toString());
                return Result<void>();
            });
        if (!read)
            return fail(read.error());
        if (uuids.isEmpty())
            return uuids;
        Result<int> changed = m_database.change(
            u"UPDATE commands SET state = ?, pushed_at = ?, updated_at = ? "
            "WHERE enrollment_id = ? AND state = ?"_s,
            {static_cast<int>(CommandState::Pushed), now, now, enrollmentId, queued});
        if (!changed)
            return fail(changed.error());
        return uuids;
    });
    return SqlValues::described(std::move(pushed), tr("The pushed commands could not be marked."));
}

Result<QStringList> CommandRepository::expireDue(const QDateTime &now)
{
    return SqlValues::described(finishWhere(u"expires_at IS NOT NULL AND expires_at <= ?"_s,
                                            {SqlValues::fromTime(now)},
                                            CommandState::Expired,
                                            now),
                                tr("Expired commands could not be marked."));
}

Result<QStringList> CommandRepository::cancelPending(const QString &enrollmentId)
{
    return SqlValues::described(finishWhere(u"(enrollment_id = ? OR enrollment_id IN "
                                            "(SELECT id FROM enrollments WHERE parent_id = ?))"_s,
                                            {enrollmentId, enrollmentId},
                                            CommandState::Cancelled,
                                            m_clock.now()),
                                tr("The queued commands could not be cancelled."));
}

Result<QList<Command>> CommandRepository::select(const QString &where,
                                                 const QVariantList &bindings,
                                                 const QString &tail)
{
    QString sql = u"SELECT "_s + columns() + u" FROM commands"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where;
    sql += u" ORDER BY seq"_s + tail;
    QList<Command> rows;
    Result<void> read = m_database.query(sql, bindings, [&rows](const QSqlQuery &query) {
        Result<Command> row = fromRow(query);
        if (!row)
            return Result<void>(fail(row.error()));
        rows.append(std::move(*row));
        return Result<void>();
    });
    if (!read)
        return SqlValues::described<QList<Command>>(fail(read.error()),
                                                    tr("The commands could not be read."));
    return rows;
}

Result<QStringList> CommandRepository::finishWhere(const QString &where,
                                                   QVariantList bindings,
                                                   CommandState to,
                                                   const QDateTime &now)
{
    Q_ASSERT(isFinal(to));
    return m_database.transaction([&]() -> Result<QStringList> {
        const QString condition = where + u" AND "_s + stateIn(unfinishedStates(), bindings);
        Result<QSqlQuery> found = m_database.exec(
            u"SELECT uuid FROM commands WHERE "_s + condition + u" ORDER BY seq"_s, bindings);
        if (!found)
            return fail(found.error());
        QStringList uuids;
        while (found->next())
            uuids.append(found->value(0).toString());
        if (uuids.isEmpty())
            return uuids;
        QVariantList updateBindings{
            static_cast<int>(to), SqlValues::fromTime(now), SqlValues::fromTime(now)};
        updateBindings.append(bindings);
        Result<QSqlQuery> done = m_database.exec(
            u"UPDATE commands SET state = ?, updated_at = ?, completed_at = ? WHERE "_s + condition,
            updateBindings);
        if (!done)
            return fail(done.error());
        return uuids;
    });
}

} // namespace Espalier
