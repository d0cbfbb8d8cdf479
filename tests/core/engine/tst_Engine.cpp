// SPDX-License-Identifier: GPL-3.0-or-later
// The engine on 127.0.0.1 with a real keychain, a real store and real TLS: it creates its CA and
// TLS identity on first start, serves enrollment profiles and SCEP, and refuses unsigned device
// requests with 400 and an audit entry.
#include "core/common/Clock.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/Cms.h"
#include "core/engine/Engine.h"
#include "core/plist/Plist.h"
#include "core/store/AuditLog.h"
#include "core/store/Database.h"
#include "tests/support/TestHelpers.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Espalier;
using namespace Qt::StringLiterals;

class tst_Engine : public QObject
{
    Q_OBJECT

private:
    struct Answer
    {
        int status = 0;
        QByteArray contentType;
        QByteArray body;
    };

    Answer request(const QByteArray &verb, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest request(
            QUrl(u"https://127.0.0.1:%1%2"_s.arg(m_engine->serverPort()).arg(path)));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_ca.isNull())
            tls.setCaCertificates({QSslCertificate(m_ca.toPem())});
        request.setSslConfiguration(tls);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        if (m_ca.isNull())
            reply->ignoreSslErrors(); // only the first GetCACert, which gives us the CA to pin
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(20000))
            return {};
        Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                      reply->readAll()};
        reply->deleteLater();
        return answer;
    }

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<Engine> m_engine;
    QNetworkAccessManager m_network;
    Certificate m_ca;

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        EngineConfig config = EngineConfig::storeOnly(m_dir.filePath(u"espalier.sqlite"_s));
        config.listenAddress = QHostAddress(QHostAddress::LocalHost);
        config.listenPort = 0;
        config.publicUrl = QUrl(u"https://127.0.0.1"_s);
        config.pushTopic = u"com.apple.mgmt.External.%1"_s.arg(
            QUuid::createUuid().toString(QUuid::WithoutBraces));
        config.keychainService = u"Espalier-tst_Engine-%1"_s.arg(
            QUuid::createUuid().toString(QUuid::Id128));
        m_engine = std::make_unique<Engine>(config, m_clock);
        QSignalSpy states(m_engine.get(), &Engine::stateChanged);
        m_engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->state() == Engine::State::Running
                                     || m_engine->state() == Engine::State::Failed,
                                 30000);
        QVERIFY2(m_engine->state() == Engine::State::Running,
                 qPrintable(states.constLast().at(1).toString()));
        QVERIFY(m_engine->serverPort() != 0);
    }

    void servesTheCaOverScep()
    {
        const Answer caps = request("GET", u"/scep?operation=GetCACaps"_s);
        QCOMPARE(caps.status, 200);
        QVERIFY(caps.body.contains("POSTPKIOperation"));
        QVERIFY(caps.body.contains("SHA-256"));

        const Answer caCert = request("GET", u"/scep?operation=GetCACert&message=Espalier"_s);
        QCOMPARE(caCert.status, 200);
        QCOMPARE(caCert.contentType, "application/x-x509-ca-cert"_ba);
        Result<Certificate> ca = Certificate::fromDer(caCert.body);
        QVERIFY_RESULT(ca);
        QVERIFY(ca->isCa());
        m_ca = *ca;

        // From now on TLS is verified against that CA: the server's identity chains to it.
        const Answer pinned = request("GET", u"/scep?operation=GetCACaps"_s);
        QCOMPARE(pinned.status, 200);
    }

    void servesASignedEnrollmentProfileOnce()
    {
        QVERIFY(!m_ca.isNull());
        Engine::EnrollmentLinkRequest link;
        link.createdBy = u"admin"_s;
        link.label = u"Test iPad"_s;
        link.maxUses = 1;
        QFuture<Result<Engine::CreatedEnrollmentLink>> created = m_engine->createEnrollmentLink(
            link);
        QTRY_VERIFY(created.isFinished());
        QVERIFY_RESULT(created.result());
        const QUrl url = created.result()->url;
        QCOMPARE(url.host(), u"127.0.0.1"_s);
        QCOMPARE(url.port(), int(m_engine->serverPort()));

        const Answer profile = request("GET", url.path());
        QCOMPARE(profile.status, 200);
        QCOMPARE(profile.contentType, "application/x-apple-aspen-config"_ba);
        Result<Cms::Verified> verified = Cms::verify(profile.body);
        QVERIFY_RESULT(verified);
        Result<QVariant> plist = Plist::parse(verified->content);
        QVERIFY_RESULT(plist);
        bool hasMdm = false;
        for (const QVariant &payload : plist->toMap().value(u"PayloadContent"_s).toList()) {
            const QVariantMap map = payload.toMap();
            if (map.value(u"PayloadType"_s) == u"com.apple.mdm"_s) {
                hasMdm = true;
                QCOMPARE(map.value(u"ServerURL"_s).toString(),
                         u"https://127.0.0.1:%1/mdm/connect"_s.arg(m_engine->serverPort()));
                QCOMPARE(map.value(u"SignMessage"_s).toBool(), true);
            }
        }
        QVERIFY(hasMdm);

        // A download uses nothing up (a link preview must not burn a single-use link); each
        // one carries a challenge of its own.
        const Answer again = request("GET", url.path());
        QCOMPARE(again.status, 200);
        QVERIFY(again.body != profile.body);
        QCOMPARE(request("GET", u"/enroll/not-a-token"_s).status, 404);
    }

    void refusesUnsignedDeviceRequestsWith400()
    {
        QVERIFY(!m_ca.isNull());
        const QByteArray body = Plist::toXml(
                                    QVariantMap{{u"MessageType"_s, u"Authenticate"_s},
                                                {u"UDID"_s, u"0000-TEST"_s},
                                                {u"Topic"_s, m_engine->config().pushTopic}})
                                    .value();
        QCOMPARE(request("PUT", u"/mdm/checkin"_s, body).status, 400);
        QCOMPARE(request("PUT", u"/mdm/connect"_s, body).status, 400);
        // A flood from the same address is still refused, but not written once per request.
        for (int i = 0; i < 20; ++i)
            QCOMPARE(request("PUT", u"/mdm/connect"_s, body).status, 400);

        // The two first refusals are in the audit log, which still verifies.
        Result<std::unique_ptr<Database>> reader = Database::openReader(
            m_engine->config().databasePath);
        QVERIFY_RESULT(reader);
        AuditLog audit(**reader, m_clock);
        AuditLog::Filter filter;
        filter.action = u"mdm.refused"_s;
        Result<QList<AuditEntry>> refused = audit.list(filter);
        QVERIFY_RESULT(refused);
        QCOMPARE(refused->size(), 2);
        Result<AuditLog::Verification> chain = audit.verify();
        QVERIFY_RESULT(chain);
        QCOMPARE(chain->problem, AuditLog::Verification::Problem::None);
    }

    void cleanupTestCase()
    {
        if (m_engine)
            m_engine->stop();
        QCOMPARE(m_engine->state(), Engine::State::Stopped);
    }
};

QTEST_GUILESS_MAIN(tst_Engine)
#include "tst_Engine.moc"
