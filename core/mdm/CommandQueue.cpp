// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/CommandQueue.h"

#include "core/common/Clock.h"
#include "core/crypto/OpenSsl.h"
#include "core/mdm/CommandReport.h"
#include "core/mdm/MdmLogging.h"
#include "core/plist/Plist.h"
#include "core/store/Database.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

const QList<CommandState> &unfinishedStates()
{
    static const QList<CommandState> s_states{
        CommandState::Queued, CommandState::Pushed, CommandState::Sent, CommandState::NotNow};
    return s_states;
}

QString describe(const Command &command)
{
    return command.requestType + u' ' + command.uuid;
}

} // namespace

namespace {

// Marks a payload stored sealed; a plist never starts with it.
const QByteArray SealedPayloadPrefix = QByteArrayLiteral("espalier-sealed:");

} // namespace

CommandQueue::CommandQueue(Database &database, const Clock &clock, std::optional<SecretBox> sealer)
    : m_database(database)
    , m_clock(clock)
    , m_commands(database, clock)
    , m_delivery(database, clock)
    , m_enrollments(database, clock)
    , m_audit(database, clock)
    , m_sealer(std::move(sealer))
{}

bool CommandQueue::carriesSecret(const MdmCommand &command)
{
    return command.fields.contains(u"UnlockToken"_s) || command.fields.contains(u"PIN"_s);
}

Result<QByteArray> CommandQueue::deliverablePayload(const Command &command) const
{
    if (!command.payload.startsWith(SealedPayloadPrefix))
        return command.payload;
    if (!m_sealer)
        return fail(Error::Code::Crypto,
                    tr("The command is sealed and this engine cannot open it."),
                    u"no sealer for command %1"_s.arg(command.uuid));
    return m_sealer->open(QByteArrayView(command.payload).sliced(SealedPayloadPrefix.size()),
                          command.uuid.toUtf8());
}

QString CommandQueue::engineActor()
{
    return u"engine"_s;
}

QString CommandQueue::newCommandUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

qint64 CommandQueue::notNowBackoffMs(int notNowCount)
{
    qint64 backoff = FirstNotNowBackoffMs;
    for (int i = 1; i < notNowCount && backoff < MaxNotNowBackoffMs; ++i)
        backoff *= 2;
    return qMin(backoff, MaxNotNowBackoffMs);
}

Result<QByteArray> CommandQueue::commandPlist(const QString &uuid, const MdmCommand &command)
{
    if (uuid.isEmpty() || command.requestType.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    tr("The command is incomplete."),
                    u"a command needs a UUID and a RequestType"_s);
    }
    const auto requestType = command.fields.constFind(u"RequestType"_s);
    if (requestType != command.fields.constEnd()
        && requestType->toString() != command.requestType) {
        return fail(Error::Code::InvalidInput,
                    tr("The command is inconsistent."),
                    u"fields carry RequestType %1 for a %2 command"_s.arg(requestType->toString(),
                                                                          command.requestType));
    }
    QVariantMap body = command.fields;
    body.insert(u"RequestType"_s, command.requestType);
    Result<QByteArray> xml = Plist::toXml(
        QVariantMap{{u"CommandUUID"_s, uuid}, {u"Command"_s, body}});
    if (!xml) {
        return fail(Error::Code::InvalidInput,
                    tr("The command holds a value that cannot be sent to a device."),
                    u"%1: %2"_s.arg(command.requestType, xml.error().detail));
    }
    return xml;
}

Result<QString> CommandQueue::enqueueOne(const QString &enrollmentId,
                                         const MdmCommand &command,
                                         const QString &actor,
                                         const QDateTime &expiresAt,
                                         const QString &auditAction,
                                         const QString &auditSuffix)
{
    Result<std::optional<Enrollment>> enrollment = m_enrollments.find(enrollmentId);
    if (!enrollment)
        return fail(enrollment.error());
    if (!*enrollment) {
        return fail(Error::Code::NotFound,
                    tr("The device is not enrolled."),
                    u"no enrollment %1"_s.arg(enrollmentId));
    }
    if ((*enrollment)->isCheckedOut()) {
        return fail(Error::Code::Conflict,
                    tr("The device is no longer enrolled."),
                    u"enrollment %1 checked out"_s.arg(enrollmentId));
    }
    Command c;
    c.uuid = newCommandUuid();
    c.enrollmentId = enrollmentId;
    c.requestType = command.requestType;
    Result<QByteArray> payload = commandPlist(c.uuid, command);
    if (!payload)
        return fail(payload.error());
    c.payload = std::move(*payload);
    if (m_sealer && carriesSecret(command)) {
        // The command's UUID is bound into the box, so a sealed payload cannot be moved to
        // another command row.
        Result<QByteArray> sealed = m_sealer->seal(c.payload, c.uuid.toUtf8());
        OpenSsl::cleanse(c.payload);
        if (!sealed)
            return fail(sealed.error());
        c.payload = SealedPayloadPrefix + *sealed;
    }
    c.expiresAt = expiresAt;
    c.createdBy = actor;
    Result<Command> inserted = m_commands.insert(c);
    if (!inserted)
        return fail(inserted.error());
    Result<AuditEntry> audited = m_audit.append(
        actor, auditAction, enrollmentId, describe(*inserted) + auditSuffix);
    if (!audited)
        return fail(audited.error());
    return inserted->uuid;
}

