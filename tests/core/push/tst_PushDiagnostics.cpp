// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/PrivateKey.h"
#include "core/push/PushDiagnostics.h"
#include "tests/support/Ports.h"
#include "tests/support/TestHelpers.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <utility>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

constexpr int RunTimeoutMs = 30000;

// A CA and a server identity it issued, as Apple's (in the test) or a proxy's would be.
struct TestCa
{
    PrivateKey key;
    Certificate certificate;
};

DistinguishedName name(const QString &commonName)
{
    return DistinguishedName{
        .commonName = commonName,
        .organization = {},
        .organizationalUnit = {},
        .country = {},
        .userId = {},
    };
}

PushDiagnostics::Report settle(QFuture<PushDiagnostics::Report> future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, RunTimeoutMs))
        return {};
    if (future.isCanceled() || future.resultCount() == 0)
        return {};
    return future.result();
}

} // namespace

class tst_PushDiagnostics : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here.");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_apple = makeCa(u"Test APNs Root"_s, now);
        m_proxy = makeCa(u"Corp TLS Inspection CA"_s, now);
        QVERIFY(!QTest::currentTestFailed());
    }

    void reachesATrustedServer()
    {
        QSslServer *server = startServer(m_apple, {u"localhost"_s}, {QHostAddress::LocalHost});
        QVERIFY(server);
        const PushDiagnostics::Report report = runAgainst({{u"127.0.0.1"_s, server->serverPort()}});
        QCOMPARE(report.checks.size(), 1);
        const PushDiagnostics::Check &check = report.checks.constFirst();
        QVERIFY2(check.isReachable(), qPrintable(check.text + u" | "_s + check.detail));
        QCOMPARE(check.address, u"127.0.0.1"_s);
        QCOMPARE(check.serverSubject, u"api.push.test"_s);
        QCOMPARE(check.serverIssuer, u"Test APNs Root"_s);
        QVERIFY(report.isAllReachable());
        QVERIFY(report.summary.contains(u"is reachable"_s));
        // By name too: the lookup step runs for real.
        const PushDiagnostics::Report byName = runAgainst({{u"localhost"_s, server->serverPort()}});
        QCOMPARE(byName.checks.size(), 1);
        QVERIFY2(byName.checks.constFirst().isReachable(),
                 qPrintable(byName.checks.constFirst().text));
    }

    void recognisesTlsInterception()
    {
        // The server's certificate comes from a CA the diagnostics do not trust: what a
        // TLS-inspecting proxy looks like.
        QSslServer *server = startServer(m_proxy, {u"localhost"_s}, {QHostAddress::LocalHost});
        QVERIFY(server);
        const PushDiagnostics::Report report = runAgainst({{u"127.0.0.1"_s, server->serverPort()}});
        QCOMPARE(report.checks.size(), 1);
        const PushDiagnostics::Check &check = report.checks.constFirst();
        QCOMPARE(check.outcome, PushDiagnostics::Outcome::Untrusted);
        QVERIFY2(check.text.contains(u"Corp TLS Inspection CA"_s), qPrintable(check.text));
        QVERIFY(check.text.contains(u"inspecting TLS"_s));
        QVERIFY(check.text.contains(u"17.0.0.0/8"_s));
        QCOMPARE(check.serverIssuer, u"Corp TLS Inspection CA"_s);
        QVERIFY(!report.isAnyReachable());
    }

    void recognisesAnotherServersCertificate()
    {
        QSslServer *server = startServer(m_apple, {u"proxy.corp.example"_s}, {});
        QVERIFY(server);
        const PushDiagnostics::Report report = runAgainst({{u"127.0.0.1"_s, server->serverPort()}});
        QCOMPARE(report.checks.size(), 1);
        const PushDiagnostics::Check &check = report.checks.constFirst();
        QCOMPARE(check.outcome, PushDiagnostics::Outcome::WrongServer);
        QVERIFY2(check.text.contains(u"api.push.test"_s), qPrintable(check.text));
    }

    void recognisesExpiredCertificates()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QSslServer *server = startServer(m_apple,
                                         {u"localhost"_s},
                                         {QHostAddress::LocalHost},
                                         now.addDays(-30),
                                         now.addDays(-1));
        QVERIFY(server);
        const PushDiagnostics::Report report = runAgainst({{u"127.0.0.1"_s, server->serverPort()}});
        QCOMPARE(report.checks.size(), 1);
        QCOMPARE(report.checks.constFirst().outcome, PushDiagnostics::Outcome::CertificateDates);
        QVERIFY(report.checks.constFirst().text.contains(u"clock"_s));
    }

    void explainsARefusedConnection()
    {
        // Nothing listens: the connection is refused.
        const RefusingPort refusing;
        QVERIFY(refusing.isValid());
        const quint16 port = refusing.port();
        const PushDiagnostics::Report report = runAgainst({{u"127.0.0.1"_s, port}});
        QCOMPARE(report.checks.size(), 1);
        const PushDiagnostics::Check &check = report.checks.constFirst();
        QCOMPARE(check.outcome, PushDiagnostics::Outcome::ConnectionRefused);
        QVERIFY2(check.text.contains(u"firewall"_s), qPrintable(check.text));
        QVERIFY(check.text.contains(u"17.0.0.0/8"_s));
        QVERIFY(check.text.contains(u"443 and 2197"_s));
        QVERIFY(report.summary.contains(u"cannot be reached"_s));
    }

    void explainsAHandshakeThatNeverFinishes()
    {
        // Accepts TCP and then says nothing, like a proxy that holds the connection.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        PushDiagnostics::Options options = optionsFor({{u"127.0.0.1"_s, silent.serverPort()}});
        options.timeoutMs = 500;
        const PushDiagnostics::Report report = run(options);
        QCOMPARE(report.checks.size(), 1);
        const PushDiagnostics::Check &check = report.checks.constFirst();
        QCOMPARE(check.outcome, PushDiagnostics::Outcome::TlsTimedOut);
        QVERIFY2(check.text.contains(u"0.5 seconds"_s), qPrintable(check.text));
        QVERIFY2(check.elapsedMs >= 450, qPrintable(QString::number(check.elapsedMs)));
    }

    void explainsAHandshakeThatBreaksOff()
    {
        // Answers the TLS hello with plain text, as a captive portal or an HTTP proxy does.
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
            while (QTcpSocket *socket = plain.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 407 Proxy Authentication Required\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
        const PushDiagnostics::Report report = runAgainst({{u"127.0.0.1"_s, plain.serverPort()}});
        QCOMPARE(report.checks.size(), 1);
        QCOMPARE(report.checks.constFirst().outcome, PushDiagnostics::Outcome::TlsFailed);
        QVERIFY(report.checks.constFirst().text.contains(u"handshake failed"_s));
    }

    void explainsAFailedLookup()
    {
        // .invalid never resolves (RFC 6761).
        const PushDiagnostics::Report report = runAgainst(
            {{u"api.push.espalier-test.invalid"_s, 443}});
        QCOMPARE(report.checks.size(), 1);
        const PushDiagnostics::Check &check = report.checks.constFirst();
        QCOMPARE(check.outcome, PushDiagnostics::Outcome::DnsFailed);
        QVERIFY2(check.text.contains(u"DNS"_s), qPrintable(check.text));
        QVERIFY(check.address.isEmpty());
    }

    void checksEveryEndpointInOrder()
    {
        QSslServer *good = startServer(m_apple, {u"localhost"_s}, {QHostAddress::LocalHost});
        QVERIFY(good);
        QSslServer *proxied = startServer(m_proxy, {u"localhost"_s}, {QHostAddress::LocalHost});
        QVERIFY(proxied);
        const PushDiagnostics::Report report = runAgainst({{u"127.0.0.1"_s, proxied->serverPort()},
                                                           {u"127.0.0.1"_s, good->serverPort()},
                                                           {u"nowhere.invalid"_s, 443}});
        QCOMPARE(report.checks.size(), 3);
        QCOMPARE(report.checks.at(0).outcome, PushDiagnostics::Outcome::Untrusted);
        QCOMPARE(report.checks.at(0).endpoint.port, proxied->serverPort());
        QCOMPARE(report.checks.at(1).outcome, PushDiagnostics::Outcome::Reachable);
        QCOMPARE(report.checks.at(2).outcome, PushDiagnostics::Outcome::DnsFailed);
        QVERIFY(report.isAnyReachable());
        QVERIFY(!report.isAllReachable());
        QVERIFY(report.summary.contains(u"some hosts or ports"_s));
    }

    void summarizes()
    {
        using Check = PushDiagnostics::Check;
        using Outcome = PushDiagnostics::Outcome;
        const auto check = [](quint16 port, Outcome outcome) {
            Check c;
            c.endpoint = {u"api.push.apple.com"_s, port};
            c.outcome = outcome;
            return c;
        };
        QVERIFY(PushDiagnostics::summarize(
                    {check(443, Outcome::ConnectionTimedOut), check(2197, Outcome::Reachable)})
                    .contains(u"port 2197 works"_s));
        QVERIFY(PushDiagnostics::summarize(
                    {check(443, Outcome::Reachable), check(2197, Outcome::Reachable)})
                    .contains(u"is reachable"_s));
        QVERIFY(PushDiagnostics::summarize({}).contains(u"Nothing"_s));

        const QList<PushDiagnostics::Endpoint> defaults = PushDiagnostics::defaultEndpoints();
        QCOMPARE(defaults.size(), 4);
        QCOMPARE(defaults.at(0).host, u"api.push.apple.com"_s);
        QCOMPARE(defaults.at(0).port, quint16(443));
        QCOMPARE(defaults.at(1).port, quint16(2197));
        QCOMPARE(defaults.at(2).host, u"api.sandbox.push.apple.com"_s);
        QCOMPARE(PushDiagnostics::Options().endpoints.size(), 4);
    }

    void cancelsWhenDestroyed()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        auto diagnostics = std::make_unique<PushDiagnostics>(
            optionsFor({{u"127.0.0.1"_s, silent.serverPort()}}));
        QFuture<PushDiagnostics::Report> future = diagnostics->run();
        QTest::qWait(50);
        QVERIFY(!future.isFinished());
        diagnostics.reset();
        QTRY_VERIFY(future.isFinished());
        QVERIFY(future.isCanceled());
    }

    void cleanup() { qDeleteAll(std::exchange(m_servers, {})); }

