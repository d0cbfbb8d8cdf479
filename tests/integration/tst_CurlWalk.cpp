// SPDX-License-Identifier: GPL-3.0-or-later
// Walks enrollment the way a script with curl and the openssl tool would, against the real
// engine on 127.0.0.1: fetch the CA, download and verify the enrollment profile, get an identity
// over SCEP, then check in signed with `openssl cms -sign` (Mdm-Signature) and fetch a command
// with the identity as TLS client certificate. Only the SCEP request itself is built in C++
// (ScepTestClient), because no command-line tool here speaks SCEP.
#include "core/common/Clock.h"
#include "core/crypto/Certificate.h"
#include "core/engine/Engine.h"
#include "core/plist/Plist.h"
#include "tests/support/ScepTestClient.h"
#include "tests/support/TestHelpers.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Espalier;
using namespace Qt::StringLiterals;

class tst_CurlWalk : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // Runs a tool without blocking this thread's event loop, which serves the engine.
    Run run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(program, arguments);
        if (!process.waitForStarted() || !finished.wait(30000))
            return {};
        return {
            process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString file(const QString &name) const { return m_dir.filePath(name); }

    bool write(const QString &name, const QByteArray &data)
    {
        QFile out(file(name));
        return out.open(QIODevice::WriteOnly) && out.write(data) == data.size();
    }

    QByteArray read(const QString &name) const
    {
        QFile in(file(name));
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }

    QString url(const QString &path) const
    {
        return u"https://127.0.0.1:%1%2"_s.arg(m_engine->serverPort()).arg(path);
    }

    // curl with our CA pinned; returns the HTTP status, the body goes to bodyFile.
    int curl(const QStringList &arguments, const QString &bodyFile)
    {
        const Run result = run(m_curl,
                               QStringList{u"-sS"_s,
                                           u"--cacert"_s,
                                           file(u"ca.pem"_s),
                                           u"-o"_s,
                                           file(bodyFile),
                                           u"-w"_s,
                                           u"%{http_code}"_s}
                                   + arguments);
        if (result.exitCode != 0)
            qWarning() << "curl failed:" << result.err;
        return result.out.toInt();
    }

    // An Mdm-Signature as `openssl cms -sign` makes it: detached, DER, then base64.
    QByteArray signature(const QString &bodyFile)
    {
        const Run signedBody = run(m_openssl,
                                   {u"cms"_s,
                                    u"-sign"_s,
                                    u"-binary"_s,
                                    u"-in"_s,
                                    file(bodyFile),
                                    u"-signer"_s,
                                    file(u"identity.pem"_s),
                                    u"-inkey"_s,
                                    file(u"identity.key"_s),
                                    u"-outform"_s,
                                    u"DER"_s});
        return signedBody.exitCode == 0 ? signedBody.out.toBase64() : QByteArray();
    }

    QByteArray plistFile(const QVariantMap &message) { return Plist::toXml(message).value(); }

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<Engine> m_engine;
    QString m_curl;
    QString m_openssl;
    QString m_udid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();

private Q_SLOTS:

    void initTestCase()
    {
        m_curl = QStandardPaths::findExecutable(u"curl"_s);
        m_openssl = QStandardPaths::findExecutable(u"openssl"_s);
        if (m_curl.isEmpty() || m_openssl.isEmpty())
            QSKIP("curl and openssl are needed (tools/install-deps.sh installs them)");
        EngineConfig config = EngineConfig::storeOnly(m_dir.filePath(u"espalier.sqlite"_s));
        config.listenAddress = QHostAddress(QHostAddress::LocalHost);
        config.listenPort = 0;
        config.publicUrl = QUrl(u"https://127.0.0.1"_s);
        config.pushTopic = u"com.apple.mgmt.External.%1"_s.arg(
            QUuid::createUuid().toString(QUuid::WithoutBraces));
        config.keychainService = u"Espalier-tst_CurlWalk-%1"_s.arg(
            QUuid::createUuid().toString(QUuid::Id128));
        m_engine = std::make_unique<Engine>(config, m_clock);
        m_engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->state() == Engine::State::Running
                                     || m_engine->state() == Engine::State::Failed,
                                 30000);
        QCOMPARE(m_engine->state(), Engine::State::Running);
    }

    void walksEnrollmentAndCheckIn()
    {
        // The CA, fetched once without verification, then pinned for everything else.
        QVERIFY(run(m_curl,
                    {u"-sSk"_s, u"-o"_s, file(u"ca.der"_s), url(u"/scep?operation=GetCACert"_s)})
                    .exitCode
                == 0);
        QCOMPARE(run(m_openssl,
                     {u"x509"_s,
                      u"-inform"_s,
                      u"DER"_s,
                      u"-in"_s,
                      file(u"ca.der"_s),
                      u"-out"_s,
                      file(u"ca.pem"_s)})
                     .exitCode,
                 0);
        QCOMPARE(curl({url(u"/scep?operation=GetCACaps"_s)}, u"caps.txt"_s), 200);
        QVERIFY(read(u"caps.txt"_s).contains("POSTPKIOperation"));

        // The enrollment profile, its CMS signature checked by the openssl tool.
        QFuture<Result<Engine::CreatedEnrollmentLink>> link = m_engine->createEnrollmentLink(
            {u"admin"_s, u"curl"_s, {}, 1});
        QTRY_VERIFY(link.isFinished());
        QVERIFY_RESULT(link.result());
        QCOMPARE(curl({link.result()->url.toString()}, u"profile.der"_s), 200);
        const Run verified = run(m_openssl,
                                 {u"cms"_s,
                                  u"-verify"_s,
                                  u"-binary"_s,
                                  u"-inform"_s,
                                  u"DER"_s,
                                  u"-in"_s,
                                  file(u"profile.der"_s),
                                  u"-purpose"_s,
                                  u"any"_s,
                                  u"-CAfile"_s,
                                  file(u"ca.pem"_s),
                                  u"-out"_s,
                                  file(u"profile.plist"_s)});
        QVERIFY2(verified.exitCode == 0, verified.err.constData());
        Result<QVariant> profile = Plist::parse(read(u"profile.plist"_s));
        QVERIFY_RESULT(profile);
        QString challenge;
        QString topic;
        for (const QVariant &payload : profile->toMap().value(u"PayloadContent"_s).toList()) {
            const QVariantMap map = payload.toMap();
            if (map.value(u"PayloadType"_s) == u"com.apple.security.scep"_s)
                challenge = map.value(u"PayloadContent"_s).toMap().value(u"Challenge"_s).toString();
            if (map.value(u"PayloadType"_s) == u"com.apple.mdm"_s)
                topic = map.value(u"Topic"_s).toString();
        }
        QVERIFY(!challenge.isEmpty());
        QCOMPARE(topic, m_engine->config().pushTopic);

        // SCEP: the request is the one thing built in C++; curl posts it.
        Result<Certificate> ca = Certificate::fromDer(read(u"ca.der"_s));
        QVERIFY_RESULT(ca);
        ScepTestClient scep;
        ScepTestClient::Options options;
        options.challenge = challenge;
        options.commonName = m_udid;
        QVERIFY(write(u"scep-request.der"_s, scep.pkcsReq(*ca, options)));
        QCOMPARE(curl({u"-H"_s,
                       u"Content-Type: application/x-pki-message"_s,
                       u"--data-binary"_s,
                       u"@"_s + file(u"scep-request.der"_s),
                       url(u"/scep?operation=PKIOperation"_s)},
                      u"scep-reply.der"_s),
                 200);
        const ScepTestClient::Reply reply = scep.readReply(read(u"scep-reply.der"_s));
        QVERIFY2(reply.parsed, qPrintable(reply.error));
        QCOMPARE(reply.pkiStatus, 0);
        QCOMPARE(reply.certificates.size(), 1);
        QVERIFY(write(u"identity.pem"_s, reply.certificates.constFirst().toPem()));
        QVERIFY(write(u"identity.der-key"_s, scep.keyDer()));
        QCOMPARE(run(m_openssl,
                     {u"pkey"_s,
                      u"-inform"_s,
                      u"DER"_s,
                      u"-in"_s,
                      file(u"identity.der-key"_s),
                      u"-out"_s,
                      file(u"identity.key"_s)})
                     .exitCode,
                 0);

        // Authenticate and TokenUpdate, signed with `openssl cms -sign`.
        const QVariantMap authenticate{{u"MessageType"_s, u"Authenticate"_s},
                                       {u"UDID"_s, m_udid},
                                       {u"Topic"_s, topic},
                                       {u"SerialNumber"_s, u"C02CURLWALK1"_s},
                                       {u"ProductName"_s, u"iPhone15,2"_s},
                                       {u"OSVersion"_s, u"17.5"_s}};
        QVERIFY(write(u"authenticate.plist"_s, plistFile(authenticate)));
        QCOMPARE(
            curl({u"-X"_s,
                  u"PUT"_s,
                  u"-H"_s,
                  u"Content-Type: application/x-apple-aspen-mdm-checkin"_s,
                  u"-H"_s,
                  u"Mdm-Signature: "_s + QString::fromLatin1(signature(u"authenticate.plist"_s)),
                  u"--data-binary"_s,
                  u"@"_s + file(u"authenticate.plist"_s),
                  url(u"/mdm/checkin"_s)},
                 u"authenticate.out"_s),
            200);
        const QVariantMap tokenUpdate{
            {u"MessageType"_s, u"TokenUpdate"_s},
            {u"UDID"_s, m_udid},
            {u"Topic"_s, topic},
            {u"Token"_s, QByteArray(32, '\x2a')},
            {u"PushMagic"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"UnlockToken"_s, QByteArray("unlock-token-bytes")}};
        QVERIFY(write(u"token-update.plist"_s, plistFile(tokenUpdate)));
        QCOMPARE(
            curl({u"-X"_s,
                  u"PUT"_s,
                  u"-H"_s,
                  u"Content-Type: application/x-apple-aspen-mdm-checkin"_s,
                  u"-H"_s,
                  u"Mdm-Signature: "_s + QString::fromLatin1(signature(u"token-update.plist"_s)),
                  u"--data-binary"_s,
                  u"@"_s + file(u"token-update.plist"_s),
                  url(u"/mdm/checkin"_s)},
                 u"token-update.out"_s),
            200);

        // Idle, authenticated by the TLS client certificate instead: the first inventory command.
        QVERIFY(write(u"idle.plist"_s, plistFile({{u"Status"_s, u"Idle"_s}, {u"UDID"_s, m_udid}})));
        const QStringList clientCertificate{
            u"--cert"_s, file(u"identity.pem"_s), u"--key"_s, file(u"identity.key"_s)};
        QCOMPARE(curl(clientCertificate
                          + QStringList{u"-X"_s,
                                        u"PUT"_s,
                                        u"-H"_s,
                                        u"Content-Type: application/x-apple-aspen-mdm"_s,
                                        u"--data-binary"_s,
                                        u"@"_s + file(u"idle.plist"_s),
                                        url(u"/mdm/connect"_s)},
                      u"command.plist"_s),
                 200);
        Result<QVariant> command = Plist::parse(read(u"command.plist"_s));
        QVERIFY_RESULT(command);
        const QString commandUuid = command->toMap().value(u"CommandUUID"_s).toString();
        QVERIFY(!commandUuid.isEmpty());
        QCOMPARE(command->toMap().value(u"Command"_s).toMap().value(u"RequestType"_s).toString(),
                 u"DeviceInformation"_s);

        // Another client certificate, from no CA of ours, is refused with 400 (never 401).
        QCOMPARE(run(m_openssl,
                     {u"req"_s,
                      u"-x509"_s,
                      u"-newkey"_s,
                      u"rsa:2048"_s,
                      u"-nodes"_s,
                      u"-subj"_s,
                      u"/CN="_s + m_udid,
                      u"-keyout"_s,
                      file(u"stranger.key"_s),
                      u"-out"_s,
                      file(u"stranger.pem"_s),
                      u"-days"_s,
                      u"1"_s})
                     .exitCode,
                 0);
        QCOMPARE(curl({u"--cert"_s,
                       file(u"stranger.pem"_s),
                       u"--key"_s,
                       file(u"stranger.key"_s),
                       u"-X"_s,
                       u"PUT"_s,
                       u"--data-binary"_s,
                       u"@"_s + file(u"idle.plist"_s),
                       url(u"/mdm/connect"_s)},
                      u"stranger.out"_s),
                 400);
    }

    void cleanupTestCase()
    {
        if (m_engine)
            m_engine->stop();
    }
};

QTEST_GUILESS_MAIN(tst_CurlWalk)
#include "tst_CurlWalk.moc"
