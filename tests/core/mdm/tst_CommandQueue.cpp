// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"
#include "core/mdm/CommandQueue.h"
#include "core/mdm/CommandReport.h"
#include "core/plist/Plist.h"
#include "core/store/AuditLog.h"
#include "core/store/CommandDeliveryRepository.h"
#include "core/store/CommandRepository.h"
#include "core/store/Database.h"
#include "core/store/EnrollmentRepository.h"
#include "tests/core/mdm/MdmTestSupport.h"
#include "tests/support/TestHelpers.h"
#include "tests/support/TestSecretBox.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;
using namespace MdmTestSupport;

namespace Espalier {

char *toString(CommandState state)
{
    return qstrdup(qPrintable(commandStateName(state)));
}

} // namespace Espalier

namespace {

const QDateTime s_start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
const QString s_phone = u"UDID-PHONE"_s;
const QString s_mac = u"UDID-MAC"_s;

MdmCommand deviceInformation()
{
    return MdmCommand{u"DeviceInformation"_s,
                      {{u"Queries"_s, QStringList{u"DeviceName"_s, u"OSVersion"_s}}}};
}

MdmCommand simple(const QString &requestType)
{
    return MdmCommand{requestType, {}};
}

CommandReport report(const QString &udid,
                     const QString &status,
                     const QString &uuid = {},
                     const QVariantMap &extra = {})
{
    QVariantMap dict = extra;
    dict.insert(u"UDID"_s, udid);
    dict.insert(u"Status"_s, status);
    if (!uuid.isEmpty())
        dict.insert(u"CommandUUID"_s, uuid);
    Result<CommandReport> parsed = CommandReport::parse(xml(dict));
    Q_ASSERT(parsed);
    return *parsed;
}

} // namespace

