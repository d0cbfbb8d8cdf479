// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"
#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/SecretBox.h"
#include "core/mdm/MdmService.h"
#include "core/plist/Plist.h"
#include "core/store/AuditLog.h"
#include "core/store/CommandDeliveryRepository.h"
#include "core/store/CommandRepository.h"
#include "core/store/Database.h"
#include "core/store/DeviceRepository.h"
#include "core/store/EnrollmentRepository.h"
#include "core/store/EnrollmentTokenRepository.h"
#include "core/store/InventoryRepository.h"
#include "tests/core/mdm/MdmTestSupport.h"
#include "tests/support/TestHelpers.h"

#include <QSignalSpy>
#include <QSqlQuery>
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

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC);
}

QByteArray dataKey()
{
    return QByteArray(SecretBox::KeySize, '\x5a');
}

SecretBox secretBox()
{
    Result<SecretBox> box = SecretBox::fromKey(dataKey());
    Q_ASSERT(box);
    return *box;
}

QVariantMap parseBody(const QByteArray &body)
{
    const Result<QVariant> parsed = Plist::parse(body);
    return parsed ? parsed->toMap() : QVariantMap();
}

// The fixture a device answers each inventory command with.
const QHash<QString, QString> &iphoneAnswers()
{
    static const QHash<QString, QString> s_answers{
        {u"DeviceInformation"_s, u"reports/deviceinformation-iphone.plist"_s},
        {u"SecurityInfo"_s, u"reports/securityinfo-iphone.plist"_s},
        {u"InstalledApplicationList"_s, u"reports/installedapplicationlist-iphone.plist"_s},
        {u"ProfileList"_s, u"reports/acknowledged.plist"_s},
        {u"CertificateList"_s, u"reports/acknowledged.plist"_s},
    };
    return s_answers;
}

const QHash<QString, QString> &macAnswers()
{
    static const QHash<QString, QString> s_answers{
        {u"DeviceInformation"_s, u"reports/deviceinformation-mac.plist"_s},
        {u"SecurityInfo"_s, u"reports/securityinfo-mac.plist"_s},
        {u"InstalledApplicationList"_s, u"reports/installedapplicationlist-mac.plist"_s},
        {u"ProfileList"_s, u"reports/profilelist-mac.plist"_s},
        {u"CertificateList"_s, u"reports/certificatelist.plist"_s},
    };
    return s_answers;
}

} // namespace

