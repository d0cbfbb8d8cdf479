// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"
#include "core/store/Database.h"
#include "core/store/EnrollmentRepository.h"
#include "tests/support/TestHelpers.h"
#include "tests/support/TestSecretBox.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(Espalier::Enrollment)

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace Espalier {

char *toString(PushTokenState state)
{
    return qstrdup(qPrintable(pushTokenStateName(state)));
}

char *toString(EnrollmentType type)
{
    return qstrdup(qPrintable(enrollmentTypeName(type)));
}

} // namespace Espalier

namespace {

const QDateTime s_start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
const QString s_topic = u"com.apple.mgmt.External.4f1a"_s;
const QString s_fingerprint = u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s;

Enrollment authenticate(const QString &udid, const QString &fingerprint = s_fingerprint)
{
    Enrollment e;
    e.id = udid;
    e.topic = s_topic;
    e.identityCertSha256 = fingerprint;
    return e;
}

Enrollment tokenUpdate(const QString &id, const QString &token, const QString &unlockRef = {})
{
    Enrollment e;
    e.id = id;
    e.topic = s_topic;
    e.pushTokenHex = token;
    e.pushMagic = u"magic-"_s + token;
    e.unlockTokenRef = unlockRef;
    return e;
}

Enrollment userChannel(const QString &udid, const QString &userId)
{
    Enrollment e = tokenUpdate(udid + u':' + userId, u"beef"_s);
    e.type = EnrollmentType::User;
    e.parentId = udid;
    e.userId = userId;
    e.userShortName = u"sam"_s;
    e.userLongName = u"Sam Example"_s;
    return e;
}

} // namespace

