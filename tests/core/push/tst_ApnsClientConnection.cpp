// SPDX-License-Identifier: GPL-3.0-or-later
// ApnsClient's connection handling against the APNs stand-in: multiplexing and the limits on
// requests in flight, drops and GOAWAY, a server that never answers, a client certificate refused
// in the TLS handshake, and replacing the push certificate while pushes are in flight.
#include "core/common/Clock.h"
#include "core/push/ApnsClient.h"
#include "tests/support/ApnsStandIn.h"
#include "tests/support/Ports.h"
#include "tests/support/TestHelpers.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

using Disposition = ApnsResult::Disposition;

QByteArray tokenFor(int n)
{
    QByteArray token(32, '\x3c');
    token[28] = char(n >> 24);
    token[29] = char(n >> 16);
    token[30] = char(n >> 8);
    token[31] = char(n);
    return token;
}

ApnsPush pushFor(int n)
{
    ApnsPush push;
    push.enrollmentId = u"enrollment-%1"_s.arg(n);
    push.deviceToken = tokenFor(n);
    push.pushMagic = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    return push;
}

QList<ApnsResult> resultsOf(const QSignalSpy &spy)
{
    QList<ApnsResult> results;
    for (const QList<QVariant> &arguments : spy)
        results.append(arguments.first().value<ApnsResult>());
    return results;
}

int countOf(const QList<ApnsResult> &results, Disposition disposition)
{
    return int(std::count_if(results.cbegin(), results.cend(), [disposition](const auto &r) {
        return r.disposition == disposition;
    }));
}

} // namespace