class tst_MdmService : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("ESPALIER_SOURCE_DIR"),
                 "run through ctest, which points ESPALIER_SOURCE_DIR at the sources");
        Result<PrivateKey> caKey = PrivateKey::generateEcP256();
        QVERIFY_RESULT(caKey);
        CertificateBuilder ca;
        ca.setSubject({.commonName = u"Espalier Device CA"_s})
            .setValidity(utc(2026, 1, 1), utc(2036, 1, 1));
        Result<Certificate> caCert = ca.issueSelfSignedCa(*caKey);
        QVERIFY_RESULT(caCert);
        // One identity per device, as SCEP would issue them, and a spare for impostors.
        for (const QString &name : {u"mac"_s,
                                    u"iphone"_s,
                                    u"ipad"_s,
                                    u"user-enrollment"_s,
                                    u"renewed-iphone"_s,
                                    u"stranger"_s}) {
            Result<PrivateKey> key = PrivateKey::generateEcP256();
            QVERIFY_RESULT(key);
            CertificateBuilder device;
            device.setSubject({.commonName = u"Espalier identity "_s + name})
                .setValidity(utc(2026, 1, 1), utc(2027, 1, 1))
                .setKeyUsage(KeyUsage::DigitalSignature)
                .setExtendedKeyUsage(ExtendedKeyUsage::ClientAuth);
            Result<Certificate> issued = device.issue(key->publicKey(), *caCert, *caKey);
            QVERIFY_RESULT(issued);
            m_certificates.insert(name, *issued);
        }
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock.setNow(s_start);
        auto opened = Database::openWriter(m_dir->filePath(u"store.sqlite"_s));
        QVERIFY_RESULT(opened);
        m_db = std::move(*opened);
        m_service = std::make_unique<MdmService>(*m_db, m_clock, secretBox(), Topic);
        m_enrollments = std::make_unique<EnrollmentRepository>(*m_db, m_clock, &m_tokenBox);
        m_commands = std::make_unique<CommandRepository>(*m_db, m_clock);
        m_devices = std::make_unique<DeviceRepository>(*m_db, m_clock);
        m_audit = std::make_unique<AuditLog>(*m_db, m_clock);
    }

    void cleanup()
    {
        m_audit.reset();
        m_devices.reset();
        m_commands.reset();
        m_enrollments.reset();
        m_service.reset();
        m_db.reset();
        m_dir.reset();
    }

    // --- check-in ---

    void authenticateBindsTheIdentity()
    {
        QSignalSpy pushes(m_service.get(), &MdmService::pushRequested);
        QSignalSpy devices(m_service.get(), &MdmService::devicesChanged);
        const MdmResponse response = checkin(u"mac"_s, u"checkin/authenticate-mac.plist"_s);
        QCOMPARE(response.httpStatus, 200);
        QVERIFY(response.body.isEmpty());
        QVERIFY(response.contentType.isEmpty());

        const Enrollment e = enrollment(MacUdid);
        QCOMPARE(e.type, EnrollmentType::Device);
        QCOMPARE(e.identityCertSha256, fingerprint(u"mac"_s));
        QCOMPARE(e.topic, Topic);
        QVERIFY(!e.enabled); // not yet active: no TokenUpdate
        QVERIFY(!e.canPush());

        const auto device = m_devices->find(MacUdid);
        QVERIFY_RESULT(device);
        QVERIFY(device->has_value());
        QCOMPARE((*device)->serialNumber, u"C02FK1ABQ6X4"_s);
        QCOMPARE((*device)->name, u"Front Desk iMac"_s);
        QCOMPARE((*device)->platform, u"macOS"_s);
        QCOMPARE((*device)->osVersion, u"14.7"_s);

        QCOMPARE(lastAudit().action, u"mdm.authenticate"_s);
        QCOMPARE(lastAudit().actor, u"device:"_s + MacUdid);
        QCOMPARE(pushes.count(), 0); // "do not push yet"
        QCOMPARE(devices.count(), 1);
    }

    void tokenUpdateEnablesAndQueuesInventory()
    {
        QCOMPARE(checkin(u"iphone"_s, u"checkin/authenticate-iphone.plist"_s).httpStatus, 200);
        QSignalSpy pushes(m_service.get(), &MdmService::pushRequested);
        QSignalSpy commands(m_service.get(), &MdmService::commandsChanged);
        QCOMPARE(checkin(u"iphone"_s, u"checkin/tokenupdate-iphone.plist"_s).httpStatus, 200);

        const Enrollment e = enrollment(IphoneUdid);
        QVERIFY(e.enabled);
        QVERIFY(e.canPush());
        QCOMPARE(e.pushTokenHex,
                 u"a1b2c3d4e5f60718293a4b5c6d7e8f900112233445566778899aabbccddeeff0"_s);
        QCOMPARE(e.pushMagic, u"6C4D2E1F-0A9B-4C8D-B7E6-F5A4B3C2D1E0"_s);
        QCOMPARE(e.tokenUpdateCount, 1);
        QVERIFY(e.unlockTokenRef.isEmpty()); // the old keychain reference stays unused
        QCOMPARE(unlockToken(IphoneUdid), expectedUnlockToken());

        QCOMPARE(requestTypes(IphoneUdid),
                 QStringList({u"DeviceInformation"_s,
                              u"SecurityInfo"_s,
                              u"InstalledApplicationList"_s,
                              u"ProfileList"_s,
                              u"CertificateList"_s}));
        const auto queued = m_commands->listForEnrollment(IphoneUdid);
        QVERIFY_RESULT(queued);
        for (const Command &c : *queued) {
            QCOMPARE(c.state, CommandState::Queued);
            QCOMPARE(c.createdBy, u"engine"_s);
        }
        const QVariantMap info = parseBody(queued->constFirst().payload);
        QCOMPARE(info.value(u"Command"_s).toMap().value(u"Queries"_s).toStringList(),
                 MdmService::initialDeviceInformationQueries());

        QCOMPARE(pushes.count(), 1);
        QCOMPARE(pushes.at(0).at(0).toStringList(), QStringList({IphoneUdid}));
        QVERIFY(!pushes.at(0).at(1).toDateTime().isValid());
        QCOMPARE(commands.count(), 1);
        QCOMPARE(commands.at(0).at(0).toStringList().size(), 5);

        // Token rotation later: no UnlockToken this time, and it must survive; no new inventory.
        m_clock.advance(qint64{3600} * 1000);
        const MdmResponse rotated = checkin(
            u"iphone"_s,
            u"checkin/tokenupdate-iphone.plist"_s,
            {{u"UnlockToken"_s, {}},
             {u"Token"_s, QByteArray::fromHex("00ff00ff00ff00ff00ff00ff00ff00ff")}});
        QCOMPARE(rotated.httpStatus, 200);
        const Enrollment after = enrollment(IphoneUdid);
        QCOMPARE(after.tokenUpdateCount, 2);
        QCOMPARE(after.pushTokenHex, u"00ff00ff00ff00ff00ff00ff00ff00ff"_s);
        QCOMPARE(unlockToken(IphoneUdid), expectedUnlockToken());
        QCOMPARE(requestTypes(IphoneUdid).size(), 5);
        // The inventory still waits for the device, now at its new token: it is pushed again.
        QCOMPARE(pushes.count(), 2);
        QCOMPARE(pushes.at(1).at(0).toStringList(), QStringList({IphoneUdid}));
    }

    void userChannels_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("authenticate");
        QTest::addColumn<QString>("deviceTokenUpdate");
        QTest::addColumn<QString>("userTokenUpdate");
        QTest::addColumn<QString>("deviceId");
        QTest::addColumn<QString>("userChannelId");
        QTest::addColumn<bool>("userEnrollment");
        QTest::newRow("macOS user")
            << u"mac"_s << u"checkin/authenticate-mac.plist"_s << u"checkin/tokenupdate-mac.plist"_s
            << u"checkin/tokenupdate-mac-user.plist"_s << MacUdid << MacUdid + u':' + MacUserId
            << false;
        QTest::newRow("Shared iPad user") << u"ipad"_s << u"checkin/authenticate-ipad.plist"_s
                                          << u"checkin/tokenupdate-iphone.plist"_s
                                          << u"checkin/tokenupdate-shared-ipad-user.plist"_s
                                          << IpadUdid << IpadUdid + u':' + SharedIpadUser << false;
        QTest::newRow("User Enrollment user")
            << u"user-enrollment"_s << u"checkin/authenticate-user-enrollment.plist"_s
            << u"checkin/tokenupdate-user-enrollment.plist"_s
            << u"checkin/tokenupdate-user-enrollment-user.plist"_s << EnrollmentId
            << EnrollmentId + u':' + EnrollmentUserId << true;
    }

    void userChannels()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, authenticate);
        QFETCH(QString, deviceTokenUpdate);
        QFETCH(QString, userTokenUpdate);
        QFETCH(QString, deviceId);
        QFETCH(QString, userChannelId);
        QFETCH(bool, userEnrollment);
        QCOMPARE(checkin(certificate, authenticate).httpStatus, 200);
        // The iPad's device channel TokenUpdate reuses the iPhone fixture with its own UDID.
        const QVariantMap ids = deviceTokenUpdate.contains(u"iphone"_s)
                                    ? QVariantMap{{u"UDID"_s, deviceId},
                                                  {u"UnlockToken"_s, QVariant()}}
                                    : QVariantMap();
        QCOMPARE(checkin(certificate, deviceTokenUpdate, ids).httpStatus, 200);
        QSignalSpy pushes(m_service.get(), &MdmService::pushRequested);
        QCOMPARE(checkin(certificate, userTokenUpdate).httpStatus, 200);

        const Enrollment device = enrollment(deviceId);
        QCOMPARE(device.type, EnrollmentType::Device);
        QCOMPARE(device.userEnrollment, userEnrollment);
        const Enrollment user = enrollment(userChannelId);
        QCOMPARE(user.type, EnrollmentType::User);
        QCOMPARE(user.parentId, deviceId);
        QCOMPARE(user.deviceId, deviceId);
        QCOMPARE(user.userEnrollment, userEnrollment);
        QVERIFY(user.enabled);
        QVERIFY(user.pushTokenHex != device.pushTokenHex);
        // The user channel gets its own queue: device facts only, no device lists.
        QCOMPARE(requestTypes(userChannelId),
                 QStringList({u"DeviceInformation"_s, u"SecurityInfo"_s}));
        QCOMPARE(requestTypes(deviceId).size(), 5);
        QCOMPARE(pushes.count(), 1);
        QCOMPARE(pushes.at(0).at(0).toStringList(), QStringList({userChannelId}));

        // The user channel's Idle is answered from its own queue.
        const MdmResponse idle = connect(
            certificate,
            patched(u"reports/idle.plist"_s,
                    channelKeys(u"reports/idle.plist"_s, userTokenUpdate)));
        QCOMPARE(idle.httpStatus, 200);
        const QVariantMap command = parseBody(idle.body);
        QCOMPARE(command.value(u"Command"_s).toMap().value(u"RequestType"_s).toString(),
                 u"DeviceInformation"_s);
        const auto sent = m_commands->find(command.value(u"CommandUUID"_s).toString());
        QVERIFY_RESULT(sent);
        QCOMPARE((*sent)->enrollmentId, userChannelId);
    }

    // §3.3: every message but Authenticate must come with the certificate bound to its device
    // channel; a refusal is a 400 (never 401) with an audit entry, and the store is unchanged.
    void bindingRefusals_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("target");
        const QString impostor = u"stranger"_s;
        QTest::newRow("other certificate for the UDID (TokenUpdate)")
            << impostor << u"checkin"_s << fixture(u"checkin/tokenupdate-iphone.plist"_s)
            << u"unknown"_s << IphoneUdid;
        QTest::newRow("certificate bound to another enrollment (Authenticate)")
            << u"mac"_s << u"checkin"_s << fixture(u"checkin/authenticate-iphone.plist"_s)
            << u"device:"_s + MacUdid << IphoneUdid;
        QTest::newRow("another device's certificate (CheckOut)")
            << u"mac"_s << u"checkin"_s << fixture(u"checkin/checkout.plist"_s)
            << u"device:"_s + MacUdid << IphoneUdid;
        QTest::newRow("message before Authenticate")
            << u"ipad"_s << u"checkin"_s
            << patched(u"checkin/tokenupdate-iphone.plist"_s, {{u"UDID"_s, IpadUdid}})
            << u"unknown"_s << IpadUdid;
        QTest::newRow("user channel with another certificate")
            << impostor << u"checkin"_s << fixture(u"checkin/tokenupdate-mac-user.plist"_s)
            << u"unknown"_s << MacUdid + u':' + MacUserId;
        QTest::newRow("user channel of a device that never authenticated")
            << u"ipad"_s << u"checkin"_s << fixture(u"checkin/tokenupdate-shared-ipad-user.plist"_s)
            << u"unknown"_s << IpadUdid + u':' + SharedIpadUser;
        QTest::newRow("bootstrap token with another certificate")
            << impostor << u"checkin"_s << fixture(u"checkin/getbootstraptoken.plist"_s)
            << u"unknown"_s << MacUdid;
        QTest::newRow("UserAuthenticate with another certificate")
            << impostor << u"checkin"_s << fixture(u"checkin/userauthenticate.plist"_s)
            << u"unknown"_s << MacUdid + u":C3D4E5F6-0718-4293-A4B5-C6D7E8F90A1B"_s;
        QTest::newRow("command report with another certificate")
            << impostor << u"connect"_s << fixture(u"reports/idle.plist"_s) << u"unknown"_s
            << IphoneUdid;
        QTest::newRow("command report with another device's certificate")
            << u"mac"_s << u"connect"_s << fixture(u"reports/idle.plist"_s)
            << u"device:"_s + MacUdid << IphoneUdid;
        QTest::newRow("command report before Authenticate")
            << u"ipad"_s << u"connect"_s
            << patched(u"reports/idle.plist"_s, {{u"UDID"_s, IpadUdid}}) << u"unknown"_s
            << IpadUdid;
    }

    void bindingRefusals()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, endpoint);
        QFETCH(QByteArray, body);
        QFETCH(QString, actor);
        QFETCH(QString, target);
        enrollIphone();
        QCOMPARE(checkin(u"mac"_s, u"checkin/authenticate-mac.plist"_s).httpStatus, 200);
        QCOMPARE(checkin(u"mac"_s, u"checkin/tokenupdate-mac.plist"_s).httpStatus, 200);

        const QStringList before = dumpStore(*m_db);
        const qsizetype auditBefore = auditCount();
        QSignalSpy changes(m_service.get(), &MdmService::enrollmentsChanged);
        QSignalSpy pushes(m_service.get(), &MdmService::pushRequested);
        const MdmResponse response = endpoint == u"checkin"_s ? checkinBody(certificate, body)
                                                              : connect(certificate, body);
        QCOMPARE(response.httpStatus, 400);
        QVERIFY(response.body.isEmpty());
        QVERIFY(!response.reason.isEmpty());
        QCOMPARE(dumpStore(*m_db), before);
        QCOMPARE(auditCount(), auditBefore + 1);
        const AuditEntry entry = lastAudit();
        QCOMPARE(entry.action, u"mdm.refused"_s);
        QCOMPARE(entry.actor, actor);
        QCOMPARE(entry.target, target);
        QVERIFY(entry.detail.contains(fingerprint(certificate)));
        QCOMPARE(changes.count(), 0);
        QCOMPARE(pushes.count(), 0);
    }

    void topicMismatchIsRefused()
    {
        const QString wrong = u"com.apple.mgmt.External.00000000-0000-4000-8000-000000000000"_s;
        const QStringList empty = dumpStore(*m_db);
        MdmResponse response = checkin(
            u"iphone"_s, u"checkin/authenticate-iphone.plist"_s, {{u"Topic"_s, wrong}});
        QCOMPARE(response.httpStatus, 400);
        QCOMPARE(dumpStore(*m_db), empty);
        QCOMPARE(lastAudit().action, u"mdm.refused"_s);
        QVERIFY(lastAudit().detail.contains(wrong));

        QCOMPARE(checkin(u"iphone"_s, u"checkin/authenticate-iphone.plist"_s).httpStatus, 200);
        const QStringList before = dumpStore(*m_db);
        response = checkin(
            u"iphone"_s, u"checkin/tokenupdate-iphone.plist"_s, {{u"Topic"_s, wrong}});
        QCOMPARE(response.httpStatus, 400);
        QCOMPARE(dumpStore(*m_db), before);
        QVERIFY(!enrollment(IphoneUdid).enabled);
    }

    void malformedCheckinsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QString tokenUpdate = u"checkin/tokenupdate-iphone.plist"_s;
        QTest::newRow("not a plist") << QByteArray("hello");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("unknown MessageType")
            << patched(tokenUpdate, {{u"MessageType"_s, u"Unenroll"_s}});
        QTest::newRow("Token as string") << patched(tokenUpdate, {{u"Token"_s, u"abcd"_s}});
        QTest::newRow("missing PushMagic") << patched(tokenUpdate, {{u"PushMagic"_s, {}}});
        QTest::newRow("missing UDID") << patched(tokenUpdate, {{u"UDID"_s, {}}});
        QTest::newRow("UnlockToken as string")
            << patched(tokenUpdate, {{u"UnlockToken"_s, u"x"_s}});
        QTest::newRow("Authenticate from a user channel")
            << patched(u"checkin/authenticate-iphone.plist"_s, {{u"UserID"_s, MacUserId}});
    }

    void malformedCheckinsChangeNothing()
    {
        QFETCH(QByteArray, body);
        enrollIphone();
        const QStringList before = dumpStore(*m_db);
        const qsizetype auditBefore = auditCount();
        const MdmResponse response = checkinBody(u"iphone"_s, body);
        QCOMPARE(response.httpStatus, 400);
        QVERIFY(!response.reason.isEmpty());
        QCOMPARE(dumpStore(*m_db), before);
        QCOMPARE(auditCount(), auditBefore);
        QCOMPARE(unlockToken(IphoneUdid), expectedUnlockToken());
    }

    void requestsWithoutAnIdentityAreRefused()
    {
        const QStringList before = dumpStore(*m_db);
        MdmResponse response = m_service->handleCheckin(
            DeviceIdentity{}, fixture(u"checkin/authenticate-iphone.plist"_s));
        QCOMPARE(response.httpStatus, 400);
        // A fingerprint that is not the certificate's is a caller bug: refused too.
        response = m_service->handleCheckin(
            DeviceIdentity{m_certificates.value(u"iphone"_s), fingerprint(u"mac"_s)},
            fixture(u"checkin/authenticate-iphone.plist"_s));
        QCOMPARE(response.httpStatus, 400);
        response = m_service->handleConnect(DeviceIdentity{}, fixture(u"reports/idle.plist"_s));
        QCOMPARE(response.httpStatus, 400);
        QCOMPARE(dumpStore(*m_db), before);
        QCOMPARE(lastAudit().actor, u"unknown"_s);
    }

    // Re-enrollment: the old queue goes, the channel waits for a new TokenUpdate, and the
    // inventory is queued again after it.
    void authenticateAgainClearsTheQueue()
    {
        enrollIphone();
        const QStringList old = uuids(IphoneUdid);
        QCOMPARE(old.size(), 5);
        QSignalSpy commands(m_service.get(), &MdmService::commandsChanged);
        QCOMPARE(checkin(u"iphone"_s, u"checkin/authenticate-iphone.plist"_s).httpStatus, 200);
        for (const QString &uuid : old)
            QCOMPARE(state(uuid), CommandState::Cancelled);
        QVERIFY(!enrollment(IphoneUdid).enabled);
        QCOMPARE(commands.count(), 1);
        QCOMPARE(commands.at(0).at(0).toStringList(), old);
        QVERIFY(lastAudit().detail.contains(u"5 unfinished command(s) cancelled"_s));
        QCOMPARE(connect(u"iphone"_s, fixture(u"reports/idle.plist"_s)).body, QByteArray());
        // The UnlockToken of the first enrollment is not lost by re-authenticating.
        QCOMPARE(unlockToken(IphoneUdid), expectedUnlockToken());

        QCOMPARE(
            checkin(u"iphone"_s, u"checkin/tokenupdate-iphone.plist"_s, {{u"UnlockToken"_s, {}}})
                .httpStatus,
            200);
        QCOMPARE(uuids(IphoneUdid).size(), 10);
        QVERIFY(enrollment(IphoneUdid).enabled);
    }

    // A renewed identity re-authenticates and takes over the binding; the old one stops
    // working.
    void renewedIdentityMovesTheBinding()
    {
        enrollIphone();
        QCOMPARE(checkin(u"renewed-iphone"_s, u"checkin/authenticate-iphone.plist"_s).httpStatus,
                 200);
        QCOMPARE(enrollment(IphoneUdid).identityCertSha256, fingerprint(u"renewed-iphone"_s));
        QVERIFY(lastAudit().detail.contains(u"replaces identity"_s));
        QCOMPARE(checkin(u"iphone"_s, u"checkin/tokenupdate-iphone.plist"_s).httpStatus, 400);
        QCOMPARE(checkin(u"renewed-iphone"_s, u"checkin/tokenupdate-iphone.plist"_s).httpStatus,
                 200);
    }

    void serialChangeIsFlagged()
    {
        enrollIphone();
        QCOMPARE(checkin(u"iphone"_s,
                         u"checkin/authenticate-iphone.plist"_s,
                         {{u"SerialNumber"_s, u"CLONED00001"_s}})
                     .httpStatus,
                 200);
        QVERIFY(lastAudit().detail.contains(
            u"serial number changed from F4GZK1ABN72Q to CLONED00001"_s));
    }

    void checkOut()
    {
        enrollIphone();
        const QStringList pending = uuids(IphoneUdid);
        QCOMPARE(checkin(u"iphone"_s, u"checkin/checkout.plist"_s).httpStatus, 200);
        const Enrollment e = enrollment(IphoneUdid);
        QVERIFY(!e.enabled);
        QVERIFY(e.isCheckedOut());
        QVERIFY(!e.canPush());
        for (const QString &uuid : pending)
            QCOMPARE(state(uuid), CommandState::Cancelled);
        QCOMPARE(lastAudit().action, u"mdm.checkout"_s);
        // History stays.
        const auto device = m_devices->find(IphoneUdid);
        QVERIFY_RESULT(device);
        QVERIFY(device->has_value());
    }

    void userAuthenticateIsDeclined()
    {
        QCOMPARE(checkin(u"mac"_s, u"checkin/authenticate-mac.plist"_s).httpStatus, 200);
        const QStringList before = dumpStore(*m_db);
        const MdmResponse response = checkin(u"mac"_s, u"checkin/userauthenticate.plist"_s);
        QCOMPARE(response.httpStatus, 410);
        QVERIFY(response.body.isEmpty());
        QCOMPARE(dumpStore(*m_db), before);
        // The second step of the exchange is declined the same way.
        QCOMPARE(checkin(u"mac"_s,
                         u"checkin/userauthenticate.plist"_s,
                         {{u"DigestResponse"_s, u"response"_s}})
                     .httpStatus,
                 410);
    }

    void bootstrapTokenSetGetRemove()
    {
        QCOMPARE(checkin(u"mac"_s, u"checkin/authenticate-mac.plist"_s).httpStatus, 200);
        const QByteArray token = fixtureMap(u"checkin/setbootstraptoken.plist"_s)
                                     .value(u"BootstrapToken"_s)
                                     .toByteArray();
        QCOMPARE(token.size(), 128);

        // None yet: an empty answer.
        MdmResponse got = checkin(u"mac"_s, u"checkin/getbootstraptoken.plist"_s);
        QCOMPARE(got.httpStatus, 200);
        QVERIFY(got.body.isEmpty());

        QCOMPARE(checkin(u"mac"_s, u"checkin/setbootstraptoken.plist"_s).httpStatus, 200);
        QCOMPARE(lastAudit().action, u"mdm.bootstrap-token.stored"_s);
        // Sealed in the store, never in the clear.
        Result<QSqlQuery> column = m_db->exec(
            u"SELECT bootstrap_token_sealed, bootstrap_token_ref FROM enrollments WHERE id = ?"_s,
            {MacUdid});
        QVERIFY_RESULT(column);
        QVERIFY(column->next());
        QCOMPARE(column->value(0).toByteArray().size(), token.size() + SecretBox::Overhead);
        QVERIFY(!column->value(0).toByteArray().contains(token.left(16)));
        QVERIFY(column->value(1).isNull());

        got = checkin(u"mac"_s, u"checkin/getbootstraptoken.plist"_s);
        QCOMPARE(got.httpStatus, 200);
        QCOMPARE(got.contentType, QByteArray("application/xml"));
        const QVariantMap answer = parseBody(got.body);
        QCOMPARE(answer.keys(), QStringList({u"BootstrapToken"_s}));
        QCOMPARE(answer.value(u"BootstrapToken"_s).toByteArray(), token);
        QCOMPARE(lastAudit().action, u"mdm.bootstrap-token.sent"_s);
        QVERIFY(!lastAudit().detail.contains(QString::fromLatin1(token.toBase64().left(12))));

        // A SetBootstrapToken without a token removes it.
        QCOMPARE(
            checkin(u"mac"_s, u"checkin/setbootstraptoken.plist"_s, {{u"BootstrapToken"_s, {}}})
                .httpStatus,
            200);
        QCOMPARE(lastAudit().action, u"mdm.bootstrap-token.removed"_s);
        got = checkin(u"mac"_s, u"checkin/getbootstraptoken.plist"_s);
        QCOMPARE(got.httpStatus, 200);
        QVERIFY(got.body.isEmpty());
    }

    void bootstrapTokenNeedsTheDataKey()
    {
        QCOMPARE(checkin(u"mac"_s, u"checkin/authenticate-mac.plist"_s).httpStatus, 200);
        QCOMPARE(checkin(u"mac"_s, u"checkin/setbootstraptoken.plist"_s).httpStatus, 200);
        Result<SecretBox> otherKey = SecretBox::fromKey(QByteArray(SecretBox::KeySize, 'o'));
        QVERIFY_RESULT(otherKey);
        MdmService other(*m_db, m_clock, *otherKey, Topic);
        const MdmResponse got = other.handleCheckin(identity(u"mac"_s),
                                                    fixture(u"checkin/getbootstraptoken.plist"_s));
        QCOMPARE(got.httpStatus, 500);
        QVERIFY(got.body.isEmpty());
    }

    void notSupportedYet_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("certificate");
        QTest::newRow("DeclarativeManagement")
            << u"checkin/declarativemanagement.plist"_s << u"mac"_s;
        QTest::newRow("GetToken") << u"checkin/gettoken.plist"_s << u"iphone"_s;
    }

    void notSupportedYet()
    {
        QFETCH(QString, file);
        QFETCH(QString, certificate);
        enrollIphone();
        QCOMPARE(checkin(u"mac"_s, u"checkin/authenticate-mac.plist"_s).httpStatus, 200);
        const MdmResponse response = checkin(certificate, file);
        QCOMPARE(response.httpStatus, 501);
        QVERIFY(response.body.isEmpty());
        // Still only for the bound certificate.
        QCOMPARE(checkin(u"stranger"_s, file).httpStatus, 400);
    }

    // --- command delivery ---

    void iphoneInventoryEndToEnd()
    {
        enrollIphone();
        QSignalSpy devices(m_service.get(), &MdmService::devicesChanged);
        const QStringList served = answerAll(u"iphone"_s, IphoneUdid, iphoneAnswers());
        QCOMPARE(served,
                 QStringList({u"DeviceInformation"_s,
                              u"SecurityInfo"_s,
                              u"InstalledApplicationList"_s,
                              u"ProfileList"_s,
                              u"CertificateList"_s}));
        for (const QString &uuid : uuids(IphoneUdid))
            QCOMPARE(state(uuid), CommandState::Acknowledged);

        const auto device = m_devices->find(IphoneUdid);
        QVERIFY_RESULT(device);
        const Device &d = **device;
        QCOMPARE(d.name, u"Reception iPhone"_s);
        QCOMPARE(d.productName, u"iPhone15,2"_s);
        QCOMPARE(d.platform, u"iOS"_s);
        QCOMPARE(d.supervised, std::optional<bool>(false));
        QCOMPARE(d.activationLockEnabled, std::optional<bool>(true));
        QCOMPARE(d.passcodePresent, std::optional<bool>(true));
        QVERIFY(d.deviceInformation.contains("Reception iPhone"));

        InventoryRepository inventory(*m_db, m_clock);
        const auto apps = inventory.apps(IphoneUdid);
        QVERIFY_RESULT(apps);
        QCOMPARE(apps->size(), 2);
        // An acknowledged report without its list is stored but changes no inventory.
        const auto profiles = inventory.profiles(IphoneUdid);
        QVERIFY_RESULT(profiles);
        QVERIFY(profiles->isEmpty());
        QCOMPARE(devices.count(), 3);
    }

    void macInventoryEndToEnd()
    {
        QCOMPARE(checkin(u"mac"_s, u"checkin/authenticate-mac.plist"_s).httpStatus, 200);
        QCOMPARE(checkin(u"mac"_s, u"checkin/tokenupdate-mac.plist"_s).httpStatus, 200);
        QCOMPARE(answerAll(u"mac"_s, MacUdid, macAnswers()).size(), 5);
        const auto device = m_devices->find(MacUdid);
        QVERIFY_RESULT(device);
        const Device &d = **device;
        QCOMPARE(d.platform, u"macOS"_s);
        QCOMPARE(d.supervised, std::optional<bool>(true));
        QCOMPARE(d.fileVaultEnabled, std::optional<bool>(true));
        QCOMPARE(d.systemIntegrityProtectionEnabled, std::optional<bool>(true));
        QCOMPARE(d.userApprovedEnrollment, std::optional<bool>(true));
        InventoryRepository inventory(*m_db, m_clock);
        const auto apps = inventory.apps(MacUdid);
        QVERIFY_RESULT(apps);
        QCOMPARE(apps->size(), 1);
        const auto profiles = inventory.profiles(MacUdid);
        QVERIFY_RESULT(profiles);
        QCOMPARE(profiles->size(), 2);
        const auto certificates = inventory.certificates(MacUdid);
        QVERIFY_RESULT(certificates);
        QCOMPARE(certificates->size(), 2);
    }

    void enqueueErrorAndFormatError()
    {
        enrollIphone();
        QVERIFY(!answerAll(u"iphone"_s, IphoneUdid, iphoneAnswers()).isEmpty());
        QSignalSpy pushes(m_service.get(), &MdmService::pushRequested);
        const auto lock = m_service->enqueue(
            {IphoneUdid},
            MdmCommand{u"DeviceLock"_s, {{u"Message"_s, u"Call the desk"_s}}},
            u"helpdesk"_s);
        QVERIFY_RESULT(lock);
        const auto profile = m_service->enqueue(
            {IphoneUdid},
            MdmCommand{u"InstallProfile"_s, {{u"Payload"_s, QByteArray("<x/>")}}},
            u"helpdesk"_s);
        QVERIFY_RESULT(profile);
        QCOMPARE(pushes.count(), 2);
        QCOMPARE(pushes.at(0).at(0).toStringList(), QStringList({IphoneUdid}));
        QCOMPARE(lastAudit().action, u"command.queued"_s);
        QCOMPARE(lastAudit().actor, u"helpdesk"_s);

        MdmResponse response = connect(u"iphone"_s, fixture(u"reports/idle.plist"_s));
        QCOMPARE(response.httpStatus, 200);
        QCOMPARE(response.contentType, QByteArray("application/xml"));
        QVariantMap command = parseBody(response.body);
        QCOMPARE(command.value(u"CommandUUID"_s).toString(), lock->constFirst());
        QCOMPARE(command.value(u"Command"_s).toMap().value(u"Message"_s).toString(),
                 u"Call the desk"_s);
        const auto stored = m_commands->find(lock->constFirst());
        QVERIFY_RESULT(stored);
        QCOMPARE(response.body, (*stored)->payload);

        response = report(u"iphone"_s, u"reports/commandformaterror.plist"_s, lock->constFirst());
        QCOMPARE(response.httpStatus, 200);
        QCOMPARE(state(lock->constFirst()), CommandState::CommandFormatError);
        command = parseBody(response.body);
        QCOMPARE(command.value(u"CommandUUID"_s).toString(), profile->constFirst());

        response = report(
            u"iphone"_s, u"reports/error-installprofile.plist"_s, profile->constFirst());
        QCOMPARE(response.httpStatus, 200);
        QVERIFY(response.body.isEmpty());
        const auto failed = m_commands->find(profile->constFirst());
        QVERIFY_RESULT(failed);
        QCOMPARE((*failed)->state, CommandState::Error);
        QVERIFY((*failed)->errorChain.contains(u"MCProfileErrorDomain 1009"_s));
        QVERIFY((*failed)->result.contains("MCInstallationErrorDomain"));
    }

    void secretsInCommandsAreSealedAtRest()
    {
        enrollIphone();
        QVERIFY(!answerAll(u"iphone"_s, IphoneUdid, iphoneAnswers()).isEmpty());
        const QByteArray unlockToken("unlock-token-secret-bytes");
        const auto clear = m_service->enqueue(
            {IphoneUdid},
            MdmCommand{u"ClearPasscode"_s, {{u"UnlockToken"_s, unlockToken}}},
            u"helpdesk"_s);
        QVERIFY_RESULT(clear);

        // In the store the payload is sealed: neither the token nor its base64 is there.
        const auto stored = m_commands->find(clear->constFirst());
        QVERIFY_RESULT(stored);
        QVERIFY(!(*stored)->payload.contains(unlockToken));
        QVERIFY(!(*stored)->payload.contains(unlockToken.toBase64()));
        QVERIFY(!(*stored)->payload.contains("ClearPasscode"));

        // The device still receives the whole command.
        const MdmResponse response = connect(u"iphone"_s, fixture(u"reports/idle.plist"_s));
        QCOMPARE(response.httpStatus, 200);
        const QVariantMap command = parseBody(response.body);
        QCOMPARE(command.value(u"CommandUUID"_s).toString(), clear->constFirst());
        QCOMPARE(command.value(u"Command"_s).toMap().value(u"UnlockToken"_s).toByteArray(),
                 unlockToken);
        QCOMPARE(command.value(u"Command"_s).toMap().value(u"RequestType"_s).toString(),
                 u"ClearPasscode"_s);
    }

    void notNowOverConnect()
    {
        enrollIphone();
        // Session 1: the first command is NotNow'd and never comes back in this session.
        MdmResponse response = connect(u"iphone"_s, fixture(u"reports/idle.plist"_s));
        const QString first = parseBody(response.body).value(u"CommandUUID"_s).toString();
        QSignalSpy pushes(m_service.get(), &MdmService::pushRequested);
        QStringList seen{first};
        response = report(u"iphone"_s, u"reports/notnow.plist"_s, first);
        while (!response.body.isEmpty()) {
            const QString uuid = parseBody(response.body).value(u"CommandUUID"_s).toString();
            QVERIFY2(!seen.contains(uuid), "a command came back within its session");
            seen.append(uuid);
            const QString type = requestTypeOf(uuid);
            response = report(u"iphone"_s, iphoneAnswers().value(type), uuid);
        }
        QCOMPARE(seen.size(), 5);
        QCOMPARE(state(first), CommandState::NotNow);
        // The session ended after a success: the device will not return by itself, so a push
        // is asked for once the backoff has passed.
        QCOMPARE(pushes.count(), 1);
        QCOMPARE(pushes.at(0).at(0).toStringList(), QStringList({IphoneUdid}));
        QCOMPARE(pushes.at(0).at(1).toDateTime(),
                 s_start.addMSecs(CommandQueue::notNowBackoffMs(1)));

        // Right away, a new session gets nothing: the backoff holds it.
        response = connect(u"iphone"_s, fixture(u"reports/idle.plist"_s));
        QCOMPARE(response.httpStatus, 200);
        QVERIFY(response.body.isEmpty());
        // After it, the next session gets it and it succeeds.
        m_clock.advance(CommandQueue::notNowBackoffMs(1));
        response = connect(u"iphone"_s, fixture(u"reports/idle.plist"_s));
        QCOMPARE(parseBody(response.body).value(u"CommandUUID"_s).toString(), first);
        response = report(u"iphone"_s, iphoneAnswers().value(requestTypeOf(first)), first);
        QVERIFY(response.body.isEmpty());
        const auto done = m_commands->find(first);
        QVERIFY_RESULT(done);
        QCOMPARE((*done)->state, CommandState::Acknowledged);
        QCOMPARE((*done)->notNowCount, 1);
        QCOMPARE((*done)->attempts, 2);
    }

    // §6.3: whatever parsed as a plist is stored and answered with 200 and the next command.
    void strayReportsGetTheNextCommand_data()
    {
        QTest::addColumn<QVariantMap>("changes");
        QTest::newRow("unknown CommandUUID")
            << QVariantMap{{u"CommandUUID"_s, u"00000000-DEAD-4BEE-8F00-000000000000"_s}};
        QTest::newRow("unknown Status") << QVariantMap{{u"Status"_s, u"Done"_s}};
        QTest::newRow("no Status") << QVariantMap{{u"Status"_s, QVariant()}};
        QTest::newRow("CommandUUID as integer") << QVariantMap{{u"CommandUUID"_s, 7}};
    }

    void strayReportsGetTheNextCommand()
    {
        QFETCH(QVariantMap, changes);
        enrollIphone();
        const QString first = uuids(IphoneUdid).constFirst();
        const QByteArray body = patched(u"reports/acknowledged.plist"_s, changes);
        const MdmResponse response = connect(u"iphone"_s, body);
        QCOMPARE(response.httpStatus, 200);
        QCOMPARE(parseBody(response.body).value(u"CommandUUID"_s).toString(), first);
        CommandDeliveryRepository delivery(*m_db, m_clock);
        const auto kept = delivery.unmatchedReports(IphoneUdid);
        QVERIFY_RESULT(kept);
        QCOMPARE(kept->size(), 1);
        QCOMPARE(kept->constFirst().report, body);
    }

    void finishedCommandReportedAgain()
    {
        enrollIphone();
        const QStringList served = answerAll(u"iphone"_s, IphoneUdid, iphoneAnswers());
        QCOMPARE(served.size(), 5);
        const QString first = uuids(IphoneUdid).constFirst();
        // The device sends the same report again: kept, 200, empty (nothing else queued).
        const MdmResponse response = report(
            u"iphone"_s, u"reports/deviceinformation-iphone.plist"_s, first);
        QCOMPARE(response.httpStatus, 200);
        QVERIFY(response.body.isEmpty());
        QCOMPARE(state(first), CommandState::Acknowledged);
    }

    void unreadableReportBodiesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not a plist") << QByteArray("Status=Idle");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no channel") << patched(u"reports/idle.plist"_s, {{u"UDID"_s, {}}});
    }

    void unreadableReportBodiesAreRefused()
    {
        QFETCH(QByteArray, body);
        enrollIphone();
        const QStringList before = dumpStore(*m_db);
        const MdmResponse response = connect(u"iphone"_s, body);
        QCOMPARE(response.httpStatus, 400);
        QCOMPARE(dumpStore(*m_db), before);
    }

    // An acknowledged report whose answer cannot be read is still stored and answered.
    void unreadableResultsAreStillAcknowledged()
    {
        enrollIphone();
        MdmResponse response = connect(u"iphone"_s, fixture(u"reports/idle.plist"_s));
        const QString first = parseBody(response.body).value(u"CommandUUID"_s).toString();
        QCOMPARE(requestTypeOf(first), u"DeviceInformation"_s);
        const QByteArray broken = patched(
            u"reports/deviceinformation-iphone.plist"_s,
            {{u"CommandUUID"_s, first}, {u"QueryResponses"_s, u"not a dict"_s}});
        response = connect(u"iphone"_s, broken);
        QCOMPARE(response.httpStatus, 200);
        QVERIFY(!response.body.isEmpty());
        const auto stored = m_commands->find(first);
        QVERIFY_RESULT(stored);
        QCOMPARE((*stored)->state, CommandState::Acknowledged);
        QCOMPARE((*stored)->result, broken);
        const auto device = m_devices->find(IphoneUdid);
        QVERIFY_RESULT(device);
        QVERIFY((*device)->deviceInformation.isEmpty());
    }

    void cancelRetryAndExpireAnnounceChanges()
    {
        enrollIphone();
        const QString first = uuids(IphoneUdid).constFirst();
        QSignalSpy commands(m_service.get(), &MdmService::commandsChanged);
        QSignalSpy pushes(m_service.get(), &MdmService::pushRequested);
        QVERIFY_RESULT(m_service->cancel(first, u"admin"_s));
        QCOMPARE(commands.count(), 1);
        const auto retried = m_service->retry(first, u"admin"_s);
        QVERIFY_RESULT(retried);
        QCOMPARE(commands.count(), 2);
        QCOMPARE(commands.at(1).at(0).toStringList(), QStringList({first, *retried}));
        QCOMPARE(pushes.count(), 1);

        m_clock.advance(qint64(CommandQueue::DefaultLifetimeDays) * 24 * 3600 * 1000 + 1);
        const auto expired = m_service->expireDue();
        QVERIFY_RESULT(expired);
        QCOMPARE(expired->size(), 5);
        QCOMPARE(commands.count(), 3);
        QCOMPARE(connect(u"iphone"_s, fixture(u"reports/idle.plist"_s)).body, QByteArray());
    }