class tst_EnrollmentRepository : public QObject
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
        m_repository = std::make_unique<EnrollmentRepository>(
            *m_db, m_clock, &Testing::testTokenBox());
    }

    void cleanup()
    {
        m_repository.reset();
        m_db.reset();
        m_dir.reset();
    }

    void authenticateCreatesADisabledChannel()
    {
        const Result<Enrollment> stored = m_repository->recordAuthenticate(
            authenticate(u"UDID-A"_s));
        QVERIFY_RESULT(stored);
        QCOMPARE(stored->id, u"UDID-A"_s);
        QCOMPARE(stored->type, EnrollmentType::Device);
        QCOMPARE(stored->deviceId, u"UDID-A"_s);
        QCOMPARE(stored->topic, s_topic);
        QCOMPARE(stored->identityCertSha256, s_fingerprint);
        QCOMPARE(stored->enrolledAt, s_start);
        QCOMPARE(stored->lastSeenAt, s_start);
        QVERIFY(!stored->enabled);
        QCOMPARE(stored->pushTokenState, PushTokenState::None);
        QVERIFY(!stored->canPush());

        const auto found = m_repository->find(u"UDID-A"_s);
        QVERIFY_RESULT(found);
        QVERIFY(found->has_value());
        QCOMPARE((*found)->enrolledAt, s_start);
        const auto missing = m_repository->find(u"UDID-B"_s);
        QVERIFY_RESULT(missing);
        QVERIFY(!missing->has_value());
    }

    void tokenUpdateEnablesTheChannel()
    {
        QVERIFY_RESULT(m_repository->recordAuthenticate(authenticate(u"UDID-A"_s)));
        m_clock.advance(1000);
        const Result<Enrollment> first = m_repository->recordTokenUpdate(
            tokenUpdate(u"UDID-A"_s, u"A1B2C3"_s, u"unlock-1"_s));
        QVERIFY_RESULT(first);
        QVERIFY(first->enabled);
        QCOMPARE(first->pushTokenHex, u"a1b2c3"_s); // stored in one spelling
        QCOMPARE(first->pushMagic, u"magic-A1B2C3"_s);
        QCOMPARE(first->pushTokenState, PushTokenState::Ok);
        QCOMPARE(first->tokenUpdateCount, 1);
        QCOMPARE(first->tokenUpdatedAt, s_start.addMSecs(1000));
        QCOMPARE(first->enrolledAt, s_start);
        QCOMPARE(first->unlockTokenRef, u"unlock-1"_s);
        QCOMPARE(first->identityCertSha256, s_fingerprint);
        QVERIFY(first->canPush());

        // Devices send the UnlockToken once: a later TokenUpdate without it keeps it.
        m_clock.advance(1000);
        Enrollment rotated = tokenUpdate(u"UDID-A"_s, u"d4e5"_s);
        rotated.awaitingConfiguration = true;
        const Result<Enrollment> second = m_repository->recordTokenUpdate(rotated);
        QVERIFY_RESULT(second);
        QCOMPARE(second->pushTokenHex, u"d4e5"_s);
        QCOMPARE(second->tokenUpdateCount, 2);
        QCOMPARE(second->unlockTokenRef, u"unlock-1"_s);
        QVERIFY(second->awaitingConfiguration);

        const Result<Enrollment> third = m_repository->recordTokenUpdate(
            tokenUpdate(u"UDID-A"_s, u"d4e5"_s, u"unlock-2"_s));
        QVERIFY_RESULT(third);
        QCOMPARE(third->unlockTokenRef, u"unlock-2"_s);
        QVERIFY(!third->awaitingConfiguration);
    }

    void tokenUpdateWithoutAuthenticateCreatesTheChannel()
    {
        const Result<Enrollment> stored = m_repository->recordTokenUpdate(
            tokenUpdate(u"UDID-M"_s, u"00ff"_s));
        QVERIFY_RESULT(stored);
        QVERIFY(stored->enabled);
        QCOMPARE(stored->enrolledAt, s_start);
        QCOMPARE(stored->tokenUpdateCount, 1);
        QVERIFY(stored->identityCertSha256.isEmpty());
    }

    void reAuthenticateStartsOver()
    {
        QVERIFY_RESULT(m_repository->recordAuthenticate(authenticate(u"UDID-A"_s)));
        QVERIFY_RESULT(
            m_repository->recordTokenUpdate(tokenUpdate(u"UDID-A"_s, u"aa"_s, u"unlock-1"_s)));
        QVERIFY_RESULT(m_repository->recordTokenUpdate(userChannel(u"UDID-A"_s, u"USER-1"_s)));
        QVERIFY_RESULT(m_repository->checkOut(u"UDID-A"_s));

        m_clock.advance(60000);
        const QString renewed = QString(64, u'e');
        const Result<Enrollment> again = m_repository->recordAuthenticate(
            authenticate(u"UDID-A"_s, renewed));
        QVERIFY_RESULT(again);
        QVERIFY(!again->enabled);
        QVERIFY(!again->isCheckedOut());
        QVERIFY(again->pushTokenHex.isEmpty());
        QVERIFY(again->pushMagic.isEmpty());
        QCOMPARE(again->pushTokenState, PushTokenState::None);
        QCOMPARE(again->tokenUpdateCount, 0);
        QCOMPARE(again->enrolledAt, s_start.addMSecs(60000));
        QCOMPARE(again->identityCertSha256, renewed);
        QCOMPARE(again->unlockTokenRef, u"unlock-1"_s);

        const auto user = m_repository->find(u"UDID-A:USER-1"_s);
        QVERIFY_RESULT(user);
        QVERIFY(user->has_value());
        QVERIFY(!(*user)->enabled);

        // Without a certificate in the message, the binding stays.
        const Result<Enrollment> unbound = m_repository->recordAuthenticate(
            authenticate(u"UDID-A"_s, QString()));
        QVERIFY_RESULT(unbound);
        QCOMPARE(unbound->identityCertSha256, renewed);
    }

    void userChannelsBelongToADevice()
    {
        QVERIFY_FAILS_WITH(m_repository->recordTokenUpdate(userChannel(u"UDID-A"_s, u"USER-1"_s)),
                           Error::Code::NotFound);
        Enrollment device = authenticate(u"ENROLLMENT-1"_s);
        device.deviceId = u"ENROLLMENT-1"_s;
        device.userEnrollment = true;
        QVERIFY_RESULT(m_repository->recordAuthenticate(device));

        const Result<Enrollment> user = m_repository->recordTokenUpdate(
            userChannel(u"ENROLLMENT-1"_s, u"USER-1"_s));
        QVERIFY_RESULT(user);
        QCOMPARE(user->type, EnrollmentType::User);
        QCOMPARE(user->parentId, u"ENROLLMENT-1"_s);
        QCOMPARE(user->deviceId, u"ENROLLMENT-1"_s);
        QCOMPARE(user->userId, u"USER-1"_s);
        QCOMPARE(user->userShortName, u"sam"_s);
        QCOMPARE(user->userLongName, u"Sam Example"_s);
        QVERIFY(user->enabled);

        // A user channel cannot be the parent of another.
        QVERIFY_FAILS_WITH(
            m_repository->recordTokenUpdate(userChannel(u"ENROLLMENT-1:USER-1"_s, u"USER-2"_s)),
            Error::Code::NotFound);

        const auto forDevice = m_repository->listForDevice(u"ENROLLMENT-1"_s);
        QVERIFY_RESULT(forDevice);
        QCOMPARE(forDevice->size(), 2);
        QCOMPARE(forDevice->at(0).id, u"ENROLLMENT-1"_s);
        QCOMPARE(forDevice->at(1).id, u"ENROLLMENT-1:USER-1"_s);
    }

    void identityIsBoundToOneDevice()
    {
        QVERIFY_RESULT(m_repository->recordAuthenticate(authenticate(u"UDID-A"_s)));
        const Result<Enrollment> stolen = m_repository->recordAuthenticate(
            authenticate(u"UDID-B"_s));
        QVERIFY_FAILS_WITH(stolen, Error::Code::Conflict);
        QVERIFY(stolen.error().detail.contains(u"UDID-A"_s));
        const auto b = m_repository->find(u"UDID-B"_s);
        QVERIFY_RESULT(b);
        QVERIFY(!b->has_value());

        // The same device may authenticate again with its identity, in any spelling.
        QVERIFY_RESULT(
            m_repository->recordAuthenticate(authenticate(u"UDID-A"_s, s_fingerprint.toUpper())));
        const auto owner = m_repository->findByIdentity(s_fingerprint.toUpper());
        QVERIFY_RESULT(owner);
        QVERIFY(owner->has_value());
        QCOMPARE((*owner)->id, u"UDID-A"_s);
        const auto nobody = m_repository->findByIdentity(QString(64, u'1'));
        QVERIFY_RESULT(nobody);
        QVERIFY(!nobody->has_value());
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<Enrollment>("enrollment");
        QTest::addColumn<bool>("isTokenUpdate");

        Enrollment noId = authenticate(u"UDID-A"_s);
        noId.id.clear();
        QTest::newRow("no id") << noId << false;
        Enrollment noTopic = authenticate(u"UDID-A"_s);
        noTopic.topic.clear();
        QTest::newRow("no topic") << noTopic << false;
        QTest::newRow("short fingerprint") << authenticate(u"UDID-A"_s, u"abc"_s) << false;
        QTest::newRow("fingerprint not hex")
            << authenticate(u"UDID-A"_s, QString(64, u'g')) << false;
        Enrollment deviceWithParent = authenticate(u"UDID-A"_s);
        deviceWithParent.parentId = u"UDID-B"_s;
        QTest::newRow("device with parent") << deviceWithParent << false;
        Enrollment orphan = userChannel(u"UDID-A"_s, u"USER"_s);
        orphan.parentId.clear();
        QTest::newRow("user without parent") << orphan << true;
        Enrollment ownParent = userChannel(u"UDID-A"_s, u"USER"_s);
        ownParent.parentId = ownParent.id;
        QTest::newRow("user is its own parent") << ownParent << true;
        QTest::newRow("token not hex") << tokenUpdate(u"UDID-A"_s, u"xyz0"_s) << true;
        QTest::newRow("token odd length") << tokenUpdate(u"UDID-A"_s, u"abc"_s) << true;
        QTest::newRow("token empty") << tokenUpdate(u"UDID-A"_s, QString()) << true;
        Enrollment noMagic = tokenUpdate(u"UDID-A"_s, u"abcd"_s);
        noMagic.pushMagic.clear();
        QTest::newRow("no push magic") << noMagic << true;
    }

    void rejectsBadInput()
    {
        QFETCH(Enrollment, enrollment);
        QFETCH(bool, isTokenUpdate);
        const Result<Enrollment> stored = isTokenUpdate
                                              ? m_repository->recordTokenUpdate(enrollment)
                                              : m_repository->recordAuthenticate(enrollment);
        QVERIFY_FAILS_WITH(stored, Error::Code::InvalidInput);
        QVERIFY(!stored.error().message.isEmpty());
        const auto all = m_repository->list();
        QVERIFY_RESULT(all);
        QVERIFY(all->isEmpty());
    }

    void pushTokenStateAndLastSeen()
    {
        QVERIFY_RESULT(m_repository->recordTokenUpdate(tokenUpdate(u"UDID-A"_s, u"aa"_s)));
        m_clock.advance(5000);
        QVERIFY_RESULT(m_repository->setPushTokenState(u"UDID-A"_s, PushTokenState::Unregistered));
        m_clock.advance(5000);
        QVERIFY_RESULT(m_repository->markSeen(u"UDID-A"_s));
        const auto found = m_repository->find(u"UDID-A"_s);
        QVERIFY_RESULT(found);
        QCOMPARE((*found)->pushTokenState, PushTokenState::Unregistered);
        QCOMPARE((*found)->pushTokenStateAt, s_start.addMSecs(5000));
        QCOMPARE((*found)->lastSeenAt, s_start.addMSecs(10000));
        QVERIFY(!(*found)->canPush());

        // A new TokenUpdate revives the channel.
        const Result<Enrollment> revived = m_repository->recordTokenUpdate(
            tokenUpdate(u"UDID-A"_s, u"bb"_s));
        QVERIFY_RESULT(revived);
        QVERIFY(revived->canPush());

        QVERIFY_FAILS_WITH(m_repository->setPushTokenState(u"NOPE"_s, PushTokenState::Bad),
                           Error::Code::NotFound);
        QVERIFY_FAILS_WITH(m_repository->markSeen(u"NOPE"_s), Error::Code::NotFound);
    }

    void unregisteredTokensAndLastPush()
    {
        QVERIFY_RESULT(m_repository->recordAuthenticate(authenticate(u"UDID-A"_s)));
        QVERIFY_RESULT(m_repository->recordTokenUpdate(tokenUpdate(u"UDID-A"_s, u"aa"_s)));
        m_clock.advance(1000);
        const QString apnsId = u"5e4a0c2f-7b7c-4f55-9b1e-1f0c8a2b3d4e"_s;
        QVERIFY_RESULT(m_repository->recordPush(u"UDID-A"_s, apnsId));
        auto found = m_repository->find(u"UDID-A"_s);
        QVERIFY_RESULT(found);
        QCOMPARE((*found)->lastPushAt, s_start.addMSecs(1000));
        QCOMPARE((*found)->lastPushApnsId, apnsId);
        QVERIFY(!(*found)->pushTokenUnregisteredAt.isValid());

        // APNs 410 with its timestamp: dead since then, not since now.
        m_clock.advance(1000);
        const QDateTime since = s_start.addSecs(-3600);
        QVERIFY_RESULT(m_repository->markPushTokenUnregistered(u"UDID-A"_s, since));
        found = m_repository->find(u"UDID-A"_s);
        QVERIFY_RESULT(found);
        QCOMPARE((*found)->pushTokenState, PushTokenState::Unregistered);
        QCOMPARE((*found)->pushTokenStateAt, s_start.addMSecs(2000));
        QCOMPARE((*found)->pushTokenUnregisteredAt, since);
        QVERIFY(!(*found)->canPush());
        // The last push is history and stays.
        QCOMPARE((*found)->lastPushApnsId, apnsId);

        // A new TokenUpdate revives the channel and forgets the 410.
        QVERIFY_RESULT(m_repository->recordTokenUpdate(tokenUpdate(u"UDID-A"_s, u"bb"_s)));
        found = m_repository->find(u"UDID-A"_s);
        QVERIFY_RESULT(found);
        QVERIFY((*found)->canPush());
        QVERIFY(!(*found)->pushTokenUnregisteredAt.isValid());

        // Without a timestamp the 410 counts from now; another state forgets it again.
        QVERIFY_RESULT(m_repository->markPushTokenUnregistered(u"UDID-A"_s, QDateTime()));
        found = m_repository->find(u"UDID-A"_s);
        QVERIFY_RESULT(found);
        QCOMPARE((*found)->pushTokenUnregisteredAt, m_clock.now());
        QVERIFY_RESULT(m_repository->setPushTokenState(u"UDID-A"_s, PushTokenState::Bad));
        found = m_repository->find(u"UDID-A"_s);
        QVERIFY_RESULT(found);
        QCOMPARE((*found)->pushTokenState, PushTokenState::Bad);
        QVERIFY(!(*found)->pushTokenUnregisteredAt.isValid());
        // setPushTokenState(Unregistered) stamps it too, so the columns never disagree.
        QVERIFY_RESULT(m_repository->setPushTokenState(u"UDID-A"_s, PushTokenState::Unregistered));
        found = m_repository->find(u"UDID-A"_s);
        QVERIFY_RESULT(found);
        QCOMPARE((*found)->pushTokenUnregisteredAt, m_clock.now());

        // Re-enrollment starts the push history over.
        QVERIFY_RESULT(m_repository->recordAuthenticate(authenticate(u"UDID-A"_s)));
        found = m_repository->find(u"UDID-A"_s);
        QVERIFY_RESULT(found);
        QVERIFY(!(*found)->lastPushAt.isValid());
        QVERIFY((*found)->lastPushApnsId.isEmpty());
        QVERIFY(!(*found)->pushTokenUnregisteredAt.isValid());

        QVERIFY_FAILS_WITH(m_repository->recordPush(u"NOPE"_s, apnsId), Error::Code::NotFound);
        QVERIFY_FAILS_WITH(m_repository->markPushTokenUnregistered(u"NOPE"_s, since),
                           Error::Code::NotFound);
        QVERIFY_FAILS_WITH(m_repository->recordPush(u"UDID-A"_s, QString(65, u'x')),
                           Error::Code::InvalidInput);
    }

    void theSchemaKeepsPushColumnsConsistent()
    {
        QVERIFY_RESULT(m_repository->recordTokenUpdate(tokenUpdate(u"UDID-A"_s, u"aa"_s)));
        const auto write = [this](const QString &sql) {
            return m_db->transaction([&]() -> Result<void> {
                Result<QSqlQuery> done = m_db->exec(sql);
                if (!done)
                    return fail(done.error());
                return {};
            });
        };
        // An unregistered time on a live token, or a push id without a push time, is refused.
        QVERIFY_FAILS_WITH(write(u"UPDATE enrollments SET push_token_unregistered_at = 1 "
                                 "WHERE id = 'UDID-A'"_s),
                           Error::Code::Database);
        QVERIFY_FAILS_WITH(write(u"UPDATE enrollments SET last_push_apns_id = 'x' "
                                 "WHERE id = 'UDID-A'"_s),
                           Error::Code::Database);
        QVERIFY_FAILS_WITH(write(u"UPDATE enrollments SET push_token_state = 'gone' "
                                 "WHERE id = 'UDID-A'"_s),
                           Error::Code::Database);
        QVERIFY_RESULT(write(u"UPDATE enrollments SET push_token_state = 'unregistered', "
                             "push_token_unregistered_at = 1 WHERE id = 'UDID-A'"_s));
    }

    void countsDevicesPerTopic()
    {
        const QString other = u"com.apple.mgmt.External.9e2b"_s;
        QVERIFY_RESULT(m_repository->recordTokenUpdate(tokenUpdate(u"UDID-A"_s, u"aa"_s)));
        QVERIFY_RESULT(m_repository->recordTokenUpdate(tokenUpdate(u"UDID-B"_s, u"bb"_s)));
        Enrollment moved = tokenUpdate(u"UDID-C"_s, u"cc"_s);
        moved.topic = other;
        QVERIFY_RESULT(m_repository->recordTokenUpdate(moved));
        QVERIFY_RESULT(m_repository->recordTokenUpdate(userChannel(u"UDID-A"_s, u"USER-1"_s)));
        QVERIFY_RESULT(m_repository->recordTokenUpdate(tokenUpdate(u"UDID-D"_s, u"dd"_s)));
        QVERIFY_RESULT(m_repository->checkOut(u"UDID-D"_s));
        // Device channels that have not checked out; user channels ride on their device.
        const Result<QMap<QString, int>> counts = m_repository->deviceCountByTopic();
        QVERIFY_RESULT(counts);
        QCOMPARE(*counts, (QMap<QString, int>{{s_topic, 2}, {other, 1}}));
    }

    void bootstrapTokenReference()
    {
        QVERIFY_RESULT(m_repository->recordTokenUpdate(tokenUpdate(u"UDID-A"_s, u"aa"_s)));
        QVERIFY_RESULT(m_repository->setBootstrapTokenRef(u"UDID-A"_s, u"bootstrap-ref"_s));
        auto found = m_repository->find(u"UDID-A"_s);
        QVERIFY_RESULT(found);
        QCOMPARE((*found)->bootstrapTokenRef, u"bootstrap-ref"_s);
        QVERIFY_RESULT(m_repository->setBootstrapTokenRef(u"UDID-A"_s, QString()));
        found = m_repository->find(u"UDID-A"_s);
        QVERIFY_RESULT(found);
        QVERIFY((*found)->bootstrapTokenRef.isEmpty());
    }

    void checkOutDisablesDeviceAndUsers()
    {
        QVERIFY_RESULT(m_repository->recordTokenUpdate(tokenUpdate(u"UDID-A"_s, u"aa"_s)));
        QVERIFY_RESULT(m_repository->recordTokenUpdate(userChannel(u"UDID-A"_s, u"USER-1"_s)));
        QVERIFY_RESULT(m_repository->recordTokenUpdate(tokenUpdate(u"UDID-B"_s, u"bb"_s)));
        m_clock.advance(3000);
        QVERIFY_RESULT(m_repository->checkOut(u"UDID-A"_s));
        QVERIFY_FAILS_WITH(m_repository->checkOut(u"NOPE"_s), Error::Code::NotFound);

        const auto all = m_repository->list();
        QVERIFY_RESULT(all);
        QCOMPARE(all->size(), 3);
        for (const Enrollment &e : *all) {
            const bool checkedOut = e.deviceId == u"UDID-A"_s;
            QCOMPARE(e.isCheckedOut(), checkedOut);
            QCOMPARE(e.enabled, !checkedOut);
            if (checkedOut)
                QCOMPARE(e.checkedOutAt, s_start.addMSecs(3000));
        }
        // The device comes back with a TokenUpdate.
        const Result<Enrollment> back = m_repository->recordTokenUpdate(
            tokenUpdate(u"UDID-A"_s, u"cc"_s));
        QVERIFY_RESULT(back);
        QVERIFY(back->enabled);
        QVERIFY(!back->isCheckedOut());
    }

    void joinsTheCallersTransaction()
    {
        const Result<void> failed = m_db->transaction([&]() -> Result<void> {
            if (auto a = m_repository->recordTokenUpdate(tokenUpdate(u"UDID-A"_s, u"aa"_s)); !a)
                return fail(a.error());
            return m_repository->recordTokenUpdate(tokenUpdate(u"UDID-B"_s, u"zz"_s))
                .map([](const Enrollment &) {});
        });
        QVERIFY_FAILS_WITH(failed, Error::Code::InvalidInput);
        const auto all = m_repository->list();
        QVERIFY_RESULT(all);
        QVERIFY(all->isEmpty());
    }

    void pushTokensAreStoredSealed()
    {
        const QString token = u"5e1f0a7b9c3d2e4f5e1f0a7b9c3d2e4f5e1f0a7b9c3d2e4f5e1f0a7b9c3d2e4f"_s;
        QVERIFY_RESULT(m_repository->recordTokenUpdate(tokenUpdate(u"UDID-A"_s, token)));
        QVERIFY_RESULT(m_repository->recordTokenUpdate(tokenUpdate(u"UDID-B"_s, u"b0b0"_s)));

        auto row = m_db->exec(
            u"SELECT push_token_hex, push_token_sealed FROM enrollments WHERE id = 'UDID-A'"_s);
        QVERIFY_RESULT(row);
        QVERIFY(row->next());
        QVERIFY(row->value(0).isNull());
        const QByteArray sealed = row->value(1).toByteArray();
        QCOMPARE(sealed.size(), token.size() / 2 + SecretBox::Overhead);
        QVERIFY(!sealed.contains(QByteArray::fromHex(token.toLatin1())));
        row->finish();

        // Without the key a reader knows there is a token, not what it is; with another key,
        // or a box moved to another row, it does not open.
        EnrollmentRepository keyless(*m_db, m_clock);
        const auto withoutKey = keyless.find(u"UDID-A"_s);
        QVERIFY_RESULT(withoutKey);
        QVERIFY((*withoutKey)->hasPushToken);
        QVERIFY((*withoutKey)->canPush());
        QVERIFY((*withoutKey)->pushTokenHex.isEmpty());
        const SecretBox other = SecretBox::fromKey(QByteArray(SecretBox::KeySize, 'o')).value();
        const auto withOtherKey = EnrollmentRepository(*m_db, m_clock, &other).find(u"UDID-A"_s);
        QVERIFY_RESULT(withOtherKey);
        QVERIFY((*withOtherKey)->pushTokenHex.isEmpty());
        QVERIFY_RESULT(writeRow(
            u"UPDATE enrollments SET push_token_sealed = ? WHERE id = 'UDID-B'"_s, {sealed}));
        const auto moved = m_repository->find(u"UDID-B"_s);
        QVERIFY_RESULT(moved);
        QVERIFY((*moved)->hasPushToken);
        QVERIFY((*moved)->pushTokenHex.isEmpty());

        const auto opened = m_repository->find(u"UDID-A"_s);
        QVERIFY_RESULT(opened);
        QCOMPARE((*opened)->pushTokenHex, token);

        // Writing a token takes the key; without it nothing is stored.
        QVERIFY_FAILS_WITH(keyless.recordTokenUpdate(tokenUpdate(u"UDID-C"_s, u"c0c0"_s)),
                           Error::Code::Crypto);
        const auto none = m_repository->find(u"UDID-C"_s);
        QVERIFY_RESULT(none);
        QVERIFY(!none->has_value());
    }

    void tokensKeptInTheClearGetSealed()
    {
        // As a store written before migration 8 keeps them.
        QVERIFY_RESULT(m_repository->recordTokenUpdate(tokenUpdate(u"UDID-A"_s, u"a1a1"_s)));
        QVERIFY_RESULT(m_repository->recordTokenUpdate(tokenUpdate(u"UDID-B"_s, u"b2b2"_s)));
        QVERIFY_RESULT(writeRow(u"UPDATE enrollments SET push_token_hex = 'c3c3', "
                                "push_token_sealed = NULL WHERE id = 'UDID-B'"_s));
        const auto legacy = m_repository->find(u"UDID-B"_s);
        QVERIFY_RESULT(legacy);
        QCOMPARE((*legacy)->pushTokenHex, u"c3c3"_s);
        QVERIFY((*legacy)->canPush());

        QVERIFY_FAILS_WITH(EnrollmentRepository(*m_db, m_clock).sealUnsealedPushTokens(),
                           Error::Code::Crypto);
        const Result<int> sealed = m_repository->sealUnsealedPushTokens();
        QVERIFY_RESULT(sealed);
        QCOMPARE(*sealed, 1);
        auto clear = m_db->exec(
            u"SELECT COUNT(*) FROM enrollments WHERE push_token_hex IS NOT NULL "
            "OR push_token_sealed IS NULL"_s);
        QVERIFY_RESULT(clear);
        QVERIFY(clear->next());
        QCOMPARE(clear->value(0).toInt(), 0);
        clear->finish();
        const auto a = m_repository->find(u"UDID-A"_s);
        const auto b = m_repository->find(u"UDID-B"_s);
        QVERIFY_RESULT(a);
        QVERIFY_RESULT(b);
        QCOMPARE((*a)->pushTokenHex, u"a1a1"_s);
        QCOMPARE((*b)->pushTokenHex, u"c3c3"_s);
        const Result<int> again = m_repository->sealUnsealedPushTokens();
        QVERIFY_RESULT(again);
        QCOMPARE(*again, 0);
    }

    void namesAreStable()
    {
        QCOMPARE(pushTokenStateName(PushTokenState::Unregistered), u"unregistered"_s);
        QCOMPARE(enrollmentTypeName(EnrollmentType::User), u"user"_s);
        for (PushTokenState state : {PushTokenState::None,
                                     PushTokenState::Ok,
                                     PushTokenState::Bad,
                                     PushTokenState::Unregistered})
            QCOMPARE(pushTokenStateFromName(pushTokenStateName(state)), std::optional(state));
        QCOMPARE(pushTokenStateFromName(u"dead"), std::optional<PushTokenState>());
        QCOMPARE(enrollmentTypeFromName(u"device"), std::optional(EnrollmentType::Device));
    }

private:
    // A write outside the repository, as an older version or a damaged file leaves rows.
    Result<QSqlQuery> writeRow(const QString &sql, const QVariantList &bindings = {})
    {
        return m_db->transaction([&] { return m_db->exec(sql, bindings); });
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{s_start};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EnrollmentRepository> m_repository;
};

QTEST_GUILESS_MAIN(tst_EnrollmentRepository)
#include "tst_EnrollmentRepository.moc"