private:
    TestCa makeCa(const QString &commonName, const QDateTime &now)
    {
        Result<PrivateKey> key = PrivateKey::generateRsa(2048);
        [&] { QVERIFY_RESULT(key); }();
        if (!key)
            return {};
        Result<Certificate> certificate = CertificateBuilder()
                                              .setSubject(name(commonName))
                                              .setValidity(now.addDays(-10), now.addYears(5))
                                              .issueSelfSignedCa(*key);
        [&] { QVERIFY_RESULT(certificate); }();
        return certificate ? TestCa{*key, *certificate} : TestCa{};
    }

    // A TLS server on 127.0.0.1 whose certificate ("api.push.test") the CA issued for the
    // given names. Null on failure.
    QSslServer *startServer(const TestCa &ca,
                            const QStringList &dnsNames,
                            const QList<QHostAddress> &addresses,
                            QDateTime notBefore = {},
                            QDateTime notAfter = {})
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!notBefore.isValid())
            notBefore = now.addDays(-1);
        if (!notAfter.isValid())
            notAfter = now.addDays(30);
        Result<PrivateKey> key = PrivateKey::generateEcP256();
        if (!key)
            return nullptr;
        Result<Certificate> certificate = CertificateBuilder()
                                              .setSubject(name(u"api.push.test"_s))
                                              .setValidity(notBefore, notAfter)
                                              .setSubjectAltNames({dnsNames, addresses, {}, {}})
                                              .setExtendedKeyUsage(ExtendedKeyUsage::ServerAuth)
                                              .issue(key->publicKey(), ca.certificate, ca.key);
        Result<QByteArray> keyPem = key->toPem();
        if (!certificate || !keyPem)
            return nullptr;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certificate->toPem()));
        tls.setLocalCertificateChain(
            {QSslCertificate(certificate->toPem()), QSslCertificate(ca.certificate.toPem())});
        tls.setPrivateKey(QSslKey(*keyPem, QSsl::Ec));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls.setAllowedNextProtocols({QSslConfiguration::ALPNProtocolHTTP2});
        auto *server = new QSslServer();
        server->setSslConfiguration(tls);
        if (!server->listen(QHostAddress::LocalHost)) {
            delete server;
            return nullptr;
        }
        m_servers.append(server);
        return server;
    }

    PushDiagnostics::Options optionsFor(const QList<PushDiagnostics::Endpoint> &endpoints) const
    {
        PushDiagnostics::Options options;
        options.endpoints = endpoints;
        options.trustedRoots = {m_apple.certificate};
        options.timeoutMs = 10000;
        return options;
    }

    PushDiagnostics::Report run(const PushDiagnostics::Options &options)
    {
        PushDiagnostics diagnostics(options);
        return settle(diagnostics.run());
    }

    PushDiagnostics::Report runAgainst(const QList<PushDiagnostics::Endpoint> &endpoints)
    {
        return run(optionsFor(endpoints));
    }

    TestCa m_apple;
    TestCa m_proxy;
    QList<QSslServer *> m_servers;
};

QTEST_GUILESS_MAIN(tst_PushDiagnostics)
#include "tst_PushDiagnostics.moc"
