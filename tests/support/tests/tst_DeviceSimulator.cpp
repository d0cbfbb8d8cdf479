// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/Cms.h"
#include "core/plist/Plist.h"
#include "core/server/HttpServer.h"
#include "tests/core/crypto/OpenSslCli.h"
#include "tests/support/DeviceSimulator.h"
#include "tests/support/SimulatedKeyPool.h"
#include "tests/support/SimulatorFleet.h"
#include "tests/support/TestHelpers.h"
#include "tests/support/tests/FakeMdmServer.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

using Kind = SimulatedHardware::Kind;
using Channel = DeviceSimulator::Channel;

// A bound on how long one simulated step may take on a loaded machine, not a timing: the wait
// ends as soon as the future has finished.
constexpr int StepBoundMs = 120000;

template<typename T>
Result<T> waitFor(const QFuture<Result<T>> &future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, StepBoundMs))
        return fail(Error::Code::Cancelled, u"the simulated step did not finish"_s);
    return future.result();
}

QVariantMap command(const QString &requestType, const QVariantMap &keys = {})
{
    QVariantMap command = keys;
    command.insert(u"RequestType"_s, requestType);
    return command;
}

QString status(const QVariantMap &report)
{
    return report.value(u"Status"_s).toString();
}

QVariantMap firstErrorChainItem(const QVariantMap &report)
{
    return report.value(u"ErrorChain"_s).toList().value(0).toMap();
}

} // namespace

