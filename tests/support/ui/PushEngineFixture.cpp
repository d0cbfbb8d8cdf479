// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ui/PushEngineFixture.h"

#include "core/crypto/Cms.h"
#include "core/crypto/Pkcs12.h"
#include "core/push/VendorSigning.h"
#include "core/store/CommandRepository.h"
#include "core/store/Database.h"
#include "core/store/PushCertificateRecord.h"
#include "core/store/PushCertificateRepository.h"
#include "tests/support/DeviceSimulator.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSslCertificate>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Espalier {

PushEngineFixture::PushEngineFixture() = default;

PushEngineFixture::~PushEngineFixture()
{
    stop();
}

QString PushEngineFixture::path(const QString &fileName) const
{
    return m_dir.filePath(fileName);
}

Result<void> PushEngineFixture::start(const QString &name)
{
    if (!m_dir.isValid())
        return fail(Error::Code::Io, u"test: no temporary folder"_s);
    Result<ApnsStandIn::Pki> apnsPki = ApnsStandIn::Pki::create();
    if (!apnsPki)
        return fail(apnsPki.error());
    m_apnsPki = *apnsPki;
    Result<PushCertificateTestPki> pki = PushCertificateTestPki::create(
        QDateTime::currentDateTimeUtc());
    if (!pki)
        return fail(pki.error());
    m_pki = *pki;
    ApnsStandIn::Options apns;
    apns.certificate = m_apnsPki.server;
    apns.key = m_apnsPki.serverKey;
    apns.clientCas = {m_pki.pushCa};
    if (Result<void> started = m_apns.start(apns); !started)
        return started;
    // A delivered push makes its device check in a moment later, as the real thing does.
    m_apns.setPushHandler([this](const QByteArray &token, const QString &) {
        for (DeviceSimulator *device : m_fleet.devices()) {
            if (device->pushToken() == token)
                QTimer::singleShot(100, device, [device] { (void)device->connect(); });
        }
    });

    m_topic = PushCertificateTestPki::newTopic();
    EngineConfig config = EngineConfig::storeOnly(m_dir.filePath(u"espalier.sqlite"_s));
    config.listenAddress = QHostAddress(QHostAddress::LocalHost);
    config.listenPort = 0;
    config.publicUrl = QUrl(u"https://127.0.0.1"_s);
    config.pushTopic = m_topic;
    config.apnsHost = u"127.0.0.1"_s;
    config.apnsPort = m_apns.port();
    config.apnsTrustedRoots = {m_apnsPki.serverCa};
    config.keychainService = u"Espalier-%1-%2"_s.arg(name,
                                                     QUuid::createUuid().toString(QUuid::Id128));
    m_host = std::make_unique<EngineHost>(config, m_clock);
    std::optional<Engine::State> state;
    QString detail;
    const QMetaObject::Connection watch = QObject::connect(
        m_host.get(),
        &EngineHost::stateChanged,
        m_host.get(),
        [&state, &detail](Engine::State changed, const QString &text) {
            if (changed == Engine::State::Running || changed == Engine::State::Failed) {
                state = changed;
                detail = text;
            }
        });
    m_host->start();
    if (!waitUntil([&state] { return state.has_value(); }))
        return fail(Error::Code::Network, u"test: the engine did not start"_s);
    QObject::disconnect(watch);
    if (*state != Engine::State::Running)
        return fail(Error::Code::Network, u"test: the engine failed: "_s + detail);
    return {};
}

void PushEngineFixture::stop()
{
    m_apns.setPushHandler({});
    if (m_host)
        m_host->stop();
    m_host.reset();
}

Result<QByteArray> PushEngineFixture::vendorP12(const QString &password) const
{
    return Pkcs12::create(m_pki.vendor.key,
                          m_pki.vendor.certificate,
                          {m_pki.wwdr, m_pki.root},
                          password,
                          m_pki.vendor.friendlyName);
}

Result<QByteArray> PushEngineFixture::portalCertificate(const QByteArray &uploadFile,
                                                        const QString &topic,
                                                        int validDays) const
{
    Result<VendorSigning::SignedRequest> request = VendorSigning::read(uploadFile);
    if (!request)
        return fail(request.error());
    if (request->chain.isEmpty() || request->chain.first() != m_pki.vendor.certificate)
        return fail(Error::Code::InvalidInput, u"test: not signed by the vendor identity"_s);
    return certificateForCsr(request->csr, topic, validDays);
}

