// SPDX-License-Identifier: GPL-3.0-or-later
// Enrollment links end to end on 127.0.0.1: a real engine and simulated devices. A link is made
// with a label, an expiry and a use count, is listed and audited, lists the devices that enrolled
// through it, and once used up, expired or revoked, its URL and its outstanding SCEP challenges
// enroll nothing more.
#include "core/common/Clock.h"
#include "core/engine/Engine.h"
#include "core/store/AuditLog.h"
#include "core/store/Database.h"
#include "tests/support/DeviceSimulator.h"
#include "tests/support/SimulatedHttpClient.h"
#include "tests/support/SimulatedKeyPool.h"
#include "tests/support/TestHelpers.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {} // namespace

class tst_EnrollmentLinks : public QObject
{
    Q_OBJECT

private:
    std::optional<Engine::CreatedEnrollmentLink> create(const QString &label,
                                                        const QDateTime &expiresAt,
                                                        std::optional<int> maxUses)
    {
        QFuture<Result<Engine::CreatedEnrollmentLink>> created = m_engine->createEnrollmentLink(
            {u"admin"_s, label, expiresAt, maxUses});
        if (!waitFor(created) || !created.result())
            return std::nullopt;
        return *created.result();
    }

    std::optional<EnrollmentLink> find(const QString &id)
    {
        QFuture<Result<QList<EnrollmentLink>>> links = m_engine->enrollmentLinks();
        if (!waitFor(links))
            return std::nullopt;
        const Result<QList<EnrollmentLink>> listed = links.result();
        if (!listed)
            return std::nullopt;
        for (const EnrollmentLink &link : *listed) {
            if (link.id == id)
                return link;
        }
        return std::nullopt;
    }

    QList<EnrollmentLinkDevice> devicesOf(const QString &id)
    {
        QFuture<Result<QList<EnrollmentLinkDevice>>> devices = m_engine->enrollmentLinkDevices(id);
        if (!waitFor(devices) || !devices.result())
            return {};
        return *devices.result();
    }

    std::unique_ptr<DeviceSimulator> device()
    {
        DeviceSimulator::Options options;
        options.hardware = SimulatedHardware::preset(SimulatedHardware::Kind::IPhone);
        options.tls = m_tls;
        options.keyPool = m_keys;
        options.userChannel = false;
        return std::make_unique<DeviceSimulator>(options);
    }

    // The status of a plain download of the URL, and the profile when it was served.
    std::pair<int, QByteArray> download(const QUrl &url)
    {
        SimulatedHttpClient client(m_tls);
        std::optional<Result<SimulatedHttpClient::Reply>> reply;
        SimulatedHttpClient::Request request;
        request.url = url;
        client.send(request, [&reply](const Result<SimulatedHttpClient::Reply> &r) { reply = r; });
        waitUntil([&reply] { return reply.has_value(); }, 30000);
        if (!reply || !*reply)
            return {0, {}};
        return {(**reply).status, (**reply).body};
    }