class tst_ApnsClientConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        Result<ApnsStandIn::Pki> pki = ApnsStandIn::Pki::create();
        QVERIFY_RESULT(pki);
        m_pki = *pki;
        Result<ApnsStandIn::PushIdentity> identity = m_pki.issuePushCertificate();
        QVERIFY_RESULT(identity);
        m_identity = *identity;
        Result<ApnsStandIn::PushIdentity> renewed = m_pki.issuePushCertificate();
        QVERIFY_RESULT(renewed);
        m_renewed = *renewed;
    }

    void multiplexesOnOneConnection()
    {
        std::unique_ptr<ApnsStandIn> standIn = startStandIn();
        QVERIFY(standIn);
        std::unique_ptr<ApnsClient> client = makeClient(*standIn);
        QSignalSpy finished(client.get(), &ApnsClient::pushFinished);
        QSet<quint64> ids;
        for (int i = 0; i < 300; ++i) {
            Result<quint64> id = client->send(pushFor(i));
            QVERIFY_RESULT(id);
            ids.insert(*id);
        }
        QCOMPARE(ids.size(), 300);
        QTRY_COMPARE(finished.size(), 300);
        const QList<ApnsResult> results = resultsOf(finished);
        QCOMPARE(countOf(results, Disposition::Delivered), 300);
        QSet<quint64> answered;
        for (const ApnsResult &result : results)
            answered.insert(result.pushId);
        QCOMPARE(answered, ids);
        QCOMPARE(standIn->statistics().connections, 1);
        QCOMPARE(standIn->statistics().openConnections, 1);
        QCOMPARE(client->statistics().connectionsOpened, quint64(1));
        // The client's cap of 100 in flight, well under the server's 1000.
        QVERIFY(standIn->statistics().maxOpenStreams <= 100);
        QCOMPARE(client->statistics().inFlight, 0);
        QCOMPARE(client->statistics().queued, 0);
    }

    void capsRequestsInFlight()
    {
        std::unique_ptr<ApnsStandIn> standIn = startStandIn();
        QVERIFY(standIn);
        standIn->setResponseDelay(20ms);
        ApnsClient::Options options = clientOptions(*standIn);
        options.maxInFlight = 8;
        std::unique_ptr<ApnsClient> client = makeClient(*standIn, options);
        QSignalSpy finished(client.get(), &ApnsClient::pushFinished);
        for (int i = 0; i < 60; ++i)
            QVERIFY_RESULT(client->send(pushFor(i)));
        QTRY_COMPARE(finished.size(), 60);
        QCOMPARE(countOf(resultsOf(finished), Disposition::Delivered), 60);
        // The answers are held back, so the cap is reached, and never passed.
        QCOMPARE(standIn->statistics().maxOpenStreams, 8);
        QCOMPARE(standIn->statistics().connections, 1);
    }

    void honoursTheServersStreamLimit()
    {
        std::unique_ptr<ApnsStandIn> standIn = startStandIn(3);
        QVERIFY(standIn);
        standIn->setResponseDelay(20ms);
        std::unique_ptr<ApnsClient> client = makeClient(*standIn);
        QSignalSpy finished(client.get(), &ApnsClient::pushFinished);
        for (int i = 0; i < 30; ++i)
            QVERIFY_RESULT(client->send(pushFor(i)));
        QTRY_COMPARE(finished.size(), 30);
        QCOMPARE(countOf(resultsOf(finished), Disposition::Delivered), 30);
        QCOMPARE(standIn->statistics().maxOpenStreams, 3);
        // Nothing was refused for going over the limit: every push went once.
        QCOMPARE(standIn->statistics().requests, quint64(30));
        QCOMPARE(standIn->statistics().connections, 1);
    }

    void reconnectsAfterADrop()
    {
        std::unique_ptr<ApnsStandIn> standIn = startStandIn();
        QVERIFY(standIn);
        standIn->dropConnectionAfter(5);
        std::unique_ptr<ApnsClient> client = makeClient(*standIn);
        QSignalSpy finished(client.get(), &ApnsClient::pushFinished);
        for (int i = 0; i < 20; ++i)
            QVERIFY_RESULT(client->send(pushFor(i)));
        QTRY_COMPARE(finished.size(), 20);
        QCOMPARE(countOf(resultsOf(finished), Disposition::Delivered), 20);
        QCOMPARE(standIn->statistics().connections, 2);
        QCOMPARE(client->statistics().connectionsOpened, quint64(2));

        // Every token got its 200, the ones the drop cut off on the second connection.
        QSet<QByteArray> delivered;
        QSet<int> connections;
        for (const ApnsStandIn::Request &request : standIn->received()) {
            if (request.status == 200) {
                delivered.insert(request.path);
                connections.insert(request.connection);
            }
        }
        QCOMPARE(delivered.size(), 20);
        QCOMPARE(connections.size(), 2);
        const QList<ApnsStandIn::Request> received = standIn->received();
        QCOMPARE(std::count_if(received.cbegin(),
                               received.cend(),
                               [](const auto &request) {
                                   return request.connection == 1 && request.status == 200;
                               }),
                 5);
    }

    void resendsWhatGoAwaySaysWasNotProcessed()
    {
        std::unique_ptr<ApnsStandIn> standIn = startStandIn();
        QVERIFY(standIn);
        // Answers wait, so all ten are in flight when the GOAWAY comes after the fifth.
        standIn->setResponseDelay(50ms);
        standIn->sendGoAwayAfter(5);
        std::unique_ptr<ApnsClient> client = makeClient(*standIn);
        QSignalSpy finished(client.get(), &ApnsClient::pushFinished);
        for (int i = 0; i < 10; ++i)
            QVERIFY_RESULT(client->send(pushFor(i)));
        QTRY_COMPARE(finished.size(), 10);
        QCOMPARE(countOf(resultsOf(finished), Disposition::Delivered), 10);
        QCOMPARE(standIn->statistics().connections, 2);

        // The first five were answered on the first connection; the rest were never processed
        // there, so each token reached the server exactly once.
        const QList<ApnsStandIn::Request> received = standIn->received();
        QCOMPARE(received.size(), 10);
        QSet<QByteArray> paths;
        for (const ApnsStandIn::Request &request : received) {
            QCOMPARE(request.status, 200);
            paths.insert(request.path);
            QCOMPARE(request.connection, paths.size() <= 5 ? 1 : 2);
        }
        QCOMPARE(paths.size(), 10);
    }

    void goAwayForTheCertificateBlocks()
    {
        std::unique_ptr<ApnsStandIn> standIn = startStandIn();
        QVERIFY(standIn);
        standIn->setResponseDelay(50ms);
        standIn->sendGoAwayAfter(1, u"BadCertificateEnvironment"_s);
        std::unique_ptr<ApnsClient> client = makeClient(*standIn);
        QSignalSpy finished(client.get(), &ApnsClient::pushFinished);
        QSignalSpy problem(client.get(), &ApnsClient::certificateProblem);
        for (int i = 0; i < 5; ++i)
            QVERIFY_RESULT(client->send(pushFor(i)));
        QTRY_COMPARE(finished.size(), 5);
        QCOMPARE(problem.size(), 1);
        QCOMPARE(problem.first().first().toString(), u"BadCertificateEnvironment"_s);
        QVERIFY(client->isBlocked());
        const QList<ApnsResult> results = resultsOf(finished);
        // The one processed before the GOAWAY was answered; the others were not sent again.
        QCOMPARE(countOf(results, Disposition::Delivered), 1);
        QCOMPARE(countOf(results, Disposition::CertificateProblem), 4);
        QCOMPARE(standIn->statistics().connections, 1);
    }

    void timesOutWhenNothingAnswers()
    {
        std::unique_ptr<ApnsStandIn> standIn = startStandIn();
        QVERIFY(standIn);
        standIn->setStalled(true);
        ApnsClient::Options options = clientOptions(*standIn);
        options.requestTimeout = 300ms;
        std::unique_ptr<ApnsClient> client = makeClient(*standIn, options);
        QSignalSpy finished(client.get(), &ApnsClient::pushFinished);
        for (int i = 0; i < 3; ++i)
            QVERIFY_RESULT(client->send(pushFor(i)));
        QTRY_COMPARE(finished.size(), 3);
        for (const ApnsResult &result : resultsOf(finished)) {
            QCOMPARE(result.disposition, Disposition::RetryLater);
            QCOMPARE(result.reason, ApnsResult::TimeoutReason.toString());
            QCOMPARE(result.status, 0);
            QVERIFY(result.retryAfter > QDateTime::currentDateTimeUtc());
        }
        QCOMPARE(standIn->statistics().requests, quint64(3));
        QCOMPARE(standIn->statistics().answered, quint64(0));
        QCOMPARE(client->statistics().inFlight, 0);

        // The server answers again; the next push gets through.
        standIn->setStalled(false);
        QVERIFY_RESULT(client->send(pushFor(9)));
        QTRY_COMPARE(finished.size(), 4);
        QCOMPARE(resultsOf(finished).last().disposition, Disposition::Delivered);
    }

    void failsFastWhenNothingListens()
    {
        const RefusingPort refusing;
        QVERIFY(refusing.isValid());
        const quint16 port = refusing.port();

        ApnsClient::Options options;
        options.host = u"127.0.0.1"_s;
        options.port = port;
        options.trustedRoots = {m_pki.serverCa};
        options.requestTimeout = 60s;
        options.connectTimeout = 60s;
        ApnsClient client(m_clock, options);
        QVERIFY_RESULT(client.setIdentity(m_identity.certificate, m_identity.key));
        QSignalSpy finished(&client, &ApnsClient::pushFinished);
        QVERIFY_RESULT(client.send(pushFor(1)));
        QVERIFY_RESULT(client.send(pushFor(2)));
        QTRY_COMPARE(finished.size(), 2);
        for (const ApnsResult &result : resultsOf(finished)) {
            QCOMPARE(result.disposition, Disposition::RetryLater);
            QCOMPARE(result.reason, ApnsResult::ConnectionFailedReason.toString());
            QVERIFY(result.retryAfter.isValid());
        }
        QVERIFY(!client.isBlocked());
    }

    void refusesAnUntrustedServer()
    {
        std::unique_ptr<ApnsStandIn> standIn = startStandIn();
        QVERIFY(standIn);
        ApnsClient::Options options = clientOptions(*standIn);
        // The push CA did not sign the server's certificate.
        options.trustedRoots = {m_pki.pushCa};
        std::unique_ptr<ApnsClient> client = makeClient(*standIn, options);
        QSignalSpy finished(client.get(), &ApnsClient::pushFinished);
        QVERIFY_RESULT(client->send(pushFor(1)));
        QTRY_COMPARE(finished.size(), 1);
        const ApnsResult result = resultsOf(finished).first();
        QCOMPARE(result.disposition, Disposition::RetryLater);
        QCOMPARE(result.reason, ApnsResult::ConnectionFailedReason.toString());
        QCOMPARE(standIn->statistics().requests, quint64(0));
    }

    void certificateRefusedInTheHandshake_data()
    {
        QTest::addColumn<ApnsStandIn::TlsVersion>("tls");
        QTest::addColumn<QString>("how");
        for (const auto &[name, tls] : {std::pair{"TLS 1.2", ApnsStandIn::TlsVersion::Tls12},
                                        std::pair{"TLS 1.3", ApnsStandIn::TlsVersion::Tls13}}) {
            for (const char *how : {"revoked", "untrusted", "expired"})
                QTest::addRow("%s %s", name, how) << tls << QString::fromLatin1(how);
        }
    }

    void certificateRefusedInTheHandshake()
    {
        QFETCH(ApnsStandIn::TlsVersion, tls);
        QFETCH(QString, how);

        std::unique_ptr<ApnsStandIn> standIn = startStandIn(1000, tls);
        QVERIFY(standIn);
        ApnsStandIn::PushIdentity identity = m_identity;
        if (how == u"revoked") {
            standIn->setRejectClientCertificates(true);
        } else if (how == u"untrusted") {
            Result<ApnsStandIn::Pki> other = ApnsStandIn::Pki::create();
            QVERIFY_RESULT(other);
            Result<ApnsStandIn::PushIdentity> stranger = other->issuePushCertificate();
            QVERIFY_RESULT(stranger);
            identity = *stranger;
        } else {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            Result<ApnsStandIn::PushIdentity> expired = m_pki.issuePushCertificate(now.addYears(-1),
                                                                                   now.addDays(-1));
            QVERIFY_RESULT(expired);
            identity = *expired;
        }

        // Long timeouts: the answer must come from the refusal, not from giving up.
        ApnsClient::Options options = clientOptions(*standIn);
        options.requestTimeout = 120s;
        options.connectTimeout = 120s;
        ApnsClient client(m_clock, options);
        QVERIFY_RESULT(client.setIdentity(identity.certificate, identity.key));
        QSignalSpy finished(&client, &ApnsClient::pushFinished);
        QSignalSpy problem(&client, &ApnsClient::certificateProblem);
        QVERIFY_RESULT(client.send(pushFor(1)));
        QVERIFY_RESULT(client.send(pushFor(2)));
        QTRY_COMPARE(finished.size(), 2);
        for (const ApnsResult &result : resultsOf(finished)) {
            QCOMPARE(result.disposition, Disposition::CertificateProblem);
            QCOMPARE(result.reason, ApnsResult::CertificateRejectedReason.toString());
            QCOMPARE(result.status, 0);
        }
        QCOMPARE(problem.size(), 1);
        QCOMPARE(problem.first().first().toString(),
                 ApnsResult::CertificateRejectedReason.toString());
        QVERIFY(client.isBlocked());
        QVERIFY(standIn->statistics().handshakesRefused >= 1);
        QCOMPARE(standIn->statistics().requests, quint64(0));

        // No more connections while blocked.
        const int connections = standIn->statistics().connections;
        QVERIFY_RESULT(client.send(pushFor(3)));
        QTRY_COMPARE(finished.size(), 3);
        QCOMPARE(resultsOf(finished).last().disposition, Disposition::CertificateProblem);
        QCOMPARE(standIn->statistics().connections, connections);

        // A good certificate ends it.
        standIn->setRejectClientCertificates(false);
        QVERIFY_RESULT(client.setIdentity(m_renewed.certificate, m_renewed.key));
        QVERIFY_RESULT(client.send(pushFor(4)));
        QTRY_COMPARE(finished.size(), 4);
        QCOMPARE(resultsOf(finished).last().disposition, Disposition::Delivered);
    }

    void replacesTheIdentityWhilePushesAreInFlight()
    {
        std::unique_ptr<ApnsStandIn> standIn = startStandIn();
        QVERIFY(standIn);
        standIn->setResponseDelay(500ms);
        std::unique_ptr<ApnsClient> client = makeClient(*standIn);
        QSignalSpy finished(client.get(), &ApnsClient::pushFinished);
        for (int i = 0; i < 10; ++i)
            QVERIFY_RESULT(client->send(pushFor(i)));
        // All ten reached the server and wait for their answers.
        QTRY_COMPARE(standIn->statistics().requests, quint64(10));
        QCOMPARE(finished.size(), 0);

        QVERIFY_RESULT(client->setIdentity(m_renewed.certificate, m_renewed.key));
        QCOMPARE(client->topic(), m_renewed.topic);
        for (int i = 10; i < 20; ++i)
            QVERIFY_RESULT(client->send(pushFor(i)));
        QTRY_COMPARE(finished.size(), 20);
        QCOMPARE(countOf(resultsOf(finished), Disposition::Delivered), 20);
        QCOMPARE(standIn->statistics().connections, 2);
        QCOMPARE(client->statistics().connectionsOpened, quint64(2));
        // The old connection closed once its pushes were answered.
        QTRY_COMPARE(standIn->statistics().openConnections, 1);

        const QList<ApnsStandIn::Request> received = standIn->received();
        QCOMPARE(received.size(), 20);
        for (const ApnsStandIn::Request &request : received) {
            const int n = int(quint8(QByteArray::fromHex(request.path.mid(10)).back()));
            const QString topic = n < 10 ? m_identity.topic : m_renewed.topic;
            QCOMPARE(request.clientTopic, topic);
            QCOMPARE(request.header("apns-topic"), topic.toUtf8());
            QCOMPARE(request.connection, n < 10 ? 1 : 2);
        }
    }