Result<QStringList> CommandQueue::enqueue(const QStringList &enrollmentIds,
                                          const MdmCommand &command,
                                          const QString &actor,
                                          const std::optional<QDateTime> &expiresAt)
{
    if (enrollmentIds.isEmpty() || actor.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    tr("The command has no target."),
                    u"no enrollments or no actor"_s);
    }
    // Checked once up front, so a bad field fails before anything is written.
    if (Result<QByteArray> probe = commandPlist(u"probe"_s, command); !probe)
        return fail(probe.error());
    const QDateTime now = m_clock.now();
    const QDateTime expiry = expiresAt.value_or(now.addDays(DefaultLifetimeDays));
    if (expiry.isValid() && expiry <= now) {
        return fail(Error::Code::InvalidInput,
                    tr("The command would expire before it could be sent."),
                    u"expiry %1 is not after now"_s.arg(expiry.toString(Qt::ISODateWithMs)));
    }
    QStringList targets = enrollmentIds;
    targets.removeDuplicates();
    Result<QStringList> queued = m_database.transaction([&]() -> Result<QStringList> {
        QStringList uuids;
        for (const QString &enrollmentId : std::as_const(targets)) {
            Result<QString> uuid = enqueueOne(
                enrollmentId, command, actor, expiry, u"command.queued"_s, {});
            if (!uuid)
                return fail(uuid.error());
            uuids.append(*uuid);
        }
        return uuids;
    });
    if (queued)
        qCInfo(lcMdm) << "queued" << command.requestType << "for" << targets.size()
                      << "enrollment(s):" << *queued;
    return queued;
}

Result<Command> CommandQueue::cancel(const QString &uuid, const QString &actor)
{
    if (actor.isEmpty()) {
        return fail(
            Error::Code::InvalidInput, tr("Nobody asked to cancel the command."), u"no actor"_s);
    }
    return m_database.transaction([&]() -> Result<Command> {
        Result<Command> cancelled = m_commands.transition(
            uuid, unfinishedStates(), CommandState::Cancelled);
        if (!cancelled)
            return cancelled;
        Result<AuditEntry> audited = m_audit.append(
            actor, u"command.cancelled"_s, cancelled->enrollmentId, describe(*cancelled));
        if (!audited)
            return fail(audited.error());
        return cancelled;
    });
}

