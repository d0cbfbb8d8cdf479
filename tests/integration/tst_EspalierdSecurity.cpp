// SPDX-License-Identifier: GPL-3.0-or-later
// The real espalierd from outside, as an attacker on the machine or the network would see it:
// the device listener refuses TLS 1.0, TLS 1.1 and weak ciphers (the openssl tool and
// QSslSocket, each first shown able to use them against a permissive openssl s_server); the
// admin API answers nothing without its token and listens on loopback only; enrollment links
// can't be replayed past their use count, expiry or revocation, neither the download nor the
// SCEP challenge; and after a realistic run (enrollment, TokenUpdate with an UnlockToken, a
// DeviceLock with a PIN, a ClearPasscode) with every logging category on, neither its stdout and
// stderr nor its store's files hold a key, token, PIN or challenge in plaintext.
#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/PrivateKey.h"
#include "tests/support/DeviceSimulator.h"
#include "tests/support/EspalierdProcess.h"
#include "tests/support/Ports.h"
#include "tests/support/SecretScanner.h"
#include "tests/support/SimulatedKeyPool.h"
#include "tests/support/TestHelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslCipher>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

// The weak ciphers of the task, as OpenSSL names them; at security level 0 the client offers the
// ones its build still has.
const QString WeakCiphers = u"RC4:DES:3DES:NULL:EXPORT:@SECLEVEL=0"_s;

struct ClientRun
{
    bool connected = false; // the handshake completed
    QByteArray output;
};

// openssl s_client with these options against 127.0.0.1:port; sends nothing and hangs up.
ClientRun sClient(quint16 port, const QStringList &options)
{
    QProcess client;
    client.setProcessChannelMode(QProcess::MergedChannels);
    client.start(u"openssl"_s,
                 QStringList{u"s_client"_s, u"-connect"_s, u"127.0.0.1:%1"_s.arg(port)} + options);
    client.waitForStarted();
    client.closeWriteChannel();
    if (!client.waitForFinished(30000))
        client.kill();
    ClientRun run;
    run.output = client.readAll();
    run.connected = client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0
                    && !run.output.contains("Cipher is (NONE)");
    return run;
}

// The protocols Qt still speaks but no longer recommends: named once, here.
QT_WARNING_PUSH
QT_WARNING_DISABLE_DEPRECATED
const QList<std::pair<const char *, QSsl::SslProtocol>> OldProtocols{{"TLS 1.0", QSsl::TlsV1_0},
                                                                     {"TLS 1.1", QSsl::TlsV1_1}};
QT_WARNING_POP

// A QSslSocket client for one protocol; cipherString, when given, replaces OpenSSL's cipher
// list (with "@SECLEVEL=0" it offers what the default security level forbids). True when the
// handshake completed.
bool qtHandshake(quint16 port, QSsl::SslProtocol protocol, const QByteArray &cipherString = {})
{
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls.setProtocol(protocol);
    if (!cipherString.isEmpty())
        tls.setBackendConfigurationOption("CipherString"_ba, cipherString);
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, port);
    const bool encrypted = socket.waitForEncrypted(20000);
    socket.abort();
    return encrypted;
}

// The addresses a TCP socket listens on for this port, from the kernel's tables.
QStringList listeningAddresses(quint16 port)
{
    QStringList addresses;
    for (const QString &table : {u"/proc/net/tcp"_s, u"/proc/net/tcp6"_s}) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
            // sl local_address rem_address st ...; state 0A is LISTEN.
            if (fields.size() < 4 || fields.at(3) != "0A")
                continue;
            const QList<QByteArray> local = fields.at(1).split(':');
            if (local.size() != 2 || local.at(1).toUShort(nullptr, 16) != port)
                continue;
            const QByteArray hex = QByteArray::fromHex(local.at(0));
            if (hex.size() == 4) {
                // Four bytes in host order (little-endian here).
                addresses.append(
                    QHostAddress(qFromLittleEndian<quint32>(hex.constData())).toString());
            } else if (hex.size() == 16) {
                QByteArray bytes;
                for (int word = 0; word < 4; ++word) {
                    for (int b = 3; b >= 0; --b)
                        bytes.append(hex.at(word * 4 + b));
                }
                addresses.append(
                    QHostAddress(reinterpret_cast<const quint8 *>(bytes.constData())).toString());
            }
        }
    }
    return addresses;
}

} // namespace