private:
    [[nodiscard]] QString fingerprint(const QString &name) const
    {
        return m_certificates.value(name).sha256Fingerprint();
    }

    [[nodiscard]] DeviceIdentity identity(const QString &name) const
    {
        const Certificate certificate = m_certificates.value(name);
        return DeviceIdentity{certificate, certificate.sha256Fingerprint()};
    }

    MdmResponse checkinBody(const QString &certificate, const QByteArray &body)
    {
        return m_service->handleCheckin(identity(certificate), body);
    }

    MdmResponse checkin(const QString &certificate,
                        const QString &file,
                        const QVariantMap &changes = {})
    {
        return checkinBody(certificate, changes.isEmpty() ? fixture(file) : patched(file, changes));
    }

    MdmResponse connect(const QString &certificate, const QByteArray &body)
    {
        return m_service->handleConnect(identity(certificate), body);
    }

    // The fixture as the report on one command.
    MdmResponse report(const QString &certificate, const QString &file, const QString &uuid)
    {
        return connect(certificate, patched(file, {{u"CommandUUID"_s, uuid}}));
    }

    // The identifier keys of a check-in fixture, moved onto a report fixture.
    QVariantMap channelKeys(const QString &reportFile, const QString &checkinFile)
    {
        QVariantMap changes;
        for (const QString &key : fixtureMap(reportFile).keys()) {
            if (key == u"UDID"_s)
                changes.insert(key, QVariant());
        }
        const QVariantMap source = fixtureMap(checkinFile);
        for (const QString &key : {u"UDID"_s,
                                   u"UserID"_s,
                                   u"UserShortName"_s,
                                   u"EnrollmentID"_s,
                                   u"EnrollmentUserID"_s}) {
            if (source.contains(key))
                changes.insert(key, source.value(key));
        }
        return changes;
    }

    void enrollIphone()
    {
        QCOMPARE(checkin(u"iphone"_s, u"checkin/authenticate-iphone.plist"_s).httpStatus, 200);
        QCOMPARE(checkin(u"iphone"_s, u"checkin/tokenupdate-iphone.plist"_s).httpStatus, 200);
    }

    // Plays the device: Idle, then answers every command with its fixture until the empty
    // answer. Returns the RequestTypes served, in order.
    QStringList answerAll(const QString &certificate,
                          const QString &udid,
                          const QHash<QString, QString> &answers)
    {
        QStringList served;
        MdmResponse response = connect(certificate,
                                       patched(u"reports/idle.plist"_s, {{u"UDID"_s, udid}}));
        for (int guard = 0; guard < 20 && !response.body.isEmpty(); ++guard) {
            if (response.httpStatus != 200)
                return {u"HTTP %1"_s.arg(response.httpStatus)};
            const QVariantMap command = parseBody(response.body);
            const QString uuid = command.value(u"CommandUUID"_s).toString();
            const QString type
                = command.value(u"Command"_s).toMap().value(u"RequestType"_s).toString();
            served.append(type);
            response = connect(certificate,
                               patched(answers.value(type, u"reports/acknowledged.plist"_s),
                                       {{u"CommandUUID"_s, uuid}, {u"UDID"_s, udid}}));
        }
        return served;
    }

    Enrollment enrollment(const QString &id)
    {
        const auto found = m_enrollments->find(id);
        if (!found || !*found)
            return {};
        return **found;
    }

    QStringList uuids(const QString &enrollmentId)
    {
        QStringList list;
        const auto commands = m_commands->listForEnrollment(enrollmentId);
        if (commands) {
            for (const Command &c : *commands)
                list.append(c.uuid);
        }
        return list;
    }

    QStringList requestTypes(const QString &enrollmentId)
    {
        QStringList list;
        const auto commands = m_commands->listForEnrollment(enrollmentId);
        if (commands) {
            for (const Command &c : *commands)
                list.append(c.requestType);
        }
        return list;
    }

    QString requestTypeOf(const QString &uuid)
    {
        const auto command = m_commands->find(uuid);
        return command && *command ? (*command)->requestType : QString();
    }

    CommandState state(const QString &uuid)
    {
        const auto command = m_commands->find(uuid);
        return command && *command ? (*command)->state : CommandState::Queued;
    }

    QByteArray unlockToken(const QString &enrollmentId)
    {
        EnrollmentTokenRepository tokens(*m_db, m_clock, secretBox());
        const auto token = tokens.unlockToken(enrollmentId);
        return token && *token ? **token : QByteArray();
    }

    static QByteArray expectedUnlockToken()
    {
        return fixtureMap(u"checkin/tokenupdate-iphone.plist"_s)
            .value(u"UnlockToken"_s)
            .toByteArray();
    }

    qsizetype auditCount()
    {
        const auto entries = m_audit->list();
        return entries ? entries->size() : -1;
    }

    AuditEntry lastAudit()
    {
        const auto entries = m_audit->list();
        return entries && !entries->isEmpty() ? entries->constLast() : AuditEntry();
    }

    QHash<QString, Certificate> m_certificates;
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{s_start};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MdmService> m_service;
    const SecretBox m_tokenBox = secretBox();
    std::unique_ptr<EnrollmentRepository> m_enrollments;
    std::unique_ptr<CommandRepository> m_commands;
    std::unique_ptr<DeviceRepository> m_devices;
    std::unique_ptr<AuditLog> m_audit;
};

QTEST_GUILESS_MAIN(tst_MdmService)
#include "tst_MdmService.moc"