Result<QByteArray> PushEngineFixture::certificateForCsr(const CertificateRequest &csr,
                                                        const QString &topic,
                                                        int validDays) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<Certificate> issued = m_pki.issuePush(
        csr, topic, now.addDays(-1), now.addDays(validDays));
    if (!issued)
        return fail(issued.error());
    return issued->toPem();
}

Result<QByteArray> PushEngineFixture::serviceReply(const QByteArray &csrPem,
                                                   const QByteArray &encryptionCertificatePem) const
{
    Result<CertificateRequest> csr = CertificateRequest::fromPem(csrPem);
    if (!csr)
        return fail(csr.error());
    Result<Certificate> recipient = Certificate::fromPem(encryptionCertificatePem);
    if (!recipient)
        return fail(recipient.error());
    Result<VendorSigning::Signed> made = VendorSigning::sign(
        *csr, m_pki.vendor, {m_pki.root}, QDateTime::currentDateTimeUtc());
    if (!made)
        return fail(made.error());
    Result<QByteArray> envelope = Cms::encrypt(made->uploadFile, {*recipient});
    if (!envelope)
        return fail(envelope.error());
    return envelope->toHex();
}

Result<void> PushEngineFixture::enroll(int count)
{
    Certificate ca;
    Engine *engine = &this->engine();
    QMetaObject::invokeMethod(
        engine,
        [engine, &ca] { ca = engine->deviceCaCertificate(); },
        Qt::BlockingQueuedConnection);
    Result<std::shared_ptr<SimulatedKeyPool>> keys = SimulatedKeyPool::generate(count);
    if (!keys)
        return fail(keys.error());
    m_keys = *keys;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({QSslCertificate(ca.toPem())});
    const int first = static_cast<int>(m_fleet.devices().size());
    m_fleet.addDevices(count, [this, tls](int) {
        DeviceSimulator::Options options;
        options.hardware = SimulatedHardware::preset(SimulatedHardware::Kind::IPhone);
        options.tls = tls;
        options.keyPool = m_keys;
        options.userChannel = false;
        return options;
    });
    for (int i = first; i < first + count; ++i) {
        QFuture<Result<Engine::CreatedEnrollmentLink>> link = engine->createEnrollmentLink(
            {u"admin"_s, u"push certificate test"_s, {}, 1});
        if (!waitFor(link) || !link.result())
            return fail(Error::Code::Network, u"test: no enrollment link"_s);
        QFuture<Result<void>> enrolled = m_fleet.device(i)->enroll(link.result()->url);
        if (!waitFor(enrolled))
            return fail(Error::Code::Network, u"test: enrollment timed out"_s);
        if (!enrolled.result())
            return fail(enrolled.result().error());
    }
    return {};
}

std::optional<CommandState> PushEngineFixture::deliver(const QString &enrollmentId,
                                                       const MdmCommand &command)
{
    QFuture<Result<QStringList>> queued = engine().enqueue({enrollmentId}, command, u"helpdesk"_s);
    if (!waitFor(queued) || !queued.result() || queued.result()->size() != 1)
        return std::nullopt;
    const QString uuid = queued.result()->first();
    std::optional<CommandState> state;
    waitUntil([&] {
        Result<std::unique_ptr<Database>> db = Database::openReader(engine().config().databasePath);
        if (!db)
            return false;
        Result<std::optional<Command>> found = CommandRepository(**db, m_clock).find(uuid);
        if (!found || !*found)
            return false;
        state = (*found)->state;
        return isFinal(*state);
    });
    return state;
}

std::optional<PushCertificateRecord> PushEngineFixture::currentCertificate() const
{
    Result<std::unique_ptr<Database>> db = Database::openReader(engine().config().databasePath);
    if (!db)
        return std::nullopt;
    Result<std::optional<PushCertificateRecord>> current
        = PushCertificateRepository(**db, m_clock).current();
    return current ? *current : std::nullopt;
}

} // namespace Espalier