class tst_CommandQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock.setNow(s_start);
        auto opened = Database::openWriter(m_dir->filePath(u"store.sqlite"_s));
        QVERIFY_RESULT(opened);
        m_db = std::move(*opened);
        m_queue = std::make_unique<CommandQueue>(*m_db, m_clock);
        m_commands = std::make_unique<CommandRepository>(*m_db, m_clock);
        m_delivery = std::make_unique<CommandDeliveryRepository>(*m_db, m_clock);
        m_audit = std::make_unique<AuditLog>(*m_db, m_clock);
        EnrollmentRepository enrollments(*m_db, m_clock, &Testing::testTokenBox());
        for (const QString &id : {s_phone, s_mac}) {
            Enrollment e;
            e.id = id;
            e.topic = Topic;
            QVERIFY_RESULT(enrollments.recordAuthenticate(e));
        }
        Enrollment user;
        user.id = s_mac + u":USER"_s;
        user.type = EnrollmentType::User;
        user.parentId = s_mac;
        user.topic = Topic;
        user.pushTokenHex = u"abcd"_s;
        user.pushMagic = u"magic"_s;
        QVERIFY_RESULT(enrollments.recordTokenUpdate(user));
    }

    void cleanup()
    {
        m_audit.reset();
        m_delivery.reset();
        m_commands.reset();
        m_queue.reset();
        m_db.reset();
        m_dir.reset();
    }

    void enqueueWritesCommandsAndAudit()
    {
        const auto uuids = m_queue->enqueue(
            {s_phone, s_mac, s_phone}, deviceInformation(), u"admin"_s);
        QVERIFY_RESULT(uuids);
        QCOMPARE(uuids->size(), 2); // the duplicate target is queued once
        for (int i = 0; i < 2; ++i) {
            const auto command = m_commands->find(uuids->at(i));
            QVERIFY_RESULT(command);
            QVERIFY(command->has_value());
            const Command &c = **command;
            QCOMPARE(c.enrollmentId, i == 0 ? s_phone : s_mac);
            QCOMPARE(c.state, CommandState::Queued);
            QCOMPARE(c.createdBy, u"admin"_s);
            QCOMPARE(c.expiresAt, s_start.addDays(CommandQueue::DefaultLifetimeDays));
            // The exact bytes the device will get: {CommandUUID, Command: {RequestType, ...}}.
            const Result<QVariant> payload = Plist::parse(c.payload);
            QVERIFY_RESULT(payload);
            const QVariantMap root = payload->toMap();
            QCOMPARE(root.value(u"CommandUUID"_s).toString(), c.uuid);
            const QVariantMap body = root.value(u"Command"_s).toMap();
            QCOMPARE(body.value(u"RequestType"_s).toString(), u"DeviceInformation"_s);
            QCOMPARE(body.value(u"Queries"_s).toList().size(), 2);
            QVERIFY(c.payload.startsWith("<?xml"));
        }
        AuditLog::Filter filter;
        filter.action = u"command.queued"_s;
        const auto entries = m_audit->list(filter);
        QVERIFY_RESULT(entries);
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).actor, u"admin"_s);
        QCOMPARE(entries->at(0).target, s_phone);
        QCOMPARE(entries->at(0).detail, u"DeviceInformation "_s + uuids->at(0));
    }

    // One unknown target fails the whole call; nothing is queued or audited.
    void enqueueIsAllOrNothing()
    {
        const QStringList before = dumpStore(*m_db);
        const auto audit = m_audit->list();
        QVERIFY_RESULT(audit);
        QVERIFY_FAILS_WITH(
            m_queue->enqueue({s_phone, u"UDID-UNKNOWN"_s}, deviceInformation(), u"admin"_s),
            Error::Code::NotFound);
        QCOMPARE(dumpStore(*m_db), before);
        const auto after = m_audit->list();
        QVERIFY_RESULT(after);
        QCOMPARE(after->size(), audit->size());
    }

    void enqueueRefusesBadInput()
    {
        const QStringList before = dumpStore(*m_db);
        QVERIFY_FAILS_WITH(m_queue->enqueue({}, deviceInformation(), u"admin"_s),
                           Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(m_queue->enqueue({s_phone}, deviceInformation(), {}),
                           Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(m_queue->enqueue({s_phone}, simple({}), u"admin"_s),
                           Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(
            m_queue->enqueue({s_phone},
                             MdmCommand{u"Settings"_s, {{u"RequestType"_s, u"DeviceLock"_s}}},
                             u"admin"_s),
            Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(m_queue->enqueue({s_phone},
                                            MdmCommand{u"Settings"_s, {{u"Bad"_s, QVariant()}}},
                                            u"admin"_s),
                           Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(
            m_queue->enqueue({s_phone}, deviceInformation(), u"admin"_s, s_start.addSecs(-1)),
            Error::Code::InvalidInput);
        QCOMPARE(dumpStore(*m_db), before);
    }

    void enqueueRefusesCheckedOut()
    {
        EnrollmentRepository enrollments(*m_db, m_clock, &Testing::testTokenBox());
        QVERIFY_RESULT(enrollments.checkOut(s_phone));
        QVERIFY_FAILS_WITH(m_queue->enqueue({s_phone}, deviceInformation(), u"admin"_s),
                           Error::Code::Conflict);
    }

    void expiryCanBeTurnedOff()
    {
        const auto uuids = m_queue->enqueue(
            {s_phone}, deviceInformation(), u"admin"_s, QDateTime());
        QVERIFY_RESULT(uuids);
        const auto command = m_commands->find(uuids->constFirst());
        QVERIFY_RESULT(command);
        QVERIFY(!(*command)->expiresAt.isValid());
    }

    void fullCycleQueuedSentAcknowledged()
    {
        const auto uuids = m_queue->enqueue({s_phone}, deviceInformation(), u"admin"_s);
        QVERIFY_RESULT(uuids);
        const QString uuid = uuids->constFirst();

        auto outcome = m_queue->recordReport(s_phone, report(s_phone, u"Idle"_s));
        QVERIFY_RESULT(outcome);
        QVERIFY(!outcome->finished);
        auto delivery = m_queue->deliverNext(s_phone);
        QVERIFY_RESULT(delivery);
        QVERIFY(delivery->command.has_value());
        QCOMPARE(delivery->command->uuid, uuid);
        QCOMPARE(delivery->command->state, CommandState::Sent);
        QCOMPARE(delivery->command->attempts, 1);
        const auto stored = m_commands->find(uuid);
        QVERIFY_RESULT(stored);
        QCOMPARE(delivery->command->payload, (*stored)->payload);

        m_clock.advance(1500);
        const CommandReport ack = report(
            s_phone,
            u"Acknowledged"_s,
            uuid,
            {{u"QueryResponses"_s, QVariantMap{{u"DeviceName"_s, u"Phone"_s}}}});
        outcome = m_queue->recordReport(s_phone, ack);
        QVERIFY_RESULT(outcome);
        QVERIFY(outcome->finished.has_value());
        QCOMPARE(outcome->finished->state, CommandState::Acknowledged);
        QCOMPARE(outcome->finished->result, ack.raw);
        QCOMPARE(outcome->finished->completedAt, s_start.addMSecs(1500));
        QVERIFY(outcome->finished->errorChain.isEmpty());

        delivery = m_queue->deliverNext(s_phone);
        QVERIFY_RESULT(delivery);
        QVERIFY(!delivery->command.has_value());
        QVERIFY(!delivery->pushAt.isValid());
    }

    void deliversOldestFirstPerChannel()
    {
        const auto first = m_queue->enqueue({s_phone}, simple(u"SecurityInfo"_s), u"admin"_s);
        const auto other = m_queue->enqueue({s_mac}, simple(u"ProfileList"_s), u"admin"_s);
        const auto second = m_queue->enqueue({s_phone}, simple(u"ProfileList"_s), u"admin"_s);
        QVERIFY_RESULT(first);
        QVERIFY_RESULT(other);
        QVERIFY_RESULT(second);
        QCOMPARE(nextUuid(s_phone), first->constFirst());
        QVERIFY_RESULT(m_queue->recordReport(
            s_phone, report(s_phone, u"Acknowledged"_s, first->constFirst())));
        QCOMPARE(nextUuid(s_phone), second->constFirst());
        QVERIFY_RESULT(m_queue->recordReport(
            s_phone, report(s_phone, u"Acknowledged"_s, second->constFirst())));
        QCOMPARE(nextUuid(s_phone), QString());
        QCOMPARE(nextUuid(s_mac), other->constFirst());
    }

    void errorAndCommandFormatErrorAreFinal_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<CommandState>("state");
        QTest::addColumn<QString>("chain");
        QTest::newRow("Error") << u"reports/error-installprofile.plist"_s << CommandState::Error
                               << u"MCInstallationErrorDomain 4001: Profile Installation Failed"_s;
        QTest::newRow("CommandFormatError")
            << u"reports/commandformaterror.plist"_s << CommandState::CommandFormatError
            << u"MCMDMErrorDomain 12021: Unknown command"_s;
    }

    void errorAndCommandFormatErrorAreFinal()
    {
        QFETCH(QString, file);
        QFETCH(CommandState, state);
        QFETCH(QString, chain);
        const auto uuids = m_queue->enqueue({s_phone}, simple(u"InstallProfile"_s), u"admin"_s);
        QVERIFY_RESULT(uuids);
        QCOMPARE(nextUuid(s_phone), uuids->constFirst());
        const Result<CommandReport> failed = CommandReport::parse(
            patched(file, {{u"CommandUUID"_s, uuids->constFirst()}, {u"UDID"_s, s_phone}}));
        QVERIFY_RESULT(failed);
        const auto outcome = m_queue->recordReport(s_phone, *failed);
        QVERIFY_RESULT(outcome);
        QVERIFY(outcome->finished.has_value());
        QCOMPARE(outcome->finished->state, state);
        QVERIFY(outcome->finished->errorChain.startsWith(chain));
        QCOMPARE(outcome->finished->result, failed->raw);
        // Final: the device's next Idle gets nothing.
        QCOMPARE(nextUuid(s_phone), QString());
    }

    // NotNow: never handed back in the same session; eligible again in the next session once
    // its backoff has passed; counted.
    void notNowWaitsForTheNextSession()
    {
        const auto a = m_queue->enqueue({s_phone}, simple(u"InstalledApplicationList"_s), u"a"_s);
        const auto b = m_queue->enqueue({s_phone}, simple(u"SecurityInfo"_s), u"a"_s);
        QVERIFY_RESULT(a);
        QVERIFY_RESULT(b);
        const QString first = a->constFirst();
        const QString second = b->constFirst();

        // Session 1: A -> NotNow, B handed out instead, B acknowledged, A not again.
        QCOMPARE(nextUuid(s_phone), first);
        QVERIFY_RESULT(m_queue->recordReport(s_phone, report(s_phone, u"NotNow"_s, first)));
        auto stored = m_commands->find(first);
        QVERIFY_RESULT(stored);
        QCOMPARE((*stored)->state, CommandState::NotNow);
        QCOMPARE((*stored)->notNowCount, 1);
        QCOMPARE((*stored)->nextAttemptAt, s_start.addMSecs(CommandQueue::notNowBackoffMs(1)));
        QCOMPARE(nextUuid(s_phone), second);
        // Even once the backoff has passed, this session does not see A again.
        m_clock.advance(CommandQueue::FirstNotNowBackoffMs + 1);
        QVERIFY_RESULT(m_queue->recordReport(s_phone, report(s_phone, u"Acknowledged"_s, second)));
        auto end = m_queue->deliverNext(s_phone);
        QVERIFY_RESULT(end);
        QVERIFY(!end->command.has_value());
        // The last answer was not NotNow, so the device will not come back by itself: push.
        QCOMPARE(end->pushAt, m_clock.now());

        // Session 2: A again, byte for byte, and this time it works.
        QVERIFY_RESULT(m_queue->recordReport(s_phone, report(s_phone, u"Idle"_s)));
        auto again = m_queue->deliverNext(s_phone);
        QVERIFY_RESULT(again);
        QVERIFY(again->command.has_value());
        QCOMPARE(again->command->uuid, first);
        QCOMPARE(again->command->payload, (*stored)->payload);
        QCOMPARE(again->command->attempts, 2);
        const auto done = m_queue->recordReport(s_phone, report(s_phone, u"Acknowledged"_s, first));
        QVERIFY_RESULT(done);
        QCOMPARE(done->finished->state, CommandState::Acknowledged);
        QCOMPARE(done->finished->notNowCount, 1);
    }

    // A device that answers NotNow to everything gets each command once per session, and
    // then an empty answer: no loop.
    void notNowNeverLoopsWithinASession()
    {
        QStringList queued;
        for (const QString &type : {u"A"_s, u"B"_s, u"C"_s}) {
            const auto uuids = m_queue->enqueue({s_phone}, simple(type), u"admin"_s);
            QVERIFY_RESULT(uuids);
            queued.append(uuids->constFirst());
        }
        QStringList handedOut;
        QVERIFY_RESULT(m_queue->recordReport(s_phone, report(s_phone, u"Idle"_s)));
        for (int request = 0; request < 10; ++request) {
            auto delivery = m_queue->deliverNext(s_phone);
            QVERIFY_RESULT(delivery);
            if (!delivery->command) {
                // NotNow was the last answer: the device returns by itself, no push needed.
                QVERIFY(!delivery->pushAt.isValid());
                break;
            }
            handedOut.append(delivery->command->uuid);
            // Past every backoff, within the session: time alone never brings one back.
            m_clock.advance(qint64{60} * 1000);
            QVERIFY_RESULT(m_queue->recordReport(
                s_phone, report(s_phone, u"NotNow"_s, delivery->command->uuid)));
        }
        QCOMPARE(handedOut, queued);

        // A new session that starts right away still gets nothing the backoff holds back.
        QVERIFY_RESULT(m_queue->recordReport(s_phone, report(s_phone, u"Idle"_s)));
        const QString next = nextUuid(s_phone);
        // C was NotNow'd last, at the current time; A and B waited long enough.
        QCOMPARE(next, queued.at(0));
    }

    void backoffGrowsAndIsCapped()
    {
        QCOMPARE(CommandQueue::notNowBackoffMs(1), CommandQueue::FirstNotNowBackoffMs);
        QCOMPARE(CommandQueue::notNowBackoffMs(2), 2 * CommandQueue::FirstNotNowBackoffMs);
        QCOMPARE(CommandQueue::notNowBackoffMs(3), 4 * CommandQueue::FirstNotNowBackoffMs);
        QCOMPARE(CommandQueue::notNowBackoffMs(1000), CommandQueue::MaxNotNowBackoffMs);
    }

    // A session the device abandoned (no empty answer) is forgotten after its timeout.
    void abandonedSessionsExpire()
    {
        const auto uuids = m_queue->enqueue({s_phone}, simple(u"SecurityInfo"_s), u"admin"_s);
        QVERIFY_RESULT(uuids);
        QCOMPARE(nextUuid(s_phone), uuids->constFirst());
        QVERIFY_RESULT(
            m_queue->recordReport(s_phone, report(s_phone, u"NotNow"_s, uuids->constFirst())));
        m_clock.advance(CommandQueue::SessionTimeoutMs - 1);
        QCOMPARE(nextUuid(s_phone), QString()); // still the same session
        // deliverNext ended that session; start one and abandon it without the empty answer.
        QVERIFY_RESULT(m_queue->recordReport(s_phone, report(s_phone, u"Idle"_s)));
        m_clock.advance(CommandQueue::SessionTimeoutMs + 1);
        QCOMPARE(nextUuid(s_phone), uuids->constFirst());
    }

    // A Sent command without a report never reached the device; the next session hands it
    // out again, identical.
    void sentWithoutReportIsSentAgainNextSession()
    {
        const auto uuids = m_queue->enqueue({s_phone}, deviceInformation(), u"admin"_s);
        QVERIFY_RESULT(uuids);
        QCOMPARE(nextUuid(s_phone), uuids->constFirst());
        // The device says Idle instead of reporting, in the same session: not again now.
        QVERIFY_RESULT(m_queue->recordReport(s_phone, report(s_phone, u"Idle"_s)));
        QCOMPARE(nextUuid(s_phone), QString());
        // Next session.
        QCOMPARE(nextUuid(s_phone), uuids->constFirst());
    }

    void unmatchedReportsAreKept_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("unknown") << u"unknown"_s;
        QTest::newRow("finished") << u"finished"_s;
        QTest::newRow("other channel") << u"other"_s;
        QTest::newRow("no status") << u"nostatus"_s;
    }

    void unmatchedReportsAreKept()
    {
        QFETCH(QString, kind);
        const auto mine = m_queue->enqueue({s_phone}, simple(u"SecurityInfo"_s), u"admin"_s);
        const auto theirs = m_queue->enqueue({s_mac}, simple(u"SecurityInfo"_s), u"admin"_s);
        QVERIFY_RESULT(mine);
        QVERIFY_RESULT(theirs);
        QString uuid = u"F0F0F0F0-0000-4000-8000-000000000000"_s;
        QString status = u"Acknowledged"_s;
        if (kind == u"finished"_s) {
            uuid = mine->constFirst();
            QVERIFY_RESULT(m_queue->cancel(uuid, u"admin"_s));
        } else if (kind == u"other"_s) {
            uuid = theirs->constFirst();
        } else if (kind == u"nostatus"_s) {
            uuid = mine->constFirst();
            status = u"Finished"_s;
        }
        const CommandReport stray = report(s_phone, status, uuid);
        const QList<Command> before = all();
        const auto outcome = m_queue->recordReport(s_phone, stray);
        QVERIFY_RESULT(outcome);
        QVERIFY(outcome->unmatched);
        QVERIFY(!outcome->finished);
        QCOMPARE(all().size(), before.size());
        for (int i = 0; i < before.size(); ++i)
            QCOMPARE(all().at(i).state, before.at(i).state);
        const auto kept = m_delivery->unmatchedReports(s_phone);
        QVERIFY_RESULT(kept);
        QCOMPARE(kept->size(), 1);
        QCOMPARE(kept->constFirst().commandUuid, uuid);
        QCOMPARE(kept->constFirst().status, status);
        QCOMPARE(kept->constFirst().report, stray.raw);
        QCOMPARE(kept->constFirst().receivedAt, s_start);
        QVERIFY(!kept->constFirst().reason.isEmpty());
    }

    void unmatchedReportsAreBounded()
    {
        for (int i = 0; i < CommandDeliveryRepository::MaxUnmatchedReportsPerEnrollment + 5; ++i) {
            QVERIFY_RESULT(m_queue->recordReport(
                s_phone, report(s_phone, u"Acknowledged"_s, u"UNKNOWN-%1"_s.arg(i))));
        }
        const auto kept = m_delivery->unmatchedReports(s_phone);
        QVERIFY_RESULT(kept);
        QCOMPARE(kept->size(), CommandDeliveryRepository::MaxUnmatchedReportsPerEnrollment);
        QCOMPARE(kept->constFirst().commandUuid, u"UNKNOWN-5"_s);
    }

    void cancel()
    {
        const auto uuids = m_queue->enqueue({s_phone}, simple(u"SecurityInfo"_s), u"admin"_s);
        QVERIFY_RESULT(uuids);
        const auto cancelled = m_queue->cancel(uuids->constFirst(), u"helpdesk"_s);
        QVERIFY_RESULT(cancelled);
        QCOMPARE(cancelled->state, CommandState::Cancelled);
        QCOMPARE(nextUuid(s_phone), QString());
        QVERIFY_FAILS_WITH(m_queue->cancel(uuids->constFirst(), u"helpdesk"_s),
                           Error::Code::Conflict);
        QVERIFY_FAILS_WITH(m_queue->cancel(u"NOPE"_s, u"helpdesk"_s), Error::Code::NotFound);
        AuditLog::Filter filter;
        filter.action = u"command.cancelled"_s;
        const auto entries = m_audit->list(filter);
        QVERIFY_RESULT(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->constFirst().actor, u"helpdesk"_s);
    }

    void retryQueuesANewCommand()
    {
        const auto uuids = m_queue->enqueue({s_phone}, deviceInformation(), u"admin"_s);
        QVERIFY_RESULT(uuids);
        const QString original = uuids->constFirst();
        QVERIFY_FAILS_WITH(m_queue->retry(original, u"admin"_s), Error::Code::Conflict);
        QCOMPARE(nextUuid(s_phone), original);
        QVERIFY_RESULT(m_queue->recordReport(s_phone, report(s_phone, u"Error"_s, original)));

        m_clock.advance(60000);
        const auto retried = m_queue->retry(original, u"helpdesk"_s);
        QVERIFY_RESULT(retried);
        QVERIFY(*retried != original);
        const auto link = m_delivery->retryOf(*retried);
        QVERIFY_RESULT(link);
        QCOMPARE(*link, original);
        const auto command = m_commands->find(*retried);
        QVERIFY_RESULT(command);
        QCOMPARE((*command)->state, CommandState::Queued);
        QCOMPARE((*command)->createdBy, u"helpdesk"_s);
        const Result<QVariant> payload = Plist::parse((*command)->payload);
        QVERIFY_RESULT(payload);
        QCOMPARE(payload->toMap().value(u"CommandUUID"_s).toString(), *retried);
        const auto old = m_commands->find(original);
        QVERIFY_RESULT(old);
        const Result<QVariant> oldPayload = Plist::parse((*old)->payload);
        QVERIFY_RESULT(oldPayload);
        QCOMPARE(payload->toMap().value(u"Command"_s), oldPayload->toMap().value(u"Command"_s));
        QCOMPARE(nextUuid(s_phone), *retried);

        // An acknowledged command is not retried.
        QVERIFY_RESULT(
            m_queue->recordReport(s_phone, report(s_phone, u"Acknowledged"_s, *retried)));
        QVERIFY_FAILS_WITH(m_queue->retry(*retried, u"helpdesk"_s), Error::Code::Conflict);
        QVERIFY_FAILS_WITH(m_queue->retry(u"NOPE"_s, u"helpdesk"_s), Error::Code::NotFound);
    }

    void expireDue()
    {
        const auto soon = m_queue->enqueue(
            {s_phone}, simple(u"SecurityInfo"_s), u"admin"_s, s_start.addSecs(60));
        const auto later = m_queue->enqueue({s_phone}, simple(u"ProfileList"_s), u"admin"_s);
        QVERIFY_RESULT(soon);
        QVERIFY_RESULT(later);
        m_clock.advance(61000);
        // Not deliverable once due, even before it is marked.
        QCOMPARE(nextUuid(s_phone), later->constFirst());
        const auto expired = m_queue->expireDue();
        QVERIFY_RESULT(expired);
        QCOMPARE(*expired, *soon);
        const auto command = m_commands->find(soon->constFirst());
        QVERIFY_RESULT(command);
        QCOMPARE((*command)->state, CommandState::Expired);
        QCOMPARE((*command)->completedAt, m_clock.now());
        AuditLog::Filter filter;
        filter.action = u"command.expired"_s;
        const auto entries = m_audit->list(filter);
        QVERIFY_RESULT(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->constFirst().actor, CommandQueue::engineActor());
        // Nothing left to expire.
        const auto again = m_queue->expireDue();
        QVERIFY_RESULT(again);
        QVERIFY(again->isEmpty());
        // An expired command may be retried.
        QVERIFY_RESULT(m_queue->retry(soon->constFirst(), u"admin"_s));
    }

    // Re-enrollment: the device's and its users' unfinished commands are cancelled, with one
    // audit entry.
    void clearCancelsDeviceAndUserChannels()
    {
        const auto device = m_queue->enqueue({s_mac}, simple(u"SecurityInfo"_s), u"admin"_s);
        const auto user = m_queue->enqueue(
            {s_mac + u":USER"_s}, simple(u"ProfileList"_s), u"admin"_s);
        const auto phone = m_queue->enqueue({s_phone}, simple(u"SecurityInfo"_s), u"admin"_s);
        QVERIFY_RESULT(device);
        QVERIFY_RESULT(user);
        QVERIFY_RESULT(phone);
        const auto cleared = m_queue->clear(s_mac, u"device:"_s + s_mac);
        QVERIFY_RESULT(cleared);
        QCOMPARE(*cleared, QStringList({device->constFirst(), user->constFirst()}));
        QCOMPARE(nextUuid(s_mac), QString());
        QCOMPARE(nextUuid(s_phone), phone->constFirst());
        AuditLog::Filter filter;
        filter.action = u"mdm.queue-cleared"_s;
        const auto entries = m_audit->list(filter);
        QVERIFY_RESULT(entries);
        QCOMPARE(entries->size(), 1);
        // Nothing to clear: no entry.
        QVERIFY_RESULT(m_queue->clear(s_mac, u"device:"_s + s_mac));
        const auto again = m_audit->list(filter);
        QVERIFY_RESULT(again);
        QCOMPARE(again->size(), 1);
    }

private:
    // The uuid deliverNext hands out to the enrollment, or empty when the session ends.
    QString nextUuid(const QString &enrollmentId)
    {
        const auto delivery = m_queue->deliverNext(enrollmentId);
        if (!delivery)
            return u"error: "_s + delivery.error().toString();
        return delivery->command ? delivery->command->uuid : QString();
    }

    QList<Command> all()
    {
        const auto commands = m_commands->listAll();
        return commands ? *commands : QList<Command>();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{s_start};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CommandQueue> m_queue;
    std::unique_ptr<CommandRepository> m_commands;
    std::unique_ptr<CommandDeliveryRepository> m_delivery;
    std::unique_ptr<AuditLog> m_audit;
};

QTEST_GUILESS_MAIN(tst_CommandQueue)
#include "tst_CommandQueue.moc"