    QList<AuditEntry> audited(const QString &action, const QString &target)
    {
        Result<std::unique_ptr<Database>> db = Database::openReader(
            m_engine->config().databasePath);
        if (!db)
            return {};
        AuditLog::Filter filter;
        filter.action = action;
        filter.target = target;
        Result<QList<AuditEntry>> entries = AuditLog(**db, m_clock).list(filter);
        return entries ? *entries : QList<AuditEntry>();
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<Engine> m_engine;
    QSslConfiguration m_tls;
    std::shared_ptr<SimulatedKeyPool> m_keys;

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
        config.keychainService = u"Espalier-tst_EnrollmentLinks-%1"_s.arg(
            QUuid::createUuid().toString(QUuid::Id128));
        m_engine = std::make_unique<Engine>(config, m_clock);
        m_engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->state() == Engine::State::Running
                                     || m_engine->state() == Engine::State::Failed,
                                 30000);
        QCOMPARE(m_engine->state(), Engine::State::Running);
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates({QSslCertificate(m_engine->deviceCaCertificate().toPem())});
        Result<std::shared_ptr<SimulatedKeyPool>> keys = SimulatedKeyPool::generate(4);
        QVERIFY_RESULT(keys);
        m_keys = *keys;
    }

    void cleanupTestCase()
    {
        if (m_engine)
            m_engine->stop();
    }

    void createdLinkIsListedAuditedAndListsItsDevices()
    {
        const QDateTime expires = m_clock.now().addDays(2);
        const std::optional<Engine::CreatedEnrollmentLink> created = create(
            u"Kim Novak"_s, expires, 2);
        QVERIFY(created);
        QCOMPARE(created->url.path(), u"/enroll/"_s + created->url.path().section(u'/', -1));
        QCOMPARE(created->url.port(), int(m_engine->serverPort()));

        std::optional<EnrollmentLink> link = find(created->id);
        QVERIFY(link);
        QCOMPARE(link->label, u"Kim Novak"_s);
        QCOMPARE(link->createdBy, u"admin"_s);
        QCOMPARE(link->maxUses, std::optional<int>(2));
        QCOMPARE(link->useCount, 0);
        QCOMPARE(link->expiresAt.toSecsSinceEpoch(), expires.toSecsSinceEpoch());
        QCOMPARE(link->state(m_clock.now()), EnrollmentLinkState::Active);
        QVERIFY(devicesOf(created->id).isEmpty());

        const QList<AuditEntry> entries = audited(u"enrollment-link.created"_s, created->id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().actor, u"admin"_s);
        QVERIFY(entries.first().detail.contains(u"Kim Novak"_s));
        // The token is a secret: the URL holds it, the audit log must not.
        QVERIFY(!entries.first().detail.contains(created->url.path().section(u'/', -1)));

        std::unique_ptr<DeviceSimulator> phone = device();
        QFuture<Result<void>> enrolled = phone->enroll(created->url);
        QVERIFY(waitFor(enrolled));
        QVERIFY_RESULT(enrolled.result());
        link = find(created->id);
        QCOMPARE(link->useCount, 1);
        const QList<EnrollmentLinkDevice> devices = devicesOf(created->id);
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.first().deviceId, phone->udid());
        QVERIFY(devices.first().enrolledAt.isValid());
    }

    void usedUpLinkEnrollsNoMore()
    {
        const std::optional<Engine::CreatedEnrollmentLink> created = create({}, {}, 1);
        QVERIFY(created);
        std::unique_ptr<DeviceSimulator> first = device();
        QFuture<Result<void>> enrolled = first->enroll(created->url);
        QVERIFY(waitFor(enrolled));
        QVERIFY_RESULT(enrolled.result());
        QCOMPARE(find(created->id)->state(m_clock.now()), EnrollmentLinkState::UsedUp);

        QCOMPARE(download(created->url).first, 410);
        std::unique_ptr<DeviceSimulator> second = device();
        QFuture<Result<void>> refused = second->enroll(created->url);
        QVERIFY(waitFor(refused));
        QVERIFY(!refused.result());
        QCOMPARE(devicesOf(created->id).size(), 1);
    }

    void revokedLinkStopsItsUrlAndItsChallenges()
    {
        const std::optional<Engine::CreatedEnrollmentLink> created = create(
            u"Front desk"_s, {}, {});
        QVERIFY(created);
        // A device downloaded the profile (and with it a challenge) but has not enrolled yet.
        const auto [status, profile] = download(created->url);
        QCOMPARE(status, 200);
        QVERIFY(!profile.isEmpty());

        QFuture<Result<EnrollmentLink>> revoked = m_engine->revokeEnrollmentLink(
            created->id, u"helpdesk-lead"_s);
        QVERIFY(waitFor(revoked));
        QVERIFY_RESULT(revoked.result());
        QVERIFY(revoked.result()->isRevoked());
        QCOMPARE(find(created->id)->state(m_clock.now()), EnrollmentLinkState::Revoked);
        const QList<AuditEntry> entries = audited(u"enrollment-link.revoked"_s, created->id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().actor, u"helpdesk-lead"_s);

        QCOMPARE(download(created->url).first, 410);
        std::unique_ptr<DeviceSimulator> late = device();
        QFuture<Result<void>> installed = late->installEnrollmentProfile(profile);
        QVERIFY(waitFor(installed));
        QVERIFY(!installed.result());
        QVERIFY(!late->isEnrolled());
        QVERIFY(devicesOf(created->id).isEmpty());
        QCOMPARE(find(created->id)->useCount, 0);

        // Revoking twice keeps the first time; an unknown link is NotFound.
        QFuture<Result<EnrollmentLink>> again = m_engine->revokeEnrollmentLink(created->id,
                                                                               u"admin"_s);
        QVERIFY(waitFor(again));
        QVERIFY_RESULT(again.result());
        QCOMPARE(again.result()->revokedAt, revoked.result()->revokedAt);
        QFuture<Result<EnrollmentLink>> unknown = m_engine->revokeEnrollmentLink(u"nope"_s,
                                                                                 u"admin"_s);
        QVERIFY(waitFor(unknown));
        QVERIFY_FAILS_WITH(unknown.result(), Error::Code::NotFound);
    }

    void expiredLinkEnrollsNoMore()
    {
        const std::optional<Engine::CreatedEnrollmentLink> created = create(
            u"Tomorrow"_s, m_clock.now().addSecs(3600), {});
        QVERIFY(created);
        QCOMPARE(download(created->url).first, 200);
        m_clock.advance(2 * 3600 * 1000);
        QCOMPARE(find(created->id)->state(m_clock.now()), EnrollmentLinkState::Expired);
        QCOMPARE(download(created->url).first, 410);
    }
};

QTEST_GUILESS_MAIN(tst_EnrollmentLinks)
#include "tst_EnrollmentLinks.moc"
