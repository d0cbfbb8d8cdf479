// SPDX-License-Identifier: GPL-3.0-or-later
// ApnsClient against the APNs stand-in: the request it sends, and what it makes of every answer
// APNs gives. Real TLS with a client certificate and real HTTP/2 on 127.0.0.1.
#include "core/common/Clock.h"
#include "core/crypto/CertificateBuilder.h"
#include "core/push/ApnsClient.h"
#include "tests/support/ApnsStandIn.h"
#include "tests/support/TestHelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTest>
#include <QUuid>

#include <memory>

Q_DECLARE_METATYPE(Espalier::ApnsResult::Disposition)

using namespace Espalier;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

using Disposition = ApnsResult::Disposition;

// 32 bytes, like Apple's tokens, different for each n.
QByteArray tokenFor(int n)
{
    QByteArray token(32, '\x5a');
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

QSslConfiguration qtTls(const ApnsStandIn::Pki &pki, const ApnsStandIn::PushIdentity &identity)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    Result<QByteArray> keyPem = identity.key.toPem();
    Q_ASSERT(keyPem);
    tls.setPrivateKey(QSslKey(*keyPem, QSsl::Rsa));
    tls.setLocalCertificate(QSslCertificate(identity.certificate.toPem()));
    tls.setCaCertificates({QSslCertificate(pki.serverCa.toPem())});
    tls.setAllowedNextProtocols({QSslConfiguration::ALPNProtocolHTTP2});
    return tls;
}

} // namespace