private:
    std::unique_ptr<ApnsStandIn> startStandIn(int maxConcurrentStreams = 1000,
                                              ApnsStandIn::TlsVersion tls
                                              = ApnsStandIn::TlsVersion::Tls13)
    {
        auto standIn = std::make_unique<ApnsStandIn>();
        ApnsStandIn::Options options;
        options.certificate = m_pki.server;
        options.key = m_pki.serverKey;
        options.clientCas = {m_pki.pushCa};
        options.maxConcurrentStreams = maxConcurrentStreams;
        options.maximumTls = tls;
        if (Result<void> started = standIn->start(options); !started) {
            qWarning("%s", qPrintable(started.error().toString()));
            return nullptr;
        }
        return standIn;
    }

    ApnsClient::Options clientOptions(const ApnsStandIn &standIn) const
    {
        ApnsClient::Options options;
        options.host = u"127.0.0.1"_s;
        options.port = standIn.port();
        options.trustedRoots = {m_pki.serverCa};
        options.requestTimeout = 10s;
        options.connectTimeout = 10s;
        options.reconnectDelay = 50ms;
        return options;
    }

    std::unique_ptr<ApnsClient> makeClient(const ApnsStandIn &standIn)
    {
        return makeClient(standIn, clientOptions(standIn));
    }

    std::unique_ptr<ApnsClient> makeClient(const ApnsStandIn &, ApnsClient::Options options)
    {
        auto client = std::make_unique<ApnsClient>(m_clock, std::move(options));
        if (Result<void> set = client->setIdentity(m_identity.certificate, m_identity.key); !set)
            qFatal("%s", qPrintable(set.error().toString()));
        return client;
    }

    SystemClock m_clock;
    ApnsStandIn::Pki m_pki;
    ApnsStandIn::PushIdentity m_identity;
    ApnsStandIn::PushIdentity m_renewed;
};

QTEST_GUILESS_MAIN(tst_ApnsClientConnection)
#include "tst_ApnsClientConnection.moc"