class tst_EspalierdSecurity : public QObject
{
    Q_OBJECT

private:
    // What a device's browser gets from an enrollment URL.
    EspalierdProcess::Reply download(const QUrl &url)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(url);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({QSslCertificate(m_ca.toPem())});
        request.setSslConfiguration(tls);
        QNetworkReply *reply = network.get(request);
        waitUntil([reply] { return reply->isFinished(); }, 30000);
        EspalierdProcess::Reply answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        delete reply;
        return answer;
    }

    std::unique_ptr<DeviceSimulator> newDevice(SimulatedHardware::Kind kind)
    {
        DeviceSimulator::Options options;
        options.hardware = SimulatedHardware::preset(kind);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({QSslCertificate(m_ca.toPem())});
        options.tls = tls;
        options.keyPool = m_keys;
        options.userChannel = false;
        return std::make_unique<DeviceSimulator>(options);
    }

    QJsonObject createLink(const QJsonObject &request)
    {
        const EspalierdProcess::Reply created = m_engine->call(
            "POST", u"/v1/enrollment-links"_s, request);
        return created.status == 201 ? created.object() : QJsonObject();
    }

    // Sessions until the device has nothing more to answer.
    bool drain(DeviceSimulator &device)
    {
        for (int round = 0; round < 10; ++round) {
            QFuture<Result<int>> session = device.connect();
            if (!waitFor(session) || !session.result())
                return false;
            if (*session.result() == 0)
                return true;
        }
        return false;
    }

    QString commandState(const QString &uuid)
    {
        return m_engine->call("GET", u"/v1/commands/"_s + uuid)
            .object()
            .value(u"state"_s)
            .toString();
    }

    int enrollmentCount()
    {
        return int(m_engine->call("GET", u"/v1/enrollments"_s)
                       .object()
                       .value(u"enrollments"_s)
                       .toArray()
                       .size());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<EspalierdProcess> m_engine;
    Certificate m_ca;
    std::shared_ptr<SimulatedKeyPool> m_keys;
    QProcess m_permissiveServer;
    quint16 m_permissivePort = 0;
    SecretScanner m_secrets;
    SecretScanner m_pushTokens;

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_engine = std::make_unique<EspalierdProcess>(
            EspalierdProcess::Options{QStringLiteral(ESPALIERD_PATH), m_dir.path(), u"*=true"_s});
        QVERIFY_RESULT(m_engine->start());
        Result<Certificate> ca = m_engine->fetchDeviceCa();
        QVERIFY_RESULT(ca);
        m_ca = *ca;
        Result<std::shared_ptr<SimulatedKeyPool>> keys = SimulatedKeyPool::generate(4);
        QVERIFY_RESULT(keys);
        m_keys = *keys;
        m_secrets.addSecret(u"admin token"_s, m_engine->adminToken(), SecretScanner::Kind::Text);
    }

    void cleanupTestCase()
    {
        if (m_permissiveServer.state() != QProcess::NotRunning) {
            m_permissiveServer.kill();
            m_permissiveServer.waitForFinished();
        }
    }

    void permissiveServerAcceptsOldTlsAndWeakCiphers()
    {
        if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
            QSKIP("the openssl tool is not installed (tools/install-deps.sh installs it)");
        // The controls: the same clients do get through to a server that allows it, so a
        // refusal below is espalierd's, not the client's.
        Result<PrivateKey> key = PrivateKey::generateRsa(2048);
        QVERIFY_RESULT(key);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Result<Certificate> certificate = CertificateBuilder()
                                              .setSubject({u"127.0.0.1"_s, {}, {}, {}, {}})
                                              .setValidity(now.addDays(-1), now.addDays(1))
                                              .issueSelfSigned(*key);
        QVERIFY_RESULT(certificate);
        Result<QByteArray> keyPem = key->toPem();
        QVERIFY_RESULT(keyPem);
        QFile keyFile(m_dir.filePath(u"permissive-key.pem"_s));
        QVERIFY(keyFile.open(QIODevice::WriteOnly));
        keyFile.write(*keyPem);
        keyFile.close();
        QFile certificateFile(m_dir.filePath(u"permissive-cert.pem"_s));
        QVERIFY(certificateFile.open(QIODevice::WriteOnly));
        certificateFile.write(certificate->toPem());
        certificateFile.close();

        const QList<quint16> ports = portsForLater();
        QVERIFY(!ports.isEmpty());
        m_permissivePort = ports.first();
        m_permissiveServer.setProcessChannelMode(QProcess::MergedChannels);
        m_permissiveServer.start(u"openssl"_s,
                                 {u"s_server"_s,
                                  u"-accept"_s,
                                  u"127.0.0.1:%1"_s.arg(m_permissivePort),
                                  u"-cert"_s,
                                  certificateFile.fileName(),
                                  u"-key"_s,
                                  keyFile.fileName(),
                                  u"-cipher"_s,
                                  u"ALL:eNULL:@SECLEVEL=0"_s,
                                  u"-www"_s,
                                  u"-quiet"_s});
        QVERIFY(m_permissiveServer.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, m_permissivePort);
                return probe.waitForConnected(1000);
            }(),
            20000);

        for (const QString &version : {u"-tls1"_s, u"-tls1_1"_s}) {
            const ClientRun run = sClient(m_permissivePort,
                                          {version, u"-cipher"_s, u"DEFAULT:@SECLEVEL=0"_s});
            QVERIFY2(run.connected, run.output.constData());
        }
        const ClientRun weak = sClient(m_permissivePort, {u"-tls1_2"_s, u"-cipher"_s, WeakCiphers});
        QVERIFY2(weak.connected, weak.output.constData());
        for (const auto &[name, protocol] : OldProtocols)
            QVERIFY2(qtHandshake(m_permissivePort, protocol, "DEFAULT:@SECLEVEL=0"_ba), name);
        QVERIFY(qtHandshake(m_permissivePort, QSsl::TlsV1_2, WeakCiphers.toLatin1()));
    }

    void deviceListenerRefusesOldTlsAndWeakCiphers()
    {
        if (m_permissivePort == 0)
            QSKIP("no control server");
        const quint16 port = m_engine->serverPort();
        for (const QString &version : {u"-tls1"_s, u"-tls1_1"_s}) {
            const ClientRun run = sClient(port, {version, u"-cipher"_s, u"DEFAULT:@SECLEVEL=0"_s});
            QVERIFY2(!run.connected, run.output.constData());
            // Refused by the server's alert, not by the client.
            QVERIFY2(run.output.contains("alert protocol version"), run.output.constData());
        }
        const ClientRun weak = sClient(port, {u"-tls1_2"_s, u"-cipher"_s, WeakCiphers});
        QVERIFY2(!weak.connected, weak.output.constData());
        QVERIFY2(weak.output.contains("alert handshake failure"), weak.output.constData());

        for (const QString &version : {u"-tls1_2"_s, u"-tls1_3"_s}) {
            const ClientRun run = sClient(port, {version});
            QVERIFY2(run.connected, run.output.constData());
        }

        for (const auto &[name, protocol] : OldProtocols)
            QVERIFY2(!qtHandshake(port, protocol, "DEFAULT:@SECLEVEL=0"_ba), name);
        QVERIFY(!qtHandshake(port, QSsl::TlsV1_2, WeakCiphers.toLatin1()));
        QVERIFY(qtHandshake(port, QSsl::TlsV1_2));
        QVERIFY(qtHandshake(port, QSsl::TlsV1_3));
    }

    void adminApiNeedsItsToken_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("list devices") << "GET"_ba << u"/v1/devices"_s << QJsonObject();
        QTest::newRow("list links") << "GET"_ba << u"/v1/enrollment-links"_s << QJsonObject();
        QTest::newRow("create a link")
            << "POST"_ba << u"/v1/enrollment-links"_s << QJsonObject{{u"label"_s, u"x"_s}};
        QTest::newRow("queue a command")
            << "POST"_ba << u"/v1/commands"_s
            << QJsonObject{{u"enrollments"_s, QJsonArray{u"any"_s}}, {u"type"_s, u"DeviceLock"_s}};
        QTest::newRow("no such route") << "GET"_ba << u"/v1/nothing"_s << QJsonObject();
    }

    void adminApiNeedsItsToken()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        const QByteArray token = m_engine->adminToken();
        QVERIFY(token.size() >= 32);
        const QList<std::pair<const char *, QByteArray>> wrong{
            {"no token", QByteArray()},
            {"another token", QByteArray(token.size(), 'A')},
            {"the token cut short", token.left(token.size() - 1)},
            {"the token and more", token + 'x'},
            {"the token in other case",
             token.toUpper() == token ? token.toLower() : token.toUpper()},
        };
        const int linksBefore = int(m_engine->call("GET", u"/v1/enrollment-links"_s)
                                        .object()
                                        .value(u"enrollment_links"_s)
                                        .toArray()
                                        .size());
        for (const auto &[why, presented] : wrong) {
            const EspalierdProcess::Reply refused = m_engine->call(verb, path, body, presented);
            QVERIFY2(refused.status == 401, why);
            QVERIFY2(!refused.body.contains("\"enrollment_links\"")
                         && !refused.body.contains("\"devices\""),
                     why);
        }
        // Nothing was created by the refused requests.
        QCOMPARE(int(m_engine->call("GET", u"/v1/enrollment-links"_s)
                         .object()
                         .value(u"enrollment_links"_s)
                         .toArray()
                         .size()),
                 linksBefore);
        // The right token gets an answer other than 401.
        QVERIFY(m_engine->call(verb, path, body).status != 401);
    }

    void adminApiListensOnLoopbackOnly()
    {
        // The INI names no admin address: this is the default.
        const QStringList addresses = listeningAddresses(m_engine->adminPort());
        QVERIFY2(!addresses.isEmpty(), "the admin port is not listening");
        for (const QString &address : addresses)
            QVERIFY2(QHostAddress(address).isLoopback(), qPrintable(address));
    }

    void enrollmentLinksCannotBeReplayed()
    {
        const int enrolledBefore = enrollmentCount();

        // Used up: one use, two downloads before it.
        const QJsonObject once = createLink({{u"label"_s, u"one use"_s}, {u"max_uses"_s, 1}});
        const QUrl onceUrl(once.value(u"url"_s).toString());
        QVERIFY(onceUrl.isValid());
        const EspalierdProcess::Reply first = download(onceUrl);
        QCOMPARE(first.status, 200);
        const EspalierdProcess::Reply second = download(onceUrl);
        QCOMPARE(second.status, 200);
        std::unique_ptr<DeviceSimulator> enrolled = newDevice(SimulatedHardware::Kind::IPhone);
        QFuture<Result<void>> installed = enrolled->installEnrollmentProfile(first.body);
        QVERIFY(waitFor(installed));
        QVERIFY_RESULT(installed.result());
        QCOMPARE(download(onceUrl).status, 410);
        // The used challenge again, from another device; then the unused one of a link used up.
        for (const QByteArray &profile : {first.body, second.body}) {
            std::unique_ptr<DeviceSimulator> replay = newDevice(SimulatedHardware::Kind::IPhone);
            QFuture<Result<void>> replayed = replay->installEnrollmentProfile(profile);
            QVERIFY(waitFor(replayed));
            QVERIFY(!replayed.result());
            QVERIFY(!replay->isEnrolled());
        }

        // Revoked.
        const QJsonObject revokedLink = createLink({{u"label"_s, u"revoked"_s}});
        const QUrl revokedUrl(revokedLink.value(u"url"_s).toString());
        const EspalierdProcess::Reply beforeRevoke = download(revokedUrl);
        QCOMPARE(beforeRevoke.status, 200);
        QCOMPARE(
            m_engine
                ->call("DELETE", u"/v1/enrollment-links/"_s + revokedLink.value(u"id"_s).toString())
                .status,
            200);
        QCOMPARE(download(revokedUrl).status, 410);
        std::unique_ptr<DeviceSimulator> afterRevoke = newDevice(SimulatedHardware::Kind::Mac);
        QFuture<Result<void>> refused = afterRevoke->installEnrollmentProfile(beforeRevoke.body);
        QVERIFY(waitFor(refused));
        QVERIFY(!refused.result());

        // Expired: a profile fetched in time, used after the link's expiry. The link is made and
        // fetched over HTTPS from a daemon logging everything, on a perhaps busy machine: time
        // enough for that, then the wait for the expiry.
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(10);
        const QJsonObject expiring = createLink(
            {{u"label"_s, u"expiring"_s}, {u"expires_at"_s, expiry.toString(Qt::ISODateWithMs)}});
        const QUrl expiringUrl(expiring.value(u"url"_s).toString());
        const EspalierdProcess::Reply inTime = download(expiringUrl);
        QCOMPARE(inTime.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > expiry.addMSecs(500), 30000);
        QCOMPARE(download(expiringUrl).status, 410);
        std::unique_ptr<DeviceSimulator> late = newDevice(SimulatedHardware::Kind::Mac);
        QFuture<Result<void>> tooLate = late->installEnrollmentProfile(inTime.body);
        QVERIFY(waitFor(tooLate));
        QVERIFY(!tooLate.result());

        // An unknown token.
        QUrl unknown = onceUrl;
        unknown.setPath(u"/enroll/"_s + QString(43, u'A'));
        QCOMPARE(download(unknown).status, 404);

        QCOMPARE(enrollmentCount(), enrolledBefore + 1);
    }

    void realisticRunLeavesNoSecret()
    {
        const QJsonObject link = createLink({{u"label"_s, u"run"_s}, {u"max_uses"_s, 2}});
        const QUrl url(link.value(u"url"_s).toString());
        m_secrets.addSecret(
            u"link token"_s, url.path().section(u'/', -1).toUtf8(), SecretScanner::Kind::Text);
        std::unique_ptr<DeviceSimulator> iphone = newDevice(SimulatedHardware::Kind::IPhone);
        std::unique_ptr<DeviceSimulator> mac = newDevice(SimulatedHardware::Kind::Mac);
        for (DeviceSimulator *device : {iphone.get(), mac.get()}) {
            QFuture<Result<void>> enrolled = device->enroll(url);
            QVERIFY(waitFor(enrolled));
            QVERIFY_RESULT(enrolled.result());
            QVERIFY(drain(*device));
            m_pushTokens.addSecret(
                u"push token"_s, device->pushToken(), SecretScanner::Kind::Bytes);
            for (const QVariantMap &scep :
                 device->enrollmentProfile().payloadsOfType(u"com.apple.security.scep"_s)) {
                m_secrets.addSecret(u"SCEP challenge"_s,
                                    scep.value(u"PayloadContent"_s)
                                        .toMap()
                                        .value(u"Challenge"_s)
                                        .toString()
                                        .toUtf8(),
                                    SecretScanner::Kind::Text);
            }
        }
        QVERIFY(!iphone->unlockToken().isEmpty());
        m_secrets.addSecret(u"unlock token"_s, iphone->unlockToken(), SecretScanner::Kind::Bytes);

        iphone->rotatePushToken();
        m_pushTokens.addSecret(
            u"new push token"_s, iphone->pushToken(), SecretScanner::Kind::Bytes);
        QFuture<Result<void>> updated = iphone->sendTokenUpdate();
        QVERIFY(waitFor(updated));
        QVERIFY_RESULT(updated.result());

        const QString pin = u"%1"_s.arg(QRandomGenerator::global()->bounded(100000, 999999));
        m_secrets.addSecret(u"lock PIN"_s, pin.toUtf8(), SecretScanner::Kind::Digits);
        const EspalierdProcess::Reply lock = m_engine->call(
            "POST",
            u"/v1/commands"_s,
            QJsonObject{{u"enrollments"_s, QJsonArray{mac->udid()}},
                        {u"type"_s, u"DeviceLock"_s},
                        {u"params"_s, QJsonObject{{u"pin"_s, pin}, {u"message"_s, u"Hi"_s}}}});
        QVERIFY2(lock.status == 201, lock.body.constData());
        const EspalierdProcess::Reply clear = m_engine->call(
            "POST",
            u"/v1/commands"_s,
            QJsonObject{{u"enrollments"_s, QJsonArray{iphone->udid()}},
                        {u"type"_s, u"ClearPasscode"_s}});
        QVERIFY2(clear.status == 201, clear.body.constData());
        QVERIFY(drain(*mac));
        QVERIFY(drain(*iphone));
        QCOMPARE(commandState(lock.object().value(u"commands"_s).toArray().at(0).toString()),
                 u"acknowledged"_s);
        QCOMPARE(commandState(clear.object().value(u"commands"_s).toArray().at(0).toString()),
                 u"acknowledged"_s);
        // What the devices were sent did carry the secrets.
        bool sawPin = false;
        bool sawUnlockToken = false;
        for (const DeviceSimulator::CommandRecord &record : mac->commandLog())
            sawPin = sawPin || record.command.value(u"PIN"_s).toString() == pin;
        for (const DeviceSimulator::CommandRecord &record : iphone->commandLog())
            sawUnlockToken = sawUnlockToken
                             || record.command.value(u"UnlockToken"_s).toByteArray()
                                    == iphone->unlockToken();
        QVERIFY(sawPin);
        QVERIFY(sawUnlockToken);

        // Scanned while it runs (the WAL holds the latest writes) and after a clean stop.
        Result<int> keys = m_secrets.addKeychainSecrets(m_engine->databasePath(),
                                                        m_engine->keychainService());
        QVERIFY_RESULT(keys);
        QVERIFY(*keys >= 2); // the device CA's and the TLS certificate's
        const QStringList storeFiles{m_engine->databasePath(),
                                     m_engine->databasePath() + u"-wal"_s,
                                     m_engine->databasePath() + u"-shm"_s};
        QList<SecretScanner::Finding> findings;
        for (const QString &file : storeFiles)
            findings += m_secrets.scanFile(file);
        QVERIFY_RESULT(m_engine->stop());
        for (const QString &file : storeFiles)
            findings += m_secrets.scanFile(file);
        QVERIFY2(findings.isEmpty(), qPrintable(SecretScanner::describe(findings)));

        QList<SecretScanner::Finding> inLogs;
        for (const QString &file : {m_engine->stdoutPath(), m_engine->stderrPath()}) {
            inLogs += m_secrets.scanFile(file);
            inLogs += m_pushTokens.scanFile(file);
        }
        QVERIFY2(inLogs.isEmpty(), qPrintable(SecretScanner::describe(inLogs)));
        // With every category on, the run did log.
        QFile out(m_engine->stdoutPath());
        QVERIFY(out.open(QIODevice::ReadOnly));
        QVERIFY(out.readAll().count('\n') > 50);

        QList<SecretScanner::Finding> pushTokensStored;
        for (const QString &file : storeFiles)
            pushTokensStored += m_pushTokens.scanFile(file);
        // Sealed under the data key, like the unlock and bootstrap tokens.
        QVERIFY2(pushTokensStored.isEmpty(), qPrintable(SecretScanner::describe(pushTokensStored)));
    }
};

QTEST_GUILESS_MAIN(tst_EspalierdSecurity)
#include "tst_EspalierdSecurity.moc"