class tst_ApnsClient : public QObject
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
        Result<ApnsStandIn::PushIdentity> second = m_pki.issuePushCertificate();
        QVERIFY_RESULT(second);
        m_secondIdentity = *second;

        ApnsStandIn::Options options;
        options.certificate = m_pki.server;
        options.key = m_pki.serverKey;
        options.clientCas = {m_pki.pushCa};
        QVERIFY_RESULT(m_standIn.start(options));
    }

    void init()
    {
        m_standIn.clearReceived();
        m_standIn.clearTokenFailures();
        m_standIn.setGlobalFailure(0, {});
    }

    void topicIsTheCertificateUid()
    {
        QVERIFY(m_identity.topic.startsWith(u"com.apple.mgmt.External."_s));
        QVERIFY(m_identity.certificate.subject().commonName.startsWith(u"APSP:"_s));
        QCOMPARE(m_identity.certificate.subject().commonName.mid(5),
                 m_identity.topic.mid(int(qstrlen("com.apple.mgmt.External."))));

        ApnsClient client(m_clock, clientOptions());
        QVERIFY(!client.hasIdentity());
        QVERIFY_RESULT(client.setIdentity(m_identity.certificate, m_identity.key));
        QCOMPARE(client.topic(), m_identity.topic);
    }

    void sendsAnMdmPush()
    {
        std::unique_ptr<ApnsClient> client = makeClient();
        QSignalSpy finished(client.get(), &ApnsClient::pushFinished);
        QSignalSpy accepted(&m_standIn, &ApnsStandIn::pushAccepted);
        QList<std::pair<QByteArray, QString>> handled;
        m_standIn.setPushHandler([&handled](const QByteArray &token, const QString &magic) {
            handled.append({token, magic});
        });

        const ApnsPush push = pushFor(1);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        Result<quint64> id = client->send(push);
        QVERIFY_RESULT(id);
        QTRY_COMPARE(finished.size(), 1);

        const auto result = finished.first().first().value<ApnsResult>();
        QCOMPARE(result.pushId, *id);
        QCOMPARE(result.enrollmentId, push.enrollmentId);
        QCOMPARE(result.deviceToken, push.deviceToken);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.disposition, Disposition::Delivered);
        QVERIFY(result.reason.isEmpty());
        QVERIFY2(!QUuid::fromString(result.apnsId).isNull(), qPrintable(result.apnsId));
        QVERIFY(!result.text().isEmpty());

        const QList<ApnsStandIn::Request> received = m_standIn.received();
        QCOMPARE(received.size(), 1);
        const ApnsStandIn::Request &request = received.first();
        QCOMPARE(request.method, "POST");
        QCOMPARE(request.path, "/3/device/" + push.deviceToken.toHex());
        QCOMPARE(request.header("apns-topic"), m_identity.topic.toUtf8());
        QCOMPARE(request.header("apns-push-type"), "mdm");
        QCOMPARE(request.header("apns-priority"), "10");
        QCOMPARE(request.clientTopic, m_identity.topic);
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.keys(), QStringList{u"mdm"_s});
        QCOMPARE(body.value(u"mdm"_s).toString(), push.pushMagic);
        // Kept for a week when the push names no expiration.
        const qint64 expiration = request.header("apns-expiration").toLongLong();
        QVERIFY(expiration >= before.addDays(7).toSecsSinceEpoch());
        QVERIFY(expiration <= QDateTime::currentDateTimeUtc().addDays(7).toSecsSinceEpoch());
        QCOMPARE(request.status, 200);

        QTRY_COMPARE(accepted.size(), 1);
        QCOMPARE(accepted.first().at(0).toByteArray(), push.deviceToken);
        QCOMPARE(accepted.first().at(1).toString(), push.pushMagic);
        QTRY_COMPARE(handled.size(), 1);
        QCOMPARE(handled.first().first, push.deviceToken);
        QCOMPARE(handled.first().second, push.pushMagic);
        m_standIn.setPushHandler({});
    }

    void sendsTheExpirationAsked()
    {
        std::unique_ptr<ApnsClient> client = makeClient();
        QSignalSpy finished(client.get(), &ApnsClient::pushFinished);
        ApnsPush later = pushFor(2);
        later.expiration = QDateTime::currentDateTimeUtc().addSecs(3600);
        ApnsPush never = pushFor(3);
        never.expiration = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY_RESULT(client->send(later));
        QVERIFY_RESULT(client->send(never));
        QTRY_COMPARE(finished.size(), 2);

        QHash<QByteArray, QByteArray> expirations;
        for (const ApnsStandIn::Request &request : m_standIn.received())
            expirations.insert(request.path, request.header("apns-expiration"));
        QCOMPARE(expirations.value("/3/device/" + later.deviceToken.toHex()),
                 QByteArray::number(later.expiration.toSecsSinceEpoch()));
        // In the past: deliver now or never.
        QCOMPARE(expirations.value("/3/device/" + never.deviceToken.toHex()), "0");
    }

    void mapsEachAnswer_data()
    {
        QTest::addColumn<bool>("global");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<Disposition>("disposition");

        auto row = [](const char *name,
                      bool global,
                      int status,
                      const QString &reason,
                      Disposition disposition) {
            QTest::newRow(name) << global << status << reason << disposition;
        };
        row("400 BadDeviceToken", false, 400, u"BadDeviceToken"_s, Disposition::TokenBad);
        row("400 DeviceTokenNotForTopic",
            false,
            400,
            u"DeviceTokenNotForTopic"_s,
            Disposition::TokenBad);
        row("410 Unregistered", false, 410, u"Unregistered"_s, Disposition::TokenDead);
        row("410 ExpiredToken", false, 410, u"ExpiredToken"_s, Disposition::TokenDead);
        row("429 TooManyRequests", false, 429, u"TooManyRequests"_s, Disposition::RetryLater);
        row("500 InternalServerError",
            true,
            500,
            u"InternalServerError"_s,
            Disposition::RetryLater);
        row("503 ServiceUnavailable", true, 503, u"ServiceUnavailable"_s, Disposition::RetryLater);
        row("503 Shutdown", true, 503, u"Shutdown"_s, Disposition::RetryLater);
        row("429 global", true, 429, u"TooManyRequests"_s, Disposition::RetryLater);
        row("413 PayloadTooLarge", false, 413, u"PayloadTooLarge"_s, Disposition::Rejected);
        row("400 BadExpirationDate", false, 400, u"BadExpirationDate"_s, Disposition::Rejected);
        row("404 BadPath", false, 404, u"BadPath"_s, Disposition::Rejected);
        row("403 BadCertificate", true, 403, u"BadCertificate"_s, Disposition::CertificateProblem);
        row("403 BadCertificateEnvironment",
            true,
            403,
            u"BadCertificateEnvironment"_s,
            Disposition::CertificateProblem);
        row("403 Forbidden", true, 403, u"Forbidden"_s, Disposition::CertificateProblem);
        row("403 TopicDisallowed",
            true,
            403,
            u"TopicDisallowed"_s,
            Disposition::CertificateProblem);
        row("400 BadTopic", true, 400, u"BadTopic"_s, Disposition::CertificateProblem);
        row("400 MissingTopic", true, 400, u"MissingTopic"_s, Disposition::CertificateProblem);
    }

    void mapsEachAnswer()
    {
        QFETCH(bool, global);
        QFETCH(int, status);
        QFETCH(QString, reason);
        QFETCH(Disposition, disposition);

        const QDateTime unregisteredAt = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
        const ApnsPush push = pushFor(100);
        if (global)
            m_standIn.setGlobalFailure(status, reason);
        else
            m_standIn.failToken(push.deviceToken, status, reason, unregisteredAt);

        std::unique_ptr<ApnsClient> client = makeClient();
        QSignalSpy finished(client.get(), &ApnsClient::pushFinished);
        QSignalSpy certificateProblem(client.get(), &ApnsClient::certificateProblem);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QVERIFY_RESULT(client->send(push));
        QTRY_COMPARE(finished.size(), 1);

        const auto result = finished.first().first().value<ApnsResult>();
        QCOMPARE(result.status, status);
        QCOMPARE(result.reason, reason);
        QCOMPARE(result.disposition, disposition);
        QVERIFY(!result.apnsId.isEmpty());
        QCOMPARE(result.deviceToken, push.deviceToken);
        QVERIFY(!result.text().isEmpty());
        QVERIFY(!result.text().contains(u"HTTP status"_s));

        if (disposition == Disposition::TokenDead)
            QCOMPARE(result.timestamp, unregisteredAt);
        else
            QVERIFY(!result.timestamp.isValid());

        if (disposition == Disposition::RetryLater) {
            // The first backoff step: 30 s, give or take a fifth.
            QVERIFY(result.retryAfter >= before.addSecs(24));
            QVERIFY(result.retryAfter <= QDateTime::currentDateTimeUtc().addSecs(36));
        } else {
            QVERIFY(!result.retryAfter.isValid());
        }

        if (disposition != Disposition::CertificateProblem) {
            QVERIFY(!client->isBlocked());
            QCOMPARE(certificateProblem.size(), 0);
            return;
        }

        // Surfaced at once, and nothing more goes to APNs until the identity is replaced.
        QCOMPARE(certificateProblem.size(), 1);
        QCOMPARE(certificateProblem.first().at(0).toString(), reason);
        QVERIFY(!certificateProblem.first().at(1).toString().isEmpty());
        QVERIFY(client->isBlocked());
        const quint64 requests = m_standIn.statistics().requests;
        QVERIFY_RESULT(client->send(pushFor(101)));
        QVERIFY_RESULT(client->send(pushFor(102)));
        QTRY_COMPARE(finished.size(), 3);
        for (int i = 1; i < 3; ++i) {
            const auto blocked = finished.at(i).first().value<ApnsResult>();
            QCOMPARE(blocked.disposition, Disposition::CertificateProblem);
            QCOMPARE(blocked.status, 0);
            QCOMPARE(blocked.reason, reason);
        }
        QCOMPARE(m_standIn.statistics().requests, requests);
        QCOMPARE(certificateProblem.size(), 1);

        m_standIn.setGlobalFailure(0, {});
        QVERIFY_RESULT(client->setIdentity(m_secondIdentity.certificate, m_secondIdentity.key));
        QVERIFY(!client->isBlocked());
        QVERIFY_RESULT(client->send(pushFor(103)));
        QTRY_COMPARE(finished.size(), 4);
        QCOMPARE(finished.last().first().value<ApnsResult>().disposition, Disposition::Delivered);
        QCOMPARE(m_standIn.received().last().clientTopic, m_secondIdentity.topic);
    }

    void aShortTokenIsRefusedByApns()
    {
        std::unique_ptr<ApnsClient> client = makeClient();
        QSignalSpy finished(client.get(), &ApnsClient::pushFinished);
        ApnsPush push = pushFor(5);
        push.deviceToken = QByteArray::fromHex("00112233445566778899");
        QVERIFY_RESULT(client->send(push));
        QTRY_COMPARE(finished.size(), 1);
        const auto result = finished.first().first().value<ApnsResult>();
        QCOMPARE(result.status, 400);
        QCOMPARE(result.reason, u"BadDeviceToken"_s);
        QCOMPARE(result.disposition, Disposition::TokenBad);
    }

    void refusesPushesThatCannotBeSent()
    {
        ApnsClient client(m_clock, clientOptions());
        QVERIFY_FAILS_WITH(client.send(pushFor(1)), Error::Code::Tls);
        QVERIFY_RESULT(client.setIdentity(m_identity.certificate, m_identity.key));

        ApnsPush noToken = pushFor(1);
        noToken.deviceToken.clear();
        QVERIFY_FAILS_WITH(client.send(noToken), Error::Code::InvalidInput);
        ApnsPush noMagic = pushFor(1);
        noMagic.pushMagic.clear();
        QVERIFY_FAILS_WITH(client.send(noMagic), Error::Code::InvalidInput);
        ApnsPush hugeMagic = pushFor(1);
        hugeMagic.pushMagic = QString(5000, u'x');
        QVERIFY_FAILS_WITH(client.send(hugeMagic), Error::Code::InvalidInput);
        ApnsPush hugeToken = pushFor(1);
        hugeToken.deviceToken = QByteArray(1000, 'x');
        QVERIFY_FAILS_WITH(client.send(hugeToken), Error::Code::InvalidInput);
        QCOMPARE(client.statistics().accepted, quint64(0));
    }

    void refusesUnusableIdentities()
    {
        ApnsClient client(m_clock, clientOptions());
        QVERIFY_FAILS_WITH(client.setIdentity({}, m_identity.key), Error::Code::InvalidInput);
        // The key of another certificate.
        QVERIFY_FAILS_WITH(client.setIdentity(m_identity.certificate, m_secondIdentity.key),
                           Error::Code::InvalidInput);

        // A client certificate that is not an MDM push certificate.
        Result<PrivateKey> key = PrivateKey::generateEcP256();
        QVERIFY_RESULT(key);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Result<Certificate> other = CertificateBuilder()
                                        .setSubject({.commonName = u"Not a push certificate"_s,
                                                     .userId = u"com.example.app"_s})
                                        .setValidity(now.addDays(-1), now.addDays(30))
                                        .setExtendedKeyUsage(ExtendedKeyUsage::ClientAuth)
                                        .issue(key->publicKey(), m_pki.pushCa, m_pki.pushCaKey);
        QVERIFY_RESULT(other);
        QVERIFY_FAILS_WITH(client.setIdentity(*other, *key), Error::Code::InvalidInput);
        QVERIFY(!client.hasIdentity());
    }

    void describesEveryReason_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<Disposition>("disposition");
        QTest::newRow("200") << 200 << QString() << Disposition::Delivered;
        QTest::newRow("timeout") << 0 << ApnsResult::TimeoutReason.toString()
                                 << Disposition::RetryLater;
        QTest::newRow("connection failed")
            << 0 << ApnsResult::ConnectionFailedReason.toString() << Disposition::RetryLater;
        QTest::newRow("connection lost")
            << 0 << ApnsResult::ConnectionLostReason.toString() << Disposition::RetryLater;
        QTest::newRow("handshake refused") << 0 << ApnsResult::CertificateRejectedReason.toString()
                                           << Disposition::CertificateProblem;
        QTest::newRow("403 without a reason")
            << 403 << QString() << Disposition::CertificateProblem;
        QTest::newRow("410 without a reason") << 410 << QString() << Disposition::TokenDead;
        QTest::newRow("502 without a reason") << 502 << QString() << Disposition::RetryLater;
        QTest::newRow("405 MethodNotAllowed")
            << 405 << u"MethodNotAllowed"_s << Disposition::Rejected;
        QTest::newRow("400 InvalidPushType")
            << 400 << u"InvalidPushType"_s << Disposition::Rejected;
    }

    void describesEveryReason()
    {
        QFETCH(int, status);
        QFETCH(QString, reason);
        QFETCH(Disposition, disposition);
        QCOMPARE(ApnsResult::dispositionFor(status, reason), disposition);
        const QString text = ApnsResult::describe(status, reason);
        QVERIFY(!text.isEmpty());
        // Plain words, not the protocol's identifiers, except for faults reported as such.
        if (disposition != Disposition::Rejected && !reason.isEmpty())
            QVERIFY2(!text.contains(reason), qPrintable(text));
    }

    // The stand-in holds requests to APNs' rules; Qt's own HTTP/2 client is the independent
    // peer here, since ApnsClient only ever sends well-formed pushes.
    void standInChecksRequests_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<bool>("withTopic");
        QTest::addColumn<QByteArray>("topic");
        QTest::addColumn<QByteArray>("pushType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");

        const QByteArray path = "/3/device/" + tokenFor(7).toHex();
        const QByteArray body = "{\"mdm\":\"magic\"}";
        QTest::newRow("good") << "POST"_ba << path << true << QByteArray() << "mdm"_ba << body
                              << 200 << QString();
        QTest::newRow("GET") << "GET"_ba << path << true << QByteArray() << "mdm"_ba << QByteArray()
                             << 405 << u"MethodNotAllowed"_s;
        QTest::newRow("bad path") << "POST"_ba
                                  << "/3/devices/ab"_ba << true << QByteArray() << "mdm"_ba << body
                                  << 404 << u"BadPath"_s;
        QTest::newRow("not hex") << "POST"_ba
                                 << "/3/device/" + QByteArray(64, 'z') << true << QByteArray()
                                 << "mdm"_ba << body << 400 << u"BadDeviceToken"_s;
        QTest::newRow("no topic") << "POST"_ba << path << false << QByteArray() << "mdm"_ba << body
                                  << 400 << u"MissingTopic"_s;
        QTest::newRow("other topic")
            << "POST"_ba << path << true << "com.apple.mgmt.External.other"_ba
            << "mdm"_ba << body << 400 << u"TopicDisallowed"_s;
        QTest::newRow("alert push") << "POST"_ba << path << true << QByteArray() << "alert"_ba
                                    << body << 400 << u"InvalidPushType"_s;
        QTest::newRow("empty body") << "POST"_ba << path << true << QByteArray() << "mdm"_ba
                                    << QByteArray() << 400 << u"PayloadEmpty"_s;
        QTest::newRow("no mdm key") << "POST"_ba << path << true << QByteArray() << "mdm"_ba
                                    << "{\"aps\":{}}"_ba << 400 << u"BadPayload"_s;
        QTest::newRow("too large")
            << "POST"_ba << path << true << QByteArray() << "mdm"_ba
            << "{\"mdm\":\"" + QByteArray(5000, 'm') + "\"}" << 413 << u"PayloadTooLarge"_s;
    }

    void standInChecksRequests()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(bool, withTopic);
        QFETCH(QByteArray, topic);
        QFETCH(QByteArray, pushType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, reason);

        QNetworkAccessManager manager;
        QUrl url(u"https://127.0.0.1"_s);
        url.setPort(m_standIn.port());
        url.setPath(QString::fromLatin1(path));
        QNetworkRequest request(url);
        request.setSslConfiguration(qtTls(m_pki, m_identity));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
        request.setTransferTimeout(10000);
        if (withTopic)
            request.setRawHeader("apns-topic", topic.isEmpty() ? m_identity.topic.toUtf8() : topic);
        request.setRawHeader("apns-push-type", pushType);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        std::unique_ptr<QNetworkReply> reply(
            manager.sendCustomRequest(request, method, method == "GET" ? QByteArray() : body));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 15000);
        QVERIFY(reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
        QVERIFY(!reply->rawHeader("apns-id").isEmpty());
        const QByteArray answer = reply->readAll();
        if (status == 200) {
            QVERIFY(answer.isEmpty());
        } else {
            QCOMPARE(QJsonDocument::fromJson(answer).object().value(u"reason"_s).toString(),
                     reason);
        }
    }

    void cleanupTestCase() { m_standIn.stop(); }

private:
    ApnsClient::Options clientOptions() const
    {
        ApnsClient::Options options;
        options.host = u"127.0.0.1"_s;
        options.port = m_standIn.port();
        options.trustedRoots = {m_pki.serverCa};
        options.requestTimeout = 10s;
        options.connectTimeout = 10s;
        return options;
    }

    std::unique_ptr<ApnsClient> makeClient()
    {
        auto client = std::make_unique<ApnsClient>(m_clock, clientOptions());
        if (Result<void> set = client->setIdentity(m_identity.certificate, m_identity.key); !set)
            qFatal("%s", qPrintable(set.error().toString()));
        return client;
    }

    SystemClock m_clock;
    ApnsStandIn::Pki m_pki;
    ApnsStandIn::PushIdentity m_identity;
    ApnsStandIn::PushIdentity m_secondIdentity;
    ApnsStandIn m_standIn;
};

QTEST_GUILESS_MAIN(tst_ApnsClient)
#include "tst_ApnsClient.moc"