Result<QString> CommandQueue::retry(const QString &uuid,
                                    const QString &actor,
                                    const std::optional<QDateTime> &expiresAt)
{
    if (actor.isEmpty()) {
        return fail(
            Error::Code::InvalidInput, tr("Nobody asked to retry the command."), u"no actor"_s);
    }
    const QDateTime now = m_clock.now();
    const QDateTime expiry = expiresAt.value_or(now.addDays(DefaultLifetimeDays));
    if (expiry.isValid() && expiry <= now) {
        return fail(Error::Code::InvalidInput,
                    tr("The command would expire before it could be sent."),
                    u"expiry %1 is not after now"_s.arg(expiry.toString(Qt::ISODateWithMs)));
    }
    return m_database.transaction([&]() -> Result<QString> {
        Result<std::optional<Command>> found = m_commands.find(uuid);
        if (!found)
            return fail(found.error());
        if (!*found) {
            return fail(Error::Code::NotFound,
                        tr("The command does not exist."),
                        u"no command %1"_s.arg(uuid));
        }
        const Command &original = **found;
        if (!isFinal(original.state) || original.state == CommandState::Acknowledged) {
            return fail(Error::Code::Conflict,
                        tr("Only a command that failed, expired or was cancelled can be retried."),
                        u"command %1 is %2"_s.arg(uuid, commandStateName(original.state)));
        }
        // The new command carries the same Command dict, so the device sees the same request.
        Result<QByteArray> payload = deliverablePayload(original);
        if (!payload)
            return fail(payload.error());
        Result<QVariant> parsed = Plist::parse(*payload);
        OpenSsl::cleanse(*payload);
        const QVariantMap body = parsed ? parsed->toMap().value(u"Command"_s).toMap()
                                        : QVariantMap();
        if (body.value(u"RequestType"_s).toString() != original.requestType) {
            return fail(Error::Code::Database,
                        tr("The stored command cannot be read."),
                        u"payload of %1 has no matching Command dict"_s.arg(uuid));
        }
        MdmCommand command{original.requestType, body};
        command.fields.remove(u"RequestType"_s);
        Result<QString> queued = enqueueOne(original.enrollmentId,
                                            command,
                                            actor,
                                            expiry,
                                            u"command.retried"_s,
                                            u", retry of "_s + uuid);
        if (!queued)
            return queued;
        if (Result<void> linked = m_delivery.setRetryOf(*queued, uuid); !linked)
            return fail(linked.error());
        return queued;
    });
}

Result<QStringList> CommandQueue::expireDue()
{
    const QDateTime now = m_clock.now();
    return m_database.transaction([&]() -> Result<QStringList> {
        Result<QStringList> expired = m_commands.expireDue(now);
        if (!expired)
            return expired;
        for (const QString &uuid : std::as_const(*expired)) {
            Result<std::optional<Command>> command = m_commands.find(uuid);
            if (!command)
                return fail(command.error());
            if (!*command)
                continue;
            Result<AuditEntry> audited = m_audit.append(
                engineActor(), u"command.expired"_s, (*command)->enrollmentId, describe(**command));
            if (!audited)
                return fail(audited.error());
        }
        return expired;
    });
}

Result<QStringList> CommandQueue::clear(const QString &deviceChannelId, const QString &actor)
{
    Result<QStringList> cleared = m_database.transaction([&]() -> Result<QStringList> {
        Result<QStringList> cancelled = m_commands.cancelPending(deviceChannelId);
        if (!cancelled || cancelled->isEmpty())
            return cancelled;
        Result<AuditEntry> audited = m_audit.append(
            actor,
            u"mdm.queue-cleared"_s,
            deviceChannelId,
            u"cancelled %1 unfinished command(s): %2"_s.arg(cancelled->size())
                .arg(cancelled->join(u", "_s)));
        if (!audited)
            return fail(audited.error());
        return cancelled;
    });
    if (cleared)
        forgetSessions(deviceChannelId);
    return cleared;
}

void CommandQueue::forgetSessions(const QString &deviceChannelId)
{
    const QString userPrefix = deviceChannelId + u':';
    m_sessions.removeIf([&](const QHash<QString, Session>::iterator &it) {
        return it.key() == deviceChannelId || it.key().startsWith(userPrefix);
    });
}

CommandQueue::Session &CommandQueue::session(const QString &enrollmentId)
{
    const QDateTime now = m_clock.now();
    if (!m_lastSessionSweep.isValid() || m_lastSessionSweep.msecsTo(now) >= 60 * 1000
        || m_lastSessionSweep > now) {
        m_lastSessionSweep = now;
        m_sessions.removeIf([&](const QHash<QString, Session>::iterator &it) {
            return it->lastActivity.msecsTo(now) > SessionTimeoutMs;
        });
    }
    Session &s = m_sessions[enrollmentId];
    if (s.lastActivity.isValid() && s.lastActivity.msecsTo(now) > SessionTimeoutMs)
        s = Session();
    s.lastActivity = now;
    return s;
}

Result<void> CommandQueue::keepUnmatched(const QString &enrollmentId,
                                         const CommandReport &report,
                                         const QString &reason)
{
    qCWarning(lcMdm) << "report from" << enrollmentId << "matches no pending command:" << reason
                     << "(CommandUUID" << report.commandUuid << "Status" << report.statusText
                     << ")";
    UnmatchedReport unmatched;
    unmatched.enrollmentId = enrollmentId;
    unmatched.commandUuid = report.commandUuid;
    unmatched.status = report.statusText;
    unmatched.reason = reason;
    unmatched.report = report.raw;
    return m_delivery.recordUnmatchedReport(unmatched).map([](const UnmatchedReport &) {});
}