class tst_DeviceSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<FakeMdmServer::Pki> pki = FakeMdmServer::Pki::create();
        QVERIFY_RESULT(pki);
        m_pki = *pki;
        Result<std::shared_ptr<SimulatedKeyPool>> keys = SimulatedKeyPool::generate(4);
        QVERIFY_RESULT(keys);
        m_keys = *keys;
    }

    void cleanup() { m_server.reset(); }

    void enrollsAndChecksIn_data()
    {
        QTest::addColumn<int>("kind");
        for (const Kind kind : {Kind::Mac, Kind::IPhone, Kind::IPad, Kind::AppleTV})
            QTest::newRow(qPrintable(SimulatedHardware::kindName(kind))) << int(kind);
    }

    // The whole enrollment with a fresh key, as a device makes one: profile, SCEP, Authenticate,
    // TokenUpdate, each message signed and bound to the identity the SCEP CA issued.
    void enrollsAndChecksIn()
    {
        QFETCH(int, kind);
        QVERIFY(startServer({}));
        DeviceSimulator::Options options = deviceOptions(Kind(kind));
        options.keyPool.reset();
        DeviceSimulator device(options);
        QSignalSpy enrolled(&device, &DeviceSimulator::enrolled);
        QSignalSpy states(&device, &DeviceSimulator::stateChanged);

        QVERIFY_RESULT(waitFor(device.enroll(m_server->enrollmentUrl())));
        QCOMPARE(device.state(), DeviceSimulator::State::Enrolled);
        QCOMPARE(enrolled.size(), 1);
        QCOMPARE(states.first().first().value<DeviceSimulator::State>(),
                 DeviceSimulator::State::Enrolling);
        QVERIFY(device.enrollmentProfile().isSigned);
        QCOMPARE(device.enrollmentProfile().signers.value(0), m_pki.profileSigner);
        QCOMPARE(device.topic(), m_server->topic());

        // The identity: issued by the SCEP CA for a fresh 2048-bit key, subject from the payload.
        const DeviceSimulator::Identity identity = device.identity();
        QCOMPARE(m_server->issuedCertificates().size(), 1);
        QCOMPARE(identity.certificate, m_server->issuedCertificates().first());
        QVERIFY(identity.certificate.verifySignedBy(m_pki.scepCa));
        QVERIFY(identity.key.matches(identity.certificate));
        QCOMPARE(identity.key.bits(), 2048);
        QCOMPARE(identity.certificate.subject().commonName, device.udid());
        QCOMPARE(identity.certificate.subject().organization, u"Espalier Test"_s);

        const QList<FakeMdmServer::Message> authenticate = m_server->checkIns(u"Authenticate"_s);
        QCOMPARE(authenticate.size(), 1);
        const QVariantMap auth = authenticate.first().plist;
        QCOMPARE(auth.value(u"UDID"_s).toString(), device.udid());
        QCOMPARE(auth.value(u"Topic"_s).toString(), m_server->topic());
        QCOMPARE(auth.value(u"SerialNumber"_s).toString(), device.hardware().serialNumber);
        QCOMPARE(auth.value(u"ProductName"_s).toString(), device.hardware().productName);
        QCOMPARE(auth.value(u"OSVersion"_s).toString(), device.hardware().osVersion);
        QCOMPARE(auth.contains(u"DeviceName"_s), Kind(kind) == Kind::Mac);
        QCOMPARE(auth.contains(u"ModelName"_s), Kind(kind) == Kind::Mac);
        QCOMPARE(auth.contains(u"IMEI"_s), Kind(kind) == Kind::IPhone);
        QCOMPARE(authenticate.first().signer, identity.certificate);
        QVERIFY(authenticate.first().signedByHeader);

        QList<FakeMdmServer::Message> tokenUpdates = m_server->checkIns(u"TokenUpdate"_s);
        QCOMPARE(tokenUpdates.size(), Kind(kind) == Kind::Mac ? 2 : 1);
        const QVariantMap update = tokenUpdates.first().plist;
        QCOMPARE(update.value(u"Token"_s).typeId(), QMetaType::QByteArray);
        QCOMPARE(update.value(u"Token"_s).toByteArray(), device.pushToken());
        QCOMPARE(update.value(u"Token"_s).toByteArray().size(), 32);
        QVERIFY(!QUuid::fromString(update.value(u"PushMagic"_s).toString()).isNull());
        QCOMPARE(update.value(u"Topic"_s).toString(), m_server->topic());
        QCOMPARE(update.value(u"AwaitingConfiguration"_s), QVariant(false));
        const bool ios = Kind(kind) == Kind::IPhone || Kind(kind) == Kind::IPad;
        QCOMPARE(update.contains(u"UnlockToken"_s), ios);
        if (ios)
            QCOMPARE(update.value(u"UnlockToken"_s).toByteArray(), device.unlockToken());
        if (Kind(kind) == Kind::Mac) {
            const QVariantMap user = tokenUpdates.at(1).plist;
            QCOMPARE(user.value(u"UserID"_s).toString(), device.userId());
            QCOMPARE(user.value(u"UserShortName"_s).toString(), u"alex"_s);
            QVERIFY(user.contains(u"UserLongName"_s));
            QCOMPARE(user.value(u"NotOnConsole"_s), QVariant(false));
            QVERIFY(!user.contains(u"AwaitingConfiguration"_s));
            QVERIFY(user.value(u"Token"_s).toByteArray() != device.pushToken());
        }
        QVERIFY(m_server->rejections().isEmpty());
        QCOMPARE(device.installedProfileIdentifiers(),
                 QStringList{FakeMdmServer::profileIdentifier()});
    }

    void scepFollowsCapabilities_data()
    {
        QTest::addColumn<QStringList>("capabilities");
        QTest::addColumn<bool>("post");
        QTest::addColumn<bool>("aes");
        QTest::addColumn<bool>("sha256");

        QTest::newRow("POST, AES, SHA-256")
            << QStringList{u"POSTPKIOperation"_s, u"SHA-256"_s, u"AES"_s} << true << true << true;
        QTest::newRow("none: GET, 3DES, SHA-1") << QStringList() << false << false << false;
        QTest::newRow("SCEPStandard") << QStringList{u"SCEPStandard"_s} << true << true << true;
        QTest::newRow("AES over GET")
            << QStringList{u"AES"_s, u"Renewal"_s} << false << true << false;
    }

    void scepFollowsCapabilities()
    {
        QFETCH(QStringList, capabilities);
        QFETCH(bool, post);
        QFETCH(bool, aes);
        QFETCH(bool, sha256);
        FakeMdmServer::Options options;
        options.scepCapabilities = capabilities;
        QVERIFY(startServer(options));
        DeviceSimulator device(deviceOptions(Kind::IPhone));
        QVERIFY_RESULT(waitFor(device.enroll(m_server->enrollmentUrl())));

        const ScepClient::Outcome &scep = device.scepOutcome();
        QCOMPARE(scep.usedPost, post);
        QCOMPARE(scep.cipher == SimulatedScepMessage::Cipher::Aes256Cbc, aes);
        QCOMPARE(scep.digest == SimulatedOpenSsl::DigestAlgorithm::Sha256, sha256);
        QCOMPARE(scep.caCertificates, QList<Certificate>{m_pki.scepCa});
        // The order iOS uses, and the transport the capabilities allow.
        const QList<FakeMdmServer::ScepExchange> &exchanges = m_server->scepExchanges();
        QCOMPARE(exchanges.size(), 3);
        QCOMPARE(exchanges.at(0).operation, u"GetCACaps"_s);
        QCOMPARE(exchanges.at(1).operation, u"GetCACert"_s);
        QCOMPARE(exchanges.at(2).operation, u"PKIOperation"_s);
        QCOMPARE(exchanges.at(2).method, post ? "POST"_ba : "GET"_ba);
        QCOMPARE(exchanges.at(2).messageInQuery, !post);
        QCOMPARE(device.identity().certificate, m_server->issuedCertificates().value(0));
    }

    // A third-party view of the PKCSReq: the SCEP attributes are signed attributes.
    void scepRequestShowsAttributesInOpenSsl()
    {
        if (OpenSslCli::program().isEmpty())
            QSKIP("the openssl command is not installed");
        QVERIFY(startServer({}));
        DeviceSimulator device(deviceOptions(Kind::Mac));
        QVERIFY_RESULT(waitFor(device.enroll(m_server->enrollmentUrl())));

        const OpenSslCli cli(m_dir.path());
        QVERIFY(!cli.writeFile(u"pkcsreq.der"_s, device.scepOutcome().pkiMessage).isEmpty());
        const OpenSslCli::Output printed = cli.run({u"cms"_s,
                                                    u"-cmsout"_s,
                                                    u"-print"_s,
                                                    u"-inform"_s,
                                                    u"DER"_s,
                                                    u"-in"_s,
                                                    u"pkcsreq.der"_s});
        QVERIFY2(printed.succeeded(), printed.text().constData());
        const QByteArray text = printed.standardOutput;
        QVERIFY2(text.contains("signedAttrs:"), text.constData());
        QVERIFY(text.contains("2.16.840.1.113733.1.9.2")); // messageType
        QVERIFY(text.contains("PRINTABLESTRING:19"));      // PKCSReq
        QVERIFY(text.contains("2.16.840.1.113733.1.9.7")); // transactionID
        QVERIFY(text.contains(device.scepOutcome().transactionId.toLatin1()));
        QVERIFY(text.contains("2.16.840.1.113733.1.9.5")); // senderNonce
        QVERIFY(text.contains("pkcs7-data"));
    }

    void mdmSignatureVerifiesWithOpenSslCli_data()
    {
        QTest::addColumn<bool>("sha1");
        QTest::newRow("SHA-256") << false;
        QTest::newRow("SHA-1, as older devices sign") << true;
    }

    // The Mdm-Signature checked by a verifier that shares no code with ours.
    void mdmSignatureVerifiesWithOpenSslCli()
    {
        QFETCH(bool, sha1);
        if (OpenSslCli::program().isEmpty())
            QSKIP("the openssl command is not installed");
        QVERIFY(startServer({}));
        DeviceSimulator::Options options = deviceOptions(Kind::IPhone);
        options.signatureDigest = sha1 ? SimulatedOpenSsl::DigestAlgorithm::Sha1
                                       : SimulatedOpenSsl::DigestAlgorithm::Sha256;
        DeviceSimulator device(options);
        QVERIFY_RESULT(waitFor(device.enroll(m_server->enrollmentUrl())));
        QVERIFY(m_server->rejections().isEmpty()); // our own verifier accepted them all

        const DeviceSimulator::MessageRecord &message = device.messageLog().last();
        QCOMPARE(message.messageType, u"TokenUpdate"_s);
        QVERIFY(!message.signature.isEmpty());
        const OpenSslCli cli(m_dir.path());
        QVERIFY(!cli.writeFile(u"body.plist"_s, message.body).isEmpty());
        QVERIFY(!cli.writeFile(u"signature.der"_s, QByteArray::fromBase64(message.signature))
                     .isEmpty());
        const OpenSslCli::Output verified = cli.run({u"cms"_s,
                                                     u"-verify"_s,
                                                     u"-binary"_s,
                                                     u"-inform"_s,
                                                     u"DER"_s,
                                                     u"-in"_s,
                                                     u"signature.der"_s,
                                                     u"-content"_s,
                                                     u"body.plist"_s,
                                                     u"-noverify"_s,
                                                     u"-out"_s,
                                                     u"verified.plist"_s});
        QVERIFY2(verified.succeeded(), verified.text().constData());
        QCOMPARE(cli.readFile(u"verified.plist"_s), message.body);

        const OpenSslCli::Output printed = cli.run({u"cms"_s,
                                                    u"-cmsout"_s,
                                                    u"-print"_s,
                                                    u"-inform"_s,
                                                    u"DER"_s,
                                                    u"-in"_s,
                                                    u"signature.der"_s});
        QVERIFY2(printed.succeeded(), printed.text().constData());
        QVERIFY(printed.standardOutput.contains(sha1 ? "algorithm: sha1 " : "algorithm: sha256 "));
        QVERIFY(printed.standardOutput.contains("eContent: <ABSENT>")); // detached

        // One changed byte and the same verifier refuses it.
        QByteArray tampered = message.body;
        tampered[tampered.size() / 2] = char(tampered.at(tampered.size() / 2) ^ 0x01);
        QVERIFY(!cli.writeFile(u"tampered.plist"_s, tampered).isEmpty());
        const OpenSslCli::Output refused = cli.run({u"cms"_s,
                                                    u"-verify"_s,
                                                    u"-binary"_s,
                                                    u"-inform"_s,
                                                    u"DER"_s,
                                                    u"-in"_s,
                                                    u"signature.der"_s,
                                                    u"-content"_s,
                                                    u"tampered.plist"_s,
                                                    u"-noverify"_s,
                                                    u"-out"_s,
                                                    u"refused.plist"_s});
        QVERIFY(!refused.succeeded());
    }

    void answersCommands_data()
    {
        QTest::addColumn<int>("kind");
        for (const Kind kind : {Kind::Mac, Kind::IPhone, Kind::IPad, Kind::AppleTV})
            QTest::newRow(qPrintable(SimulatedHardware::kindName(kind))) << int(kind);
    }

    void answersCommands()
    {
        QFETCH(int, kind);
        QVERIFY(startServer({}));
        DeviceSimulator device(deviceOptions(Kind(kind)));
        QVERIFY_RESULT(waitFor(device.enroll(m_server->enrollmentUrl())));
        const bool mac = Kind(kind) == Kind::Mac;
        const bool tv = Kind(kind) == Kind::AppleTV;

        const QString udid = device.udid();
        const QStringList queries = {u"UDID"_s,
                                     u"SerialNumber"_s,
                                     u"ProductName"_s,
                                     u"OSVersion"_s,
                                     u"BuildVersion"_s,
                                     u"DeviceCapacity"_s,
                                     u"PINRequiredForDeviceLock"_s,
                                     u"IMEI"_s,
                                     u"IsSupervised"_s,
                                     u"NoSuchQuery"_s};
        const QString info = m_server->queueCommand(
            udid, command(u"DeviceInformation"_s, {{u"Queries"_s, queries}}));
        const QString security = m_server->queueCommand(udid, command(u"SecurityInfo"_s));
        const QString apps = m_server->queueCommand(udid, command(u"InstalledApplicationList"_s));
        const QString profiles = m_server->queueCommand(udid, command(u"ProfileList"_s));
        const QString certificates = m_server->queueCommand(udid, command(u"CertificateList"_s));
        const QString lock = m_server->queueCommand(
            udid, command(u"DeviceLock"_s, {{u"PIN"_s, u"123456"_s}, {u"Message"_s, u"Hi"_s}}));
        const QString unknown = m_server->queueCommand(udid, command(u"FlyToTheMoon"_s));
        QSignalSpy handled(&device, &DeviceSimulator::commandHandled);

        const Result<int> answered = waitFor(device.connect());
        QVERIFY_RESULT(answered);
        QCOMPARE(*answered, 7);
        QCOMPARE(handled.size(), 7);
        QCOMPARE(m_server->pendingCommands(udid), 0);
        QCOMPARE(device.commandLog().size(), 7);
        QCOMPARE(device.commandLog().first().requestType, u"DeviceInformation"_s);
        QCOMPARE(device.commandLog().first().serverStatus, 200);

        // DeviceInformation: only what was asked and exists on this kind of device.
        const QVariantMap infoReport = m_server->report(info);
        QCOMPARE(status(infoReport), u"Acknowledged"_s);
        QCOMPARE(infoReport.value(u"UDID"_s).toString(), udid);
        const QVariantMap answers = infoReport.value(u"QueryResponses"_s).toMap();
        for (const QString &key : answers.keys())
            QVERIFY2(queries.contains(key), qPrintable(key));
        QCOMPARE(answers.value(u"UDID"_s).toString(), udid);
        QCOMPARE(answers.value(u"ProductName"_s).toString(), device.hardware().productName);
        QCOMPARE(answers.value(u"OSVersion"_s).toString(), mac ? u"14.6"_s : u"17.5"_s);
        QVERIFY(!answers.contains(u"NoSuchQuery"_s));
        QCOMPARE(answers.contains(u"PINRequiredForDeviceLock"_s), mac);
        QCOMPARE(answers.contains(u"IMEI"_s), Kind(kind) == Kind::IPhone);
        QCOMPARE(answers.contains(u"DeviceCapacity"_s), !tv);
        if (mac)
            QCOMPARE(answers.value(u"PINRequiredForDeviceLock"_s), QVariant(true));

        const QVariantMap securityInfo
            = m_server->report(security).value(u"SecurityInfo"_s).toMap();
        QCOMPARE(status(m_server->report(security)), u"Acknowledged"_s);
        QCOMPARE(securityInfo.contains(u"FDE_Enabled"_s), mac);
        QCOMPARE(securityInfo.contains(u"SystemIntegrityProtectionEnabled"_s), mac);
        QCOMPARE(securityInfo.contains(u"PasscodePresent"_s), !mac);
        QVERIFY(securityInfo.value(u"ManagementStatus"_s).toMap().contains(u"IsUserEnrollment"_s));

        const QVariantList appList
            = m_server->report(apps).value(u"InstalledApplicationList"_s).toList();
        QVERIFY(!appList.isEmpty());
        QVERIFY(!appList.first().toMap().value(u"Identifier"_s).toString().isEmpty());

        const QVariantList profileList
            = m_server->report(profiles).value(u"ProfileList"_s).toList();
        QCOMPARE(profileList.size(), 1);
        const QVariantMap enrollment = profileList.first().toMap();
        QCOMPARE(enrollment.value(u"PayloadIdentifier"_s).toString(),
                 FakeMdmServer::profileIdentifier());
        QCOMPARE(enrollment.value(u"SignerCertificates"_s).toList().value(0).toByteArray(),
                 m_pki.profileSigner.toDer());
        QCOMPARE(enrollment.value(u"PayloadContent"_s).toList().size(), 2);
        QCOMPARE(enrollment.contains(u"IsManaged"_s), !mac);

        bool identityListed = false;
        for (const QVariant &entry :
             m_server->report(certificates).value(u"CertificateList"_s).toList()) {
            const QVariantMap map = entry.toMap();
            if (map.value(u"Data"_s).toByteArray() == device.identity().certificate.toDer()) {
                identityListed = map.value(u"IsIdentity"_s).toBool();
                QCOMPARE(map.value(u"CommonName"_s).toString(), udid);
            }
        }
        QVERIFY(identityListed);

        const QVariantMap lockReport = m_server->report(lock);
        if (tv) {
            QCOMPARE(status(lockReport), u"CommandFormatError"_s);
        } else {
            QCOMPARE(status(lockReport), u"Acknowledged"_s);
            QCOMPARE(lockReport.value(u"MessageResult"_s).toString(), u"Success"_s);
            QCOMPARE(device.deviceState().lockCount, 1);
        }

        const QVariantMap unknownReport = m_server->report(unknown);
        QCOMPARE(status(unknownReport), u"CommandFormatError"_s);
        QVERIFY(!firstErrorChainItem(unknownReport).value(u"ErrorDomain"_s).toString().isEmpty());
        QVERIFY(firstErrorChainItem(unknownReport).contains(u"USEnglishDescription"_s));
    }

    // Keep-alive: the enrollment downloads share one connection, every signed message another
    // (it presents the identity), however many commands run.
    void reusesConnections()
    {
        QVERIFY(startServer({}));
        DeviceSimulator device(deviceOptions(Kind::IPad));
        QVERIFY_RESULT(waitFor(device.enroll(m_server->enrollmentUrl())));
        for (int i = 0; i < 5; ++i)
            m_server->queueCommand(device.udid(), command(u"SecurityInfo"_s));
        QCOMPARE(waitFor(device.connect()).value_or(-1), 5);
        QCOMPARE(device.httpClient().connectionsOpened(), 2);
        QCOMPARE(m_server->httpServer().statistics().acceptedConnections, quint64(2));
        QVERIFY(!m_server->tlsClientCertificates().isEmpty());
        QCOMPARE(m_server->tlsClientCertificates().last().toDer(),
                 device.identity().certificate.toDer());
    }

    void installsAndRemovesProfiles()
    {
        QVERIFY(startServer({}));
        DeviceSimulator device(deviceOptions(Kind::IPhone));
        QVERIFY_RESULT(waitFor(device.enroll(m_server->enrollmentUrl())));
        const QString udid = device.udid();

        const QVariantMap trust = {
            {u"PayloadType"_s, u"Configuration"_s},
            {u"PayloadVersion"_s, 1},
            {u"PayloadIdentifier"_s, u"com.example.trust"_s},
            {u"PayloadUUID"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"PayloadDisplayName"_s, u"Trust"_s},
            {u"PayloadContent"_s,
             QVariantList{
                 QVariantMap{{u"PayloadType"_s, u"com.apple.security.root"_s},
                             {u"PayloadVersion"_s, 1},
                             {u"PayloadIdentifier"_s, u"com.example.trust.root"_s},
                             {u"PayloadUUID"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {u"PayloadContent"_s, m_pki.tlsCa.toDer()}}}},
        };
        Result<QByteArray> xml = Plist::toXml(trust);
        QVERIFY_RESULT(xml);
        Result<QByteArray> signedTrust = Cms::signAttached(
            *xml, m_pki.profileSigner, m_pki.profileSignerKey);
        QVERIFY_RESULT(signedTrust);

        const QString install = m_server->queueCommand(
            udid, command(u"InstallProfile"_s, {{u"Payload"_s, *signedTrust}}));
        const QString listed = m_server->queueCommand(
            udid, command(u"ProfileList"_s, {{u"ManagedOnly"_s, true}}));
        const QString certificates = m_server->queueCommand(udid, command(u"CertificateList"_s));
        const QString remove = m_server->queueCommand(
            udid, command(u"RemoveProfile"_s, {{u"Identifier"_s, u"com.example.trust"_s}}));
        const QString removeAgain = m_server->queueCommand(
            udid, command(u"RemoveProfile"_s, {{u"Identifier"_s, u"com.example.trust"_s}}));
        const QString garbage = m_server->queueCommand(
            udid, command(u"InstallProfile"_s, {{u"Payload"_s, "not a profile"_ba}}));
        const QString missing = m_server->queueCommand(udid, command(u"InstallProfile"_s));
        QVERIFY_RESULT(waitFor(device.connect()));

        QCOMPARE(status(m_server->report(install)), u"Acknowledged"_s);
        const QVariantList managed = m_server->report(listed).value(u"ProfileList"_s).toList();
        QCOMPARE(managed.size(), 1);
        QCOMPARE(managed.first().toMap().value(u"PayloadIdentifier"_s).toString(),
                 u"com.example.trust"_s);
        QCOMPARE(managed.first().toMap().value(u"IsManaged"_s), QVariant(true));
        bool rootListed = false;
        for (const QVariant &entry :
             m_server->report(certificates).value(u"CertificateList"_s).toList()) {
            rootListed = rootListed
                         || entry.toMap().value(u"Data"_s).toByteArray() == m_pki.tlsCa.toDer();
        }
        QVERIFY(rootListed);
        QCOMPARE(status(m_server->report(remove)), u"Acknowledged"_s);
        QCOMPARE(status(m_server->report(removeAgain)), u"Error"_s);
        QCOMPARE(status(m_server->report(garbage)), u"Error"_s);
        QCOMPARE(firstErrorChainItem(m_server->report(garbage)).value(u"ErrorDomain"_s).toString(),
                 u"MCProfileErrorDomain"_s);
        QCOMPARE(status(m_server->report(missing)), u"CommandFormatError"_s);
        QCOMPARE(device.installedProfileIdentifiers(),
                 QStringList{FakeMdmServer::profileIdentifier()});
    }

    void lostModeNeedsSupervisedIos_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("supervised");
        QTest::addColumn<QString>("expected");
        QTest::newRow("supervised iPhone") << int(Kind::IPhone) << true << u"Acknowledged"_s;
        QTest::newRow("unsupervised iPhone") << int(Kind::IPhone) << false << u"Error"_s;
        QTest::newRow("Mac") << int(Kind::Mac) << true << u"CommandFormatError"_s;
        QTest::newRow("Apple TV") << int(Kind::AppleTV) << true << u"CommandFormatError"_s;
    }

    void lostModeNeedsSupervisedIos()
    {
        QFETCH(int, kind);
        QFETCH(bool, supervised);
        QFETCH(QString, expected);
        QVERIFY(startServer({}));
        DeviceSimulator::Options options = deviceOptions(Kind(kind));
        options.supervised = supervised;
        DeviceSimulator device(options);
        QVERIFY_RESULT(waitFor(device.enroll(m_server->enrollmentUrl())));
        const QString udid = device.udid();
        const QString enable = m_server->queueCommand(
            udid, command(u"EnableLostMode"_s, {{u"Message"_s, u"Please return me"_s}}));
        const QString locate = m_server->queueCommand(udid, command(u"DeviceLocation"_s));
        const QString sound = m_server->queueCommand(udid, command(u"PlayLostModeSound"_s));
        const QString lock = m_server->queueCommand(udid, command(u"DeviceLock"_s));
        const QString disable = m_server->queueCommand(udid, command(u"DisableLostMode"_s));
        QVERIFY_RESULT(waitFor(device.connect()));

        for (const QString &uuid : {enable, locate, sound, disable})
            QCOMPARE(status(m_server->report(uuid)), expected);
        if (expected != u"Acknowledged"_s)
            return;
        const QVariantMap location = m_server->report(locate);
        for (const QString &key : {u"Latitude"_s,
                                   u"Longitude"_s,
                                   u"HorizontalAccuracy"_s,
                                   u"VerticalAccuracy"_s,
                                   u"Altitude"_s,
                                   u"Speed"_s,
                                   u"Course"_s}) {
            QCOMPARE(location.value(key).typeId(), QMetaType::Double);
        }
        QVERIFY(QDateTime::fromString(location.value(u"Timestamp"_s).toString(), Qt::ISODate)
                    .isValid());
        QCOMPARE(m_server->report(lock).value(u"MessageResult"_s).toString(),
                 u"DeviceInLostMode"_s);
        QCOMPARE(device.deviceState().lostModeSoundCount, 1);
        QVERIFY(!device.deviceState().lostMode);
    }

    void clearPasscodeChecksUnlockToken()
    {
        QVERIFY(startServer({}));
        DeviceSimulator device(deviceOptions(Kind::IPhone));
        QVERIFY_RESULT(waitFor(device.enroll(m_server->enrollmentUrl())));
        const QByteArray token = m_server->checkIns(u"TokenUpdate"_s)
                                     .first()
                                     .plist.value(u"UnlockToken"_s)
                                     .toByteArray();
        QVERIFY(!token.isEmpty());
        const QString wrong = m_server->queueCommand(
            device.udid(), command(u"ClearPasscode"_s, {{u"UnlockToken"_s, "nope"_ba}}));
        const QString right = m_server->queueCommand(
            device.udid(), command(u"ClearPasscode"_s, {{u"UnlockToken"_s, token}}));
        const QString security = m_server->queueCommand(device.udid(), command(u"SecurityInfo"_s));
        QVERIFY(device.deviceState().passcodePresent);
        QVERIFY_RESULT(waitFor(device.connect()));
        QCOMPARE(status(m_server->report(wrong)), u"Error"_s);
        QCOMPARE(status(m_server->report(right)), u"Acknowledged"_s);
        QVERIFY(!device.deviceState().passcodePresent);
        QCOMPARE(
            m_server->report(security).value(u"SecurityInfo"_s).toMap().value(u"PasscodePresent"_s),
            QVariant(false));
    }

    void settingsApplyPerItem()
    {
        QVERIFY(startServer({}));
        DeviceSimulator device(deviceOptions(Kind::Mac));
        QVERIFY_RESULT(waitFor(device.enroll(m_server->enrollmentUrl())));
        const QVariantList items = {
            QVariantMap{{u"Item"_s, u"DeviceName"_s}, {u"DeviceName"_s, u"Front Desk Mac"_s}},
            QVariantMap{{u"Item"_s, u"HostName"_s}, {u"HostName"_s, u"front-desk.local"_s}},
            QVariantMap{{u"Item"_s, u"Wallpaper"_s}, {u"Where"_s, 1}, {u"Image"_s, "png"_ba}},
        };
        const QString settings = m_server->queueCommand(
            device.udid(), command(u"Settings"_s, {{u"Settings"_s, items}}));
        const QString info = m_server->queueCommand(
            device.udid(),
            command(u"DeviceInformation"_s,
                    {{u"Queries"_s, QStringList{u"DeviceName"_s, u"HostName"_s}}}));
        const QString malformed = m_server->queueCommand(
            device.udid(), command(u"Settings"_s, {{u"Settings"_s, u"DeviceName"_s}}));
        QVERIFY_RESULT(waitFor(device.connect()));

        const QVariantMap report = m_server->report(settings);
        QCOMPARE(status(report), u"Acknowledged"_s);
        const QVariantList results = report.value(u"Settings"_s).toList();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).toMap().value(u"Status"_s).toString(), u"Acknowledged"_s);
        QCOMPARE(results.at(1).toMap().value(u"Status"_s).toString(), u"Acknowledged"_s);
        QCOMPARE(results.at(2).toMap().value(u"Status"_s).toString(), u"Error"_s);
        const QVariantMap answers = m_server->report(info).value(u"QueryResponses"_s).toMap();
        QCOMPARE(answers.value(u"DeviceName"_s).toString(), u"Front Desk Mac"_s);
        QCOMPARE(answers.value(u"HostName"_s).toString(), u"front-desk.local"_s);
        QCOMPARE(status(m_server->report(malformed)), u"CommandFormatError"_s);
    }

    // NotNow: the server keeps the command and hands it out again in a later session.
    void notNowLeavesCommandsQueued()
    {
        QVERIFY(startServer({}));
        DeviceSimulator device(deviceOptions(Kind::IPhone));
        QVERIFY_RESULT(waitFor(device.enroll(m_server->enrollmentUrl())));
        const QString udid = device.udid();
        const QString security = m_server->queueCommand(udid, command(u"SecurityInfo"_s));
        const QString profiles = m_server->queueCommand(udid, command(u"ProfileList"_s));
        device.answerNotNow(1);
        QCOMPARE(waitFor(device.connect()).value_or(-1), 2);
        QCOMPARE(device.commandLog().at(0).status, u"NotNow"_s);
        QCOMPARE(device.commandLog().at(0).commandUuid, security);
        QCOMPARE(status(m_server->report(profiles)), u"Acknowledged"_s);
        QCOMPARE(m_server->pendingCommands(udid), 1);

        QCOMPARE(waitFor(device.connect()).value_or(-1), 1);
        QCOMPARE(status(m_server->report(security)), u"Acknowledged"_s);
        QCOMPARE(m_server->pendingCommands(udid), 0);

        device.answerNotNowFor(u"ProfileList"_s);
        const QString again = m_server->queueCommand(udid, command(u"ProfileList"_s));
        QCOMPARE(waitFor(device.connect()).value_or(-1), 1);
        QCOMPARE(waitFor(device.connect()).value_or(-1), 1);
        QCOMPARE(status(m_server->report(again)), u"NotNow"_s);
        QCOMPARE(m_server->pendingCommands(udid), 1);
    }

    void eraseSilencesTheDevice()
    {
        QVERIFY(startServer({}));
        DeviceSimulator device(deviceOptions(Kind::IPhone));
        QVERIFY_RESULT(waitFor(device.enroll(m_server->enrollmentUrl())));
        QSignalSpy unenrolled(&device, &DeviceSimulator::unenrolled);
        const QString erase = m_server->queueCommand(device.udid(), command(u"EraseDevice"_s));
        m_server->queueCommand(device.udid(), command(u"SecurityInfo"_s));
        QCOMPARE(waitFor(device.connect()).value_or(-1), 1);
        QCOMPARE(status(m_server->report(erase)), u"Acknowledged"_s);
        QCOMPARE(device.state(), DeviceSimulator::State::Erased);
        QCOMPARE(unenrolled.size(), 1);
        QCOMPARE(m_server->pendingCommands(device.udid()), 1); // never fetched
        QVERIFY(m_server->checkIns(u"CheckOut"_s).isEmpty());  // a wiped device does not say bye
        QVERIFY(device.installedProfileIdentifiers().isEmpty());
        const Result<int> silent = waitFor(device.connect());
        QVERIFY_FAILS_WITH(silent, Error::Code::Conflict);
    }

    void unenrollSendsCheckOut()
    {
        QVERIFY(startServer({}));
        DeviceSimulator device(deviceOptions(Kind::Mac));
        QVERIFY_RESULT(waitFor(device.enroll(m_server->enrollmentUrl())));
        QVERIFY_RESULT(waitFor(device.unenroll()));
        QCOMPARE(device.state(), DeviceSimulator::State::Unenrolled);
        const QList<FakeMdmServer::Message> checkOuts = m_server->checkIns(u"CheckOut"_s);
        QCOMPARE(checkOuts.size(), 1);
        QCOMPARE(checkOuts.first().plist.value(u"UDID"_s).toString(), device.udid());
        QCOMPARE(checkOuts.first().plist.value(u"Topic"_s).toString(), m_server->topic());
        QVERIFY(device.installedProfileIdentifiers().isEmpty());
    }

    void removingTheEnrollmentProfileUnenrolls()
    {
        QVERIFY(startServer({}));
        DeviceSimulator device(deviceOptions(Kind::IPad));
        QVERIFY_RESULT(waitFor(device.enroll(m_server->enrollmentUrl())));
        const QString remove = m_server->queueCommand(
            device.udid(),
            command(u"RemoveProfile"_s, {{u"Identifier"_s, FakeMdmServer::profileIdentifier()}}));
        QVERIFY_RESULT(waitFor(device.connect()));
        QCOMPARE(status(m_server->report(remove)), u"Acknowledged"_s);
        QCOMPARE(m_server->checkIns(u"CheckOut"_s).size(), 1);
        QCOMPARE(device.state(), DeviceSimulator::State::Unenrolled);
    }

    // A fresh enrollment profile through InstallProfile renews the identity: SCEP again, a new
    // Authenticate with the new certificate, and the answer signed with it.
    void installProfileRenewsIdentity()
    {
        QVERIFY(startServer({}));
        DeviceSimulator device(deviceOptions(Kind::IPhone));
        QVERIFY_RESULT(waitFor(device.enroll(m_server->enrollmentUrl())));
        const Certificate first = device.identity().certificate;
        const QString renew = m_server->queueCommand(
            device.udid(),
            command(u"InstallProfile"_s, {{u"Payload"_s, m_server->enrollmentProfile()}}));
        QVERIFY_RESULT(waitFor(device.connect()));
        QCOMPARE(status(m_server->report(renew)), u"Acknowledged"_s);
        QCOMPARE(m_server->issuedCertificates().size(), 2);
        const Certificate second = device.identity().certificate;
        QVERIFY(!(second == first));
        QCOMPARE(second, m_server->issuedCertificates().last());
        const QList<FakeMdmServer::Message> authenticate = m_server->checkIns(u"Authenticate"_s);
        QCOMPARE(authenticate.size(), 2);
        QCOMPARE(authenticate.last().signer, second);
        QCOMPARE(m_server->reports().last().signer, second);
        QCOMPARE(device.state(), DeviceSimulator::State::Enrolled);
        QCOMPARE(device.installedProfileIdentifiers(),
                 QStringList{FakeMdmServer::profileIdentifier()});
    }

    void userChannelAnswersItsOwnQueue()
    {
        QVERIFY(startServer({}));
        DeviceSimulator device(deviceOptions(Kind::Mac));
        QVERIFY_RESULT(waitFor(device.enroll(m_server->enrollmentUrl())));
        QVERIFY(device.hasUserChannel());
        const QString channel = device.udid() + u':' + device.userId();
        const QString info = m_server->queueCommand(
            channel,
            command(u"DeviceInformation"_s, {{u"Queries"_s, QStringList{u"PushToken"_s}}}));
        const QString lock = m_server->queueCommand(channel, command(u"DeviceLock"_s));
        QCOMPARE(waitFor(device.connect(Channel::User)).value_or(-1), 2);
        const QVariantMap report = m_server->report(info);
        QCOMPARE(report.value(u"UserID"_s).toString(), device.userId());
        QCOMPARE(report.value(u"QueryResponses"_s).toMap().value(u"PushToken"_s).toByteArray(),
                 device.pushToken(Channel::User));
        QCOMPARE(status(m_server->report(lock)), u"CommandFormatError"_s);

        // Without the capability there is no user channel.
        m_server.reset();
        FakeMdmServer::Options options;
        options.serverCapabilities.clear();
        QVERIFY(startServer(options));
        DeviceSimulator plain(deviceOptions(Kind::Mac));
        QVERIFY_RESULT(waitFor(plain.enroll(m_server->enrollmentUrl())));
        QVERIFY(!plain.hasUserChannel());
        QCOMPARE(m_server->checkIns(u"TokenUpdate"_s).size(), 1);
    }

    void faultsAreRefusedByTheServer_data()
    {
        QTest::addColumn<DeviceSimulator::Fault>("fault");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("reason");

        using Fault = DeviceSimulator::Fault;
        QTest::newRow("foreign CA") << Fault::ForeignCaCertificate << 400 << u"authentication"_s;
        QTest::newRow("other device")
            << Fault::OtherDeviceCertificate << 400 << u"not bound to this device"_s;
        QTest::newRow("bad signature") << Fault::BadSignature << 400 << u"authentication"_s;
        QTest::newRow("no signature") << Fault::NoSignature << 400 << u"no Mdm-Signature"_s;
        QTest::newRow("garbage plist") << Fault::GarbagePlist << 400 << u"not a property list"_s;
        QTest::newRow("wrong content type")
            << Fault::WrongContentType << 400 << u"wrong Content-Type"_s;
        QTest::newRow("oversize body") << Fault::OversizeBody << 413 << QString();
        QTest::newRow("truncated body") << Fault::TruncatedBody << 0 << QString();
    }

    void faultsAreRefusedByTheServer()
    {
        QFETCH(DeviceSimulator::Fault, fault);
        QFETCH(int, httpStatus);
        QFETCH(QString, reason);
        QVERIFY(startServer({}));
        DeviceSimulator::Options options = deviceOptions(Kind::IPhone);
        options.oversizeBodyBytes = qsizetype{2} * 1024 * 1024;
        DeviceSimulator device(options);
        QVERIFY_RESULT(waitFor(device.enroll(m_server->enrollmentUrl())));
        DeviceSimulator other(deviceOptions(Kind::IPad));
        QVERIFY_RESULT(waitFor(other.enroll(m_server->enrollmentUrl(u"token-2"_s))));
        device.setOtherDeviceIdentity(other.identity());
        const qsizetype reportsBefore = m_server->reports().size();
        QSignalSpy errors(&device, &DeviceSimulator::errorOccurred);

        device.injectFault(fault);
        QVERIFY(!waitFor(device.connect()));
        QCOMPARE(errors.size(), 1);
        const DeviceSimulator::MessageRecord &sent = device.messageLog().last();
        QCOMPARE(sent.fault, std::optional<DeviceSimulator::Fault>(fault));
        QCOMPARE(sent.serverStatus, httpStatus);
        QCOMPARE(m_server->reports().size(), reportsBefore); // nothing was accepted
        if (!reason.isEmpty()) {
            QCOMPARE(m_server->rejections().size(), 1);
            QVERIFY2(m_server->rejections().first().reason.contains(reason),
                     qPrintable(m_server->rejections().first().reason));
        } else {
            QVERIFY(m_server->rejections().isEmpty());
        }

        // The fault was for one message; the device is still in good standing.
        QCOMPARE(waitFor(device.connect()).value_or(-1), 0);
        QCOMPARE(m_server->reports().size(), reportsBefore + 1);
        QCOMPARE(device.state(), DeviceSimulator::State::Enrolled);
    }

    void checkInFaultFailsTheCheckIn()
    {
        QVERIFY(startServer({}));
        DeviceSimulator device(deviceOptions(Kind::AppleTV));
        QVERIFY_RESULT(waitFor(device.enroll(m_server->enrollmentUrl())));
        device.injectFault(DeviceSimulator::Fault::BadSignature);
        device.rotatePushToken();
        QVERIFY(!waitFor(device.sendTokenUpdate()));
        QCOMPARE(m_server->checkIns(u"TokenUpdate"_s).size(), 1);
        QVERIFY_RESULT(waitFor(device.sendTokenUpdate()));
        const QList<FakeMdmServer::Message> updates = m_server->checkIns(u"TokenUpdate"_s);
        QCOMPARE(updates.size(), 2);
        QCOMPARE(updates.last().plist.value(u"Token"_s).toByteArray(), device.pushToken());
        QVERIFY(updates.last().plist.value(u"Token"_s) != updates.first().plist.value(u"Token"_s));
    }

    void unauthorizedUnenrolls()
    {
        QVERIFY(startServer({}));
        DeviceSimulator device(deviceOptions(Kind::IPhone));
        QVERIFY_RESULT(waitFor(device.enroll(m_server->enrollmentUrl())));
        QSignalSpy unenrolled(&device, &DeviceSimulator::unenrolled);
        m_server->answerUnauthorizedOnce();
        QVERIFY(!waitFor(device.connect()));
        QCOMPARE(device.state(), DeviceSimulator::State::Unenrolled);
        QCOMPARE(unenrolled.size(), 1);
    }

    void caFingerprintMismatchStopsEnrollment()
    {
        FakeMdmServer::Options options;
        options.wrongCaFingerprint = true;
        QVERIFY(startServer(options));
        DeviceSimulator device(deviceOptions(Kind::IPhone));
        QSignalSpy errors(&device, &DeviceSimulator::errorOccurred);
        QVERIFY_FAILS_WITH(waitFor(device.enroll(m_server->enrollmentUrl())), Error::Code::Tls);
        QCOMPARE(device.state(), DeviceSimulator::State::Unenrolled);
        QCOMPARE(errors.size(), 1);
        QVERIFY(m_server->issuedCertificates().isEmpty()); // no PKIOperation
        QVERIFY(m_server->checkIns().isEmpty());
    }

    void unsignedProfileAndPkcs12Identity()
    {
        FakeMdmServer::Options options;
        options.signProfile = false;
        options.pkcs12Identity = true;
        QVERIFY(startServer(options));
        DeviceSimulator device(deviceOptions(Kind::Mac));
        QVERIFY_RESULT(waitFor(device.enroll(m_server->enrollmentUrl())));
        QVERIFY(!device.enrollmentProfile().isSigned);
        QVERIFY(m_server->scepExchanges().isEmpty());
        QCOMPARE(device.identity().certificate, m_server->issuedCertificates().value(0));
        QCOMPARE(m_server->checkIns(u"Authenticate"_s).size(), 1);
    }

    // Without SignMessage the identity travels only as the TLS client certificate.
    void mutualTlsWithoutSignMessage()
    {
        FakeMdmServer::Options options;
        options.signMessage = false;
        QVERIFY(startServer(options));
        DeviceSimulator device(deviceOptions(Kind::IPhone));
        QVERIFY_RESULT(waitFor(device.enroll(m_server->enrollmentUrl())));
        m_server->queueCommand(device.udid(), command(u"SecurityInfo"_s));
        QCOMPARE(waitFor(device.connect()).value_or(-1), 1);
        for (const DeviceSimulator::MessageRecord &message : device.messageLog())
            QVERIFY(message.signature.isEmpty());
        for (const FakeMdmServer::Message &message : m_server->reports()) {
            QVERIFY(!message.signedByHeader);
            QCOMPARE(message.signer, device.identity().certificate);
        }
    }

    void refusesAWrongContentTypeForTheProfile()
    {
        QVERIFY(startServer({}));
        DeviceSimulator device(deviceOptions(Kind::IPhone));
        // The SCEP URL answers text/plain: Safari would show it, not install it.
        QUrl url = m_server->url(u"/scep"_s);
        url.setQuery(u"operation=GetCACaps"_s);
        QVERIFY_FAILS_WITH(waitFor(device.enroll(url)), Error::Code::InvalidInput);
        QCOMPARE(device.state(), DeviceSimulator::State::Unenrolled);
    }

    // A simulator destroyed mid-enrollment drops its work: the future is cancelled, nothing runs
    // on the dead object, and the server keeps serving.
    void destroyingMidEnrollmentCancels()
    {
        QVERIFY(startServer({}));
        QPointer<DeviceSimulator> device = new DeviceSimulator(deviceOptions(Kind::IPhone));
        // Gone while GetCACert is on the wire.
        QObject::connect(
            device, &DeviceSimulator::requestFinished, this, [device](const QString &kind) {
                if (kind == u"GetCACaps"_s)
                    device->deleteLater();
            });
        const QFuture<Result<void>> enrolling = device->enroll(m_server->enrollmentUrl());
        QTRY_VERIFY_WITH_TIMEOUT(device.isNull(), StepBoundMs);
        QVERIFY(enrolling.isFinished());
        QVERIFY(enrolling.isCanceled());
        QVERIFY(m_server->issuedCertificates().isEmpty());

        DeviceSimulator next(deviceOptions(Kind::IPhone));
        QVERIFY_RESULT(waitFor(next.enroll(m_server->enrollmentUrl(u"token-2"_s))));
    }

    void fleetEnrollsAndConnectsConcurrently()
    {
        QVERIFY(startServer({}));
        SimulatorFleet fleet;
        fleet.setMaxConcurrent(5);
        const QList<Kind> kinds = {Kind::Mac, Kind::IPhone, Kind::IPad, Kind::AppleTV};
        const QSslConfiguration tls = m_server->clientTlsConfiguration();
        fleet.addDevices(12, [&](int index) {
            DeviceSimulator::Options options;
            options.hardware = SimulatedHardware::preset(kinds.at(index % kinds.size()));
            options.tls = tls;
            options.keyPool = m_keys;
            return options;
        });
        QSignalSpy finished(&fleet, &SimulatorFleet::deviceFinished);
        QFuture<SimulatorFleet::Report> enrolling = fleet.enrollAll(
            [this](int index) { return m_server->enrollmentUrl(u"token-%1"_s.arg(index)); });
        QVERIFY(QTest::qWaitFor([&enrolling] { return enrolling.isFinished(); }, StepBoundMs));
        const SimulatorFleet::Report enrolled = enrolling.result();
        QVERIFY2(enrolled.failed() == 0, qPrintable(enrolled.summary()));
        QCOMPARE(enrolled.succeeded, 12);
        QCOMPARE(finished.size(), 12);
        QCOMPARE(enrolled.latenciesNs.value(u"Authenticate"_s).size(), 12);
        QCOMPARE(enrolled.latenciesNs.value(u"PKIOperation"_s).size(), 12);
        QVERIFY(enrolled.statuses.value(200) > 0);
        QVERIFY(
            SimulatorFleet::Report::percentile(enrolled.latenciesNs.value(u"Authenticate"_s), 95)
            > 0);
        QCOMPARE(m_server->issuedCertificates().size(), 12);

        for (DeviceSimulator *device : fleet.devices())
            m_server->queueCommand(device->udid(), command(u"SecurityInfo"_s));
        QFuture<SimulatorFleet::Report> connecting = fleet.connectAll();
        QVERIFY(QTest::qWaitFor([&connecting] { return connecting.isFinished(); }, StepBoundMs));
        const SimulatorFleet::Report connected = connecting.result();
        QVERIFY2(connected.failed() == 0, qPrintable(connected.summary()));
        QCOMPARE(connected.latenciesNs.value(u"Idle"_s).size(), 12);
        QCOMPARE(connected.latenciesNs.value(u"Acknowledged"_s).size(), 12);
        QVERIFY(!connected.summary().isEmpty());
        QVERIFY(m_server->rejections().isEmpty());
    }

private:
    bool startServer(const FakeMdmServer::Options &options)
    {
        m_server = std::make_unique<FakeMdmServer>(m_pki);
        const Result<void> started = m_server->start(options);
        if (!started)
            qWarning("%s", qPrintable(started.error().toString()));
        return bool(started);
    }

    DeviceSimulator::Options deviceOptions(Kind kind) const
    {
        DeviceSimulator::Options options;
        options.hardware = SimulatedHardware::preset(kind);
        options.tls = m_server->clientTlsConfiguration();
        options.keyPool = m_keys;
        return options;
    }

    QTemporaryDir m_dir;
    FakeMdmServer::Pki m_pki;
    std::shared_ptr<SimulatedKeyPool> m_keys;
    std::unique_ptr<FakeMdmServer> m_server;
};

QTEST_GUILESS_MAIN(tst_DeviceSimulator)
#include "tst_DeviceSimulator.moc"
