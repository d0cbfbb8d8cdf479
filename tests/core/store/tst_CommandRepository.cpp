// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"
#include "core/store/AuditLog.h"
#include "core/store/CommandRepository.h"
#include "core/store/Database.h"
#include "core/store/EnrollmentRepository.h"
#include "tests/support/TestHelpers.h"
#include "tests/support/TestSecretBox.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(Espalier::CommandState)

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace Espalier {

char *toString(CommandState state)
{
    return qstrdup(qPrintable(commandStateName(state)));
}

} // namespace Espalier

namespace {

const QDateTime s_start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

Command command(const QString &uuid, const QString &enrollment = u"UDID-A"_s)
{
    Command c;
    c.uuid = uuid;
    c.enrollmentId = enrollment;
    c.requestType = u"DeviceInformation"_s;
    c.payload = "<plist>" + uuid.toUtf8() + "</plist>";
    c.createdBy = u"admin"_s;
    return c;
}

} // namespace

class tst_CommandRepository : public QObject
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
        m_commands = std::make_unique<CommandRepository>(*m_db, m_clock);

        EnrollmentRepository enrollments(*m_db, m_clock, &Testing::testTokenBox());
        for (const QString &id : {u"UDID-A"_s, u"UDID-B"_s}) {
            Enrollment e;
            e.id = id;
            e.topic = u"com.apple.mgmt.External.x"_s;
            e.pushTokenHex = u"abcd"_s;
            e.pushMagic = u"magic"_s;
            QVERIFY_RESULT(enrollments.recordTokenUpdate(e));
        }
        Enrollment user;
        user.id = u"UDID-A:USER"_s;
        user.type = EnrollmentType::User;
        user.parentId = u"UDID-A"_s;
        user.topic = u"com.apple.mgmt.External.x"_s;
        user.pushTokenHex = u"ef01"_s;
        user.pushMagic = u"magic-user"_s;
        QVERIFY_RESULT(enrollments.recordTokenUpdate(user));
    }

    void cleanup()
    {
        m_commands.reset();
        m_db.reset();
        m_dir.reset();
    }

    void statesHaveStableValuesAndNames_data()
    {
        QTest::addColumn<CommandState>("state");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("final");
        QTest::newRow("queued") << CommandState::Queued << 0 << u"queued"_s << false;
        QTest::newRow("pushed") << CommandState::Pushed << 1 << u"pushed"_s << false;
        QTest::newRow("sent") << CommandState::Sent << 2 << u"sent"_s << false;
        QTest::newRow("acknowledged")
            << CommandState::Acknowledged << 3 << u"acknowledged"_s << true;
        QTest::newRow("error") << CommandState::Error << 4 << u"error"_s << true;
        QTest::newRow("format") << CommandState::CommandFormatError << 5
                                << u"command-format-error"_s << true;
        QTest::newRow("not now") << CommandState::NotNow << 6 << u"not-now"_s << false;
        QTest::newRow("expired") << CommandState::Expired << 7 << u"expired"_s << true;
        QTest::newRow("cancelled") << CommandState::Cancelled << 8 << u"cancelled"_s << true;
    }

    void statesHaveStableValuesAndNames()
    {
        QFETCH(CommandState, state);
        QFETCH(int, value);
        QFETCH(QString, name);
        QFETCH(bool, final);
        QCOMPARE(static_cast<int>(state), value);
        QCOMPARE(commandStateName(state), name);
        QCOMPARE(commandStateFromName(name), std::optional(state));
        QCOMPARE(commandStateFromValue(value), std::optional(state));
        QCOMPARE(isFinal(state), final);
    }

    void unknownStatesAreRejected()
    {
        QCOMPARE(commandStateFromValue(9), std::optional<CommandState>());
        QCOMPARE(commandStateFromValue(-1), std::optional<CommandState>());
        QCOMPARE(commandStateFromName(u"Queued"), std::optional<CommandState>());

        QVERIFY_RESULT(m_commands->insert(command(u"CMD-1"_s)));
        QVERIFY_RESULT(m_db->transaction(
            [&] { return m_db->exec(u"UPDATE commands SET state = 42 WHERE uuid = 'CMD-1'"_s); }));
        QVERIFY_FAILS_WITH(m_commands->find(u"CMD-1"_s), Error::Code::Database);
    }

    void insertQueuesAtTheEndOfTheFifo()
    {
        Command first = command(u"CMD-1"_s);
        first.state = CommandState::Acknowledged; // ignored: a new command is Queued
        first.attempts = 7;
        const Result<Command> a = m_commands->insert(first);
        QVERIFY_RESULT(a);
        QCOMPARE(a->state, CommandState::Queued);
        QCOMPARE(a->attempts, 0);
        QCOMPARE(a->createdAt, s_start);
        QCOMPARE(a->updatedAt, s_start);
        QCOMPARE(a->nextAttemptAt, s_start);
        QVERIFY(!a->expiresAt.isValid());
        QVERIFY(!a->completedAt.isValid());

        const Result<Command> b = m_commands->insert(command(u"CMD-2"_s, u"UDID-B"_s));
        QVERIFY_RESULT(b);
        const Result<Command> c = m_commands->insert(command(u"CMD-3"_s));
        QVERIFY_RESULT(c);
        QVERIFY(a->sequence < b->sequence);
        QVERIFY(b->sequence < c->sequence);

        const auto stored = m_commands->find(u"CMD-1"_s);
        QVERIFY_RESULT(stored);
        QVERIFY(stored->has_value());
        QCOMPARE((*stored)->payload, first.payload);
        QCOMPARE((*stored)->requestType, u"DeviceInformation"_s);
        QCOMPARE((*stored)->createdBy, u"admin"_s);
        QCOMPARE((*stored)->sequence, a->sequence);

        const auto forA = m_commands->listForEnrollment(u"UDID-A"_s);
        QVERIFY_RESULT(forA);
        QCOMPARE(forA->size(), 2);
        QCOMPARE(forA->at(0).uuid, u"CMD-1"_s);
        QCOMPARE(forA->at(1).uuid, u"CMD-3"_s);
    }

    void insertRejectsBadCommands()
    {
        QVERIFY_RESULT(m_commands->insert(command(u"CMD-1"_s)));
        QVERIFY_FAILS_WITH(m_commands->insert(command(u"CMD-1"_s)), Error::Code::Conflict);
        QVERIFY_FAILS_WITH(m_commands->insert(command(u"CMD-2"_s, u"NOT-ENROLLED"_s)),
                           Error::Code::NotFound);
        Command empty = command(u"CMD-3"_s);
        empty.payload.clear();
        QVERIFY_FAILS_WITH(m_commands->insert(empty), Error::Code::InvalidInput);
        Command anonymous = command(u"CMD-4"_s);
        anonymous.createdBy.clear();
        QVERIFY_FAILS_WITH(m_commands->insert(anonymous), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(m_commands->insert(command(QString())), Error::Code::InvalidInput);
        const auto all = m_commands->listAll();
        QVERIFY_RESULT(all);
        QCOMPARE(all->size(), 1);
    }

    void transitionsStampTheLifecycle()
    {
        QVERIFY_RESULT(m_commands->insert(command(u"CMD-1"_s)));
        m_clock.advance(1000);
        const Result<Command> pushed = m_commands->transition(
            u"CMD-1"_s, {CommandState::Queued}, CommandState::Pushed);
        QVERIFY_RESULT(pushed);
        QCOMPARE(pushed->state, CommandState::Pushed);
        QCOMPARE(pushed->pushedAt, s_start.addMSecs(1000));
        QCOMPARE(pushed->updatedAt, s_start.addMSecs(1000));

        m_clock.advance(1000);
        const Result<Command> sent = m_commands->transition(
            u"CMD-1"_s, {CommandState::Queued, CommandState::Pushed}, CommandState::Sent);
        QVERIFY_RESULT(sent);
        QCOMPARE(sent->sentAt, s_start.addMSecs(2000));
        QCOMPARE(sent->attempts, 1);
        QVERIFY(!sent->completedAt.isValid());

        m_clock.advance(1000);
        CommandRepository::Changes report;
        report.result = QByteArray("<plist>answer</plist>");
        const Result<Command> done = m_commands->transition(
            u"CMD-1"_s, {CommandState::Sent}, CommandState::Acknowledged, report);
        QVERIFY_RESULT(done);
        QCOMPARE(done->state, CommandState::Acknowledged);
        QCOMPARE(done->result, QByteArray("<plist>answer</plist>"));
        QCOMPARE(done->completedAt, s_start.addMSecs(3000));
        QCOMPARE(done->pushedAt, s_start.addMSecs(1000));
        QCOMPARE(done->attempts, 1);

        // An Error report keeps its chain.
        QVERIFY_RESULT(m_commands->insert(command(u"CMD-2"_s)));
        QVERIFY_RESULT(
            m_commands->transition(u"CMD-2"_s, {CommandState::Queued}, CommandState::Sent));
        CommandRepository::Changes failure;
        failure.errorChain = u"[{\"ErrorCode\":12021,\"ErrorDomain\":\"MCMDMErrorDomain\"}]"_s;
        const Result<Command> failed = m_commands->transition(
            u"CMD-2"_s, {CommandState::Sent}, CommandState::Error, failure);
        QVERIFY_RESULT(failed);
        QCOMPARE(failed->errorChain, *failure.errorChain);
        QVERIFY(failed->completedAt.isValid());
    }

    void transitionIsCompareAndSet()
    {
        QVERIFY_RESULT(m_commands->insert(command(u"CMD-1"_s)));
        QVERIFY_RESULT(
            m_commands->transition(u"CMD-1"_s, {CommandState::Queued}, CommandState::Pushed));

        // A second decider that still believes the command is Queued loses.
        const Result<Command> late = m_commands->transition(
            u"CMD-1"_s, {CommandState::Queued}, CommandState::Cancelled);
        QVERIFY_FAILS_WITH(late, Error::Code::Conflict);
        QVERIFY2(late.error().detail.contains(u"pushed"_s), qPrintable(late.error().detail));
        auto current = m_commands->find(u"CMD-1"_s);
        QVERIFY_RESULT(current);
        QCOMPARE((*current)->state, CommandState::Pushed);

        QVERIFY_RESULT(
            m_commands->transition(u"CMD-1"_s, {CommandState::Pushed}, CommandState::Sent));
        QVERIFY_RESULT(
            m_commands->transition(u"CMD-1"_s, {CommandState::Sent}, CommandState::Acknowledged));
        // Finished is finished: no unfinished state matches, and final states are no source.
        QVERIFY_FAILS_WITH(m_commands->transition(u"CMD-1"_s,
                                                  {CommandState::Queued,
                                                   CommandState::Pushed,
                                                   CommandState::Sent,
                                                   CommandState::NotNow},
                                                  CommandState::Cancelled),
                           Error::Code::Conflict);
        QVERIFY_FAILS_WITH(
            m_commands->transition(u"CMD-1"_s, {CommandState::Acknowledged}, CommandState::Queued),
            Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(m_commands->transition(u"CMD-1"_s, {}, CommandState::Queued),
                           Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(
            m_commands->transition(u"NOPE"_s, {CommandState::Queued}, CommandState::Pushed),
            Error::Code::NotFound);
        current = m_commands->find(u"CMD-1"_s);
        QVERIFY_RESULT(current);
        QCOMPARE((*current)->state, CommandState::Acknowledged);
    }

    void nextDeliverableIsTheOldestReadyCommand()
    {
        for (const QString &uuid : {u"CMD-1"_s, u"CMD-2"_s, u"CMD-3"_s})
            QVERIFY_RESULT(m_commands->insert(command(uuid)));
        QVERIFY_RESULT(m_commands->insert(command(u"CMD-B"_s, u"UDID-B"_s)));
        QCOMPARE(deliverable(u"UDID-A"_s, s_start), u"CMD-1"_s);
        QCOMPARE(deliverable(u"UDID-B"_s, s_start), u"CMD-B"_s);
        QCOMPARE(deliverable(u"UDID-A:USER"_s, s_start), QString());

        // Pushed still counts; Sent (waiting for the answer) does not.
        QVERIFY_RESULT(
            m_commands->transition(u"CMD-1"_s, {CommandState::Queued}, CommandState::Pushed));
        QCOMPARE(deliverable(u"UDID-A"_s, s_start), u"CMD-1"_s);
        QVERIFY_RESULT(
            m_commands->transition(u"CMD-1"_s, {CommandState::Pushed}, CommandState::Sent));
        QCOMPARE(deliverable(u"UDID-A"_s, s_start), u"CMD-2"_s);

        // NotNow with a backoff: later commands go first until the backoff ends, then the older
        // one is first again.
        CommandRepository::Changes backoff;
        backoff.nextAttemptAt = s_start.addSecs(60);
        const Result<Command> notNow = m_commands->transition(
            u"CMD-1"_s, {CommandState::Sent}, CommandState::NotNow, backoff);
        QVERIFY_RESULT(notNow);
        QCOMPARE(notNow->notNowCount, 1);
        QVERIFY(!notNow->completedAt.isValid());
        QCOMPARE(deliverable(u"UDID-A"_s, s_start), u"CMD-2"_s);
        QCOMPARE(deliverable(u"UDID-A"_s, s_start.addSecs(59)), u"CMD-2"_s);
        QCOMPARE(deliverable(u"UDID-A"_s, s_start.addSecs(60)), u"CMD-1"_s);

        // Finished commands never come back.
        for (const QString &uuid : {u"CMD-1"_s, u"CMD-2"_s, u"CMD-3"_s}) {
            QVERIFY_RESULT(m_commands->transition(
                uuid, {CommandState::Queued, CommandState::NotNow}, CommandState::Sent));
            QVERIFY_RESULT(
                m_commands->transition(uuid, {CommandState::Sent}, CommandState::Acknowledged));
        }
        QCOMPARE(deliverable(u"UDID-A"_s, s_start.addDays(1)), QString());
    }

    void expiredCommandsAreNotDelivered()
    {
        Command soon = command(u"CMD-1"_s);
        soon.expiresAt = s_start.addSecs(10);
        QVERIFY_RESULT(m_commands->insert(soon));
        QVERIFY_RESULT(m_commands->insert(command(u"CMD-2"_s)));
        Command later = command(u"CMD-3"_s);
        later.nextAttemptAt = s_start.addSecs(30); // scheduled
        QVERIFY_RESULT(m_commands->insert(later));

        QCOMPARE(deliverable(u"UDID-A"_s, s_start.addSecs(9)), u"CMD-1"_s);
        // Past its expiry it is skipped even before expireDue() has run.
        QCOMPARE(deliverable(u"UDID-A"_s, s_start.addSecs(10)), u"CMD-2"_s);

        const Result<QStringList> expired = m_commands->expireDue(s_start.addSecs(10));
        QVERIFY_RESULT(expired);
        QCOMPARE(*expired, QStringList{u"CMD-1"_s});
        const auto row = m_commands->find(u"CMD-1"_s);
        QVERIFY_RESULT(row);
        QCOMPARE((*row)->state, CommandState::Expired);
        QCOMPARE((*row)->completedAt, s_start.addSecs(10));

        QVERIFY_RESULT(
            m_commands->transition(u"CMD-2"_s, {CommandState::Queued}, CommandState::Sent));
        QVERIFY_RESULT(
            m_commands->transition(u"CMD-2"_s, {CommandState::Sent}, CommandState::Acknowledged));
        QCOMPARE(deliverable(u"UDID-A"_s, s_start.addSecs(29)), QString());
        QCOMPARE(deliverable(u"UDID-A"_s, s_start.addSecs(30)), u"CMD-3"_s);
    }

    void expireDueTouchesOnlyUnfinishedCommands()
    {
        for (int i = 1; i <= 4; ++i) {
            Command c = command(u"CMD-%1"_s.arg(i));
            c.expiresAt = s_start.addSecs(10);
            QVERIFY_RESULT(m_commands->insert(c));
        }
        QVERIFY_RESULT(m_commands->insert(command(u"CMD-NEVER"_s)));
        QVERIFY_RESULT(
            m_commands->transition(u"CMD-2"_s, {CommandState::Queued}, CommandState::Sent));
        QVERIFY_RESULT(
            m_commands->transition(u"CMD-3"_s, {CommandState::Queued}, CommandState::Sent));
        QVERIFY_RESULT(
            m_commands->transition(u"CMD-3"_s, {CommandState::Sent}, CommandState::Acknowledged));
        QVERIFY_RESULT(
            m_commands->transition(u"CMD-4"_s, {CommandState::Queued}, CommandState::Sent));
        QVERIFY_RESULT(
            m_commands->transition(u"CMD-4"_s, {CommandState::Sent}, CommandState::NotNow));

        const Result<QStringList> early = m_commands->expireDue(s_start.addSecs(9));
        QVERIFY_RESULT(early);
        QVERIFY(early->isEmpty());
        const Result<QStringList> expired = m_commands->expireDue(s_start.addSecs(11));
        QVERIFY_RESULT(expired);
        QCOMPARE(*expired, QStringList({u"CMD-1"_s, u"CMD-2"_s, u"CMD-4"_s}));

        const auto finished = m_commands->listAll({CommandState::Expired});
        QVERIFY_RESULT(finished);
        QCOMPARE(finished->size(), 3);
        const auto acknowledged = m_commands->find(u"CMD-3"_s);
        QVERIFY_RESULT(acknowledged);
        QCOMPARE((*acknowledged)->state, CommandState::Acknowledged);
        const auto never = m_commands->find(u"CMD-NEVER"_s);
        QVERIFY_RESULT(never);
        QCOMPARE((*never)->state, CommandState::Queued);
        const Result<QStringList> again = m_commands->expireDue(s_start.addDays(365));
        QVERIFY_RESULT(again);
        QVERIFY(again->isEmpty());
    }

    void listAllFiltersByState()
    {
        for (const QString &uuid : {u"CMD-1"_s, u"CMD-2"_s, u"CMD-3"_s})
            QVERIFY_RESULT(m_commands->insert(command(uuid)));
        QVERIFY_RESULT(
            m_commands->transition(u"CMD-2"_s, {CommandState::Queued}, CommandState::Pushed));
        QVERIFY_RESULT(
            m_commands->transition(u"CMD-3"_s, {CommandState::Queued}, CommandState::Cancelled));

        const auto all = m_commands->listAll();
        QVERIFY_RESULT(all);
        QCOMPARE(all->size(), 3);
        const auto pending = m_commands->listAll({CommandState::Queued, CommandState::Pushed});
        QVERIFY_RESULT(pending);
        QCOMPARE(pending->size(), 2);
        QCOMPARE(pending->at(0).uuid, u"CMD-1"_s);
        QCOMPARE(pending->at(1).uuid, u"CMD-2"_s);
        const auto cancelled = m_commands->listAll({CommandState::Cancelled});
        QVERIFY_RESULT(cancelled);
        QCOMPARE(cancelled->size(), 1);
        QCOMPARE(cancelled->at(0).uuid, u"CMD-3"_s);
    }

    void cancelPendingCoversUserChannels()
    {
        QVERIFY_RESULT(m_commands->insert(command(u"CMD-1"_s)));
        QVERIFY_RESULT(m_commands->insert(command(u"CMD-U"_s, u"UDID-A:USER"_s)));
        QVERIFY_RESULT(m_commands->insert(command(u"CMD-B"_s, u"UDID-B"_s)));
        QVERIFY_RESULT(m_commands->insert(command(u"CMD-DONE"_s)));
        QVERIFY_RESULT(
            m_commands->transition(u"CMD-DONE"_s, {CommandState::Queued}, CommandState::Sent));
        QVERIFY_RESULT(m_commands->transition(
            u"CMD-DONE"_s, {CommandState::Sent}, CommandState::Acknowledged));

        const Result<QStringList> cancelled = m_commands->cancelPending(u"UDID-A"_s);
        QVERIFY_RESULT(cancelled);
        QCOMPARE(*cancelled, QStringList({u"CMD-1"_s, u"CMD-U"_s}));
        const auto other = m_commands->find(u"CMD-B"_s);
        QVERIFY_RESULT(other);
        QCOMPARE((*other)->state, CommandState::Queued);
        const auto done = m_commands->find(u"CMD-DONE"_s);
        QVERIFY_RESULT(done);
        QCOMPARE((*done)->state, CommandState::Acknowledged);
    }

    // Engine::enqueue writes the command and its audit entry in one transaction.
    void enqueueWithAuditIsAtomic()
    {
        AuditLog audit(*m_db, m_clock);
        const auto enqueue = [&](const Command &c, const QString &actor) {
            return m_db->transaction([&]() -> Result<Command> {
                Result<Command> queued = m_commands->insert(c);
                if (!queued)
                    return queued;
                if (Result<AuditEntry> logged = audit.append(
                        actor, u"command.queued"_s, c.enrollmentId, c.uuid);
                    !logged)
                    return fail(logged.error());
                return queued;
            });
        };

        QVERIFY_RESULT(enqueue(command(u"CMD-1"_s), u"admin"_s));
        // The audit write fails after the command row was written: neither stays.
        QVERIFY_FAILS_WITH(enqueue(command(u"CMD-2"_s), QString()), Error::Code::InvalidInput);
        const auto lost = m_commands->find(u"CMD-2"_s);
        QVERIFY_RESULT(lost);
        QVERIFY(!lost->has_value());

        // Same when the database itself refuses the second write.
        QVERIFY_RESULT(m_db->transaction([&] {
            return m_db->exec(u"CREATE TRIGGER audit_refuses BEFORE INSERT ON audit_log "
                              "BEGIN SELECT RAISE(ABORT, 'refused'); END"_s);
        }));
        const Result<Command> refused = enqueue(command(u"CMD-3"_s), u"admin"_s);
        QVERIFY_FAILS_WITH(refused, Error::Code::Database);
        QVERIFY(refused.error().detail.contains(u"refused"_s));
        const auto all = m_commands->listAll();
        QVERIFY_RESULT(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->at(0).uuid, u"CMD-1"_s);
        const auto entries = audit.list();
        QVERIFY_RESULT(entries);
        QCOMPARE(entries->size(), 1);
    }

private:
    // The uuid nextDeliverable() picks, or an empty string for none or an error.
    QString deliverable(const QString &enrollment, const QDateTime &now)
    {
        const Result<std::optional<Command>> next = m_commands->nextDeliverable(enrollment, now);
        if (!next) {
            qWarning().noquote() << next.error().toString();
            return u"<error>"_s;
        }
        return next->has_value() ? (*next)->uuid : QString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{s_start};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CommandRepository> m_commands;
};

QTEST_GUILESS_MAIN(tst_CommandRepository)
#include "tst_CommandRepository.moc"