Result<CommandQueue::ReportOutcome> CommandQueue::recordReport(const QString &enrollmentId,
                                                               const CommandReport &report)
{
    Session &s = session(enrollmentId);
    s.lastWasNotNow = false;
    if (!report.commandUuid.isEmpty())
        s.seen.insert(report.commandUuid);
    ReportOutcome outcome;
    if (report.isUsable() && report.status == CommandReport::Status::Idle)
        return outcome;

    const auto unmatched = [&](const QString &reason) -> Result<ReportOutcome> {
        if (Result<void> kept = keepUnmatched(enrollmentId, report, reason); !kept)
            return fail(kept.error());
        outcome.unmatched = true;
        return outcome;
    };
    if (!report.isUsable())
        return unmatched(report.problem);

    Result<std::optional<Command>> found = m_commands.find(report.commandUuid);
    if (!found)
        return fail(found.error());
    if (!*found)
        return unmatched(u"unknown command"_s);
    const Command &command = **found;
    if (command.enrollmentId != enrollmentId)
        return unmatched(u"the command belongs to another channel"_s);
    if (isFinal(command.state))
        return unmatched(u"the command is already %1"_s.arg(commandStateName(command.state)));

    CommandRepository::Changes changes;
    CommandState to = CommandState::Acknowledged;
    switch (*report.status) {
    case CommandReport::Status::Idle:
        return outcome;
    case CommandReport::Status::Acknowledged:
        to = CommandState::Acknowledged;
        break;
    case CommandReport::Status::Error:
        to = CommandState::Error;
        break;
    case CommandReport::Status::CommandFormatError:
        to = CommandState::CommandFormatError;
        break;
    case CommandReport::Status::NotNow:
        to = CommandState::NotNow;
        break;
    }
    if (to == CommandState::NotNow) {
        // The device keeps no copy: it gets the command again in a later session, not before
        // the backoff.
        changes.nextAttemptAt = m_clock.now().addMSecs(notNowBackoffMs(command.notNowCount + 1));
        s.lastWasNotNow = true;
    } else {
        changes.result = report.raw;
        if (!report.errorChain.isEmpty())
            changes.errorChain = CommandReport::errorChainText(report.errorChain);
    }
    Result<Command> moved = m_commands.transition(command.uuid, unfinishedStates(), to, changes);
    if (!moved) {
        // Finished by someone else between the read and the write (cancelled from the console).
        if (moved.error().code == Error::Code::Conflict)
            return unmatched(u"the command finished meanwhile"_s);
        return fail(moved.error());
    }
    outcome.changedCommands.append(moved->uuid);
    if (isFinal(moved->state))
        outcome.finished = std::move(*moved);
    return outcome;
}

Result<CommandQueue::Delivery> CommandQueue::deliverNext(const QString &enrollmentId)
{
    Session &s = session(enrollmentId);
    const QDateTime now = m_clock.now();
    Delivery delivery;
    // Each round either hands a command out or adds one to `seen`, so this ends; the bound only
    // guards against a store that keeps changing under us.
    for (int round = 0; round < 32; ++round) {
        Result<std::optional<QString>> next = m_delivery.nextDeliverable(
            enrollmentId, now, s.seen.values());
        if (!next)
            return fail(next.error());
        if (!*next)
            break;
        s.seen.insert(**next);
        Result<Command> sent = m_commands.transition(
            **next,
            {CommandState::Queued, CommandState::Pushed, CommandState::NotNow, CommandState::Sent},
            CommandState::Sent);
        if (!sent) {
            if (sent.error().code == Error::Code::Conflict)
                continue;
            return fail(sent.error());
        }
        delivery.changedCommands.append(sent->uuid);
        delivery.command = std::move(*sent);
        return delivery;
    }

    // The session ends. After a NotNow as the last answer the device comes back by itself when
    // it can; otherwise nothing would bring a NotNow'd command out again, so ask for a push.
    const bool lastWasNotNow = s.lastWasNotNow;
    m_sessions.remove(enrollmentId);
    if (!lastWasNotNow) {
        Result<std::optional<QDateTime>> waiting = m_delivery.nextNotNowAttempt(enrollmentId, now);
        if (!waiting)
            return fail(waiting.error());
        if (*waiting)
            delivery.pushAt = qMax(**waiting, now);
    }
    return delivery;
}

} // namespace Espalier
