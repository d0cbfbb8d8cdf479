// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Engine.h"

#include "core/common/Clock.h"
#include "core/common/Futures.h"
#include "core/common/Logging.h"
#include "core/crypto/OpenSsl.h"
#include "core/crypto/SecretBox.h"
#include "core/engine/AdminApi.h"
#include "core/engine/DeviceAuthenticator.h"
#include "core/engine/PushDispatcher.h"
#include "core/engine/ServerSetup.h"
#include "core/mdm/CommandQueue.h"
#include "core/mdm/LockPinHistory.h"
#include "core/mdm/MdmService.h"
#include "core/mdm/commands/DeviceInformationCommand.h"
#include "core/pki/CertificateAuthority.h"
#include "core/pki/EnrollmentLinkService.h"
#include "core/pki/EnrollmentProfileBuilder.h"
#include "core/pki/PkiStore.h"
#include "core/pki/ScepService.h"
#include "core/pki/ServerIdentity.h"
#include "core/profiles/ProfileDeployment.h"
#include "core/push/ApnsResult.h"
#include "core/push/PushCertificateStore.h"
#include "core/roles/ConsoleRole.h"
#include "core/server/HttpRequest.h"
#include "core/server/HttpResponder.h"
#include "core/server/HttpResponse.h"
#include "core/server/HttpServer.h"
#include "core/store/AuditLog.h"
#include "core/store/Database.h"
#include "core/store/EnrollmentRepository.h"
#include "core/store/SecretStore.h"
#include "core/store/StaleInventoryRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QPromise>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// The keychain entry of the key that seals tokens kept in the database.
const QString DataKeyName = u"engine/data-key"_s;

constexpr auto ExpiryInterval = std::chrono::minutes(1);
// How often stale inventory is looked for (at most; a shorter refresh interval looks more often).
constexpr auto InventoryCheckInterval = std::chrono::minutes(5);

// Check-in and command bodies are small plists; inventory answers of big Macs stay far below.
constexpr qint64 MaxDeviceBodyBytes = 4 * 1024 * 1024;

// The audit entry's detail for a link: never its token, which only the URL holds.
QString describeLink(const EnrollmentLink &link)
{
    return u"label \"%1\", uses %2, expires %3"_s.arg(
        link.label,
        link.maxUses ? u"%1 of %2"_s.arg(link.useCount).arg(*link.maxUses)
                     : u"%1 (no limit)"_s.arg(link.useCount),
        link.expiresAt.isValid() ? link.expiresAt.toString(Qt::ISODate) : u"never"_s);
}

HttpResponse toHttp(int status, const QByteArray &contentType, const QByteArray &body)
{
    HttpResponse response(status);
    if (!body.isEmpty() || !contentType.isEmpty())
        response.setBody(body, contentType);
    return response;
}

} // namespace

Engine::Engine(EngineConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
{}

Engine::~Engine()
{
    stop();
}

QString Engine::describe(State state)
{
    switch (state) {
    case State::Stopped:
        return tr("Engine stopped");
    case State::Starting:
        return tr("Engine starting…");
    case State::Running:
        return tr("Engine running");
    case State::Stopping:
        return tr("Engine stopping…");
    case State::Failed:
        return tr("Engine failed");
    }
    return {};
}

quint16 Engine::serverPort() const
{
    return m_server && m_server->isListening() ? m_server->serverPort() : 0;
}

void Engine::start()
{
    if (m_state == State::Running || m_state == State::Starting)
        return;
    setState(State::Starting, {});
    const QFileInfo file(m_config.databasePath);
    if (!QDir().mkpath(file.absolutePath())) {
        setState(State::Failed,
                 tr("Cannot create the data folder %1. Check that it is writable.")
                     .arg(QDir::toNativeSeparators(file.absolutePath())));
        return;
    }
    Result<std::unique_ptr<Database>> database = Database::openWriter(file.absoluteFilePath());
    if (!database) {
        qCWarning(lcEngine).noquote() << database.error().toString();
        setState(
            State::Failed,
            tr("Cannot open the store %1: %2")
                .arg(QDir::toNativeSeparators(file.absoluteFilePath()), database.error().message));
        return;
    }
    m_database = std::move(*database);

    if (m_config.settingsFromStore) {
        Result<ServerSettings> stored = ServerSettings::load(*m_database);
        if (!stored) {
            failStart(stored.error());
            return;
        }
        stored->applyTo(m_config);
    }
    if (m_config.publicUrl.isEmpty()) {
        // Not set up yet: the console works on the store, no device is served.
        setState(State::Running,
                 tr("Store: %1").arg(QDir::toNativeSeparators(file.absoluteFilePath())));
        return;
    }
    if (Result<void> crypto = OpenSsl::initialize(); !crypto) {
        failStart(crypto.error());
        return;
    }
    m_secrets = new SecretStore(m_config.keychainService, this);
    m_pki = new PkiStore(*m_database, *m_secrets, m_clock, this);
    loadDataKey();
}

void Engine::failStart(const Error &error)
{
    qCWarning(lcEngine).noquote() << "start failed:" << error.toString();
    const QString message = error.message;
    stop();
    setState(State::Failed, message);
}

void Engine::loadDataKey()
{
    Futures::then(this, m_secrets->read(DataKeyName), [this](const Result<QByteArray> &key) {
        if (m_state != State::Starting)
            return;
        if (key) {
            m_dataKey = *key;
            loadCertificateAuthority();
            return;
        }
        if (key.error().code != Error::Code::NotFound) {
            failStart(key.error());
            return;
        }
        Result<QByteArray> fresh = SecretBox::generateKey();
        if (!fresh) {
            failStart(fresh.error());
            return;
        }
        m_dataKey = *fresh;
        Futures::then(
            this, m_secrets->write(DataKeyName, m_dataKey), [this](const Result<void> &written) {
                if (m_state != State::Starting)
                    return;
                if (!written) {
                    failStart(written.error());
                    return;
                }
                loadCertificateAuthority();
            });
    });
}

void Engine::loadCertificateAuthority()
{
    auto adopt = [this](const Result<CertificateAuthority> &authority) {
        if (m_state != State::Starting)
            return;
        if (!authority) {
            failStart(authority.error());
            return;
        }
        m_authority = std::make_unique<CertificateAuthority>(*authority);
        loadServerIdentity();
    };
    Futures::then(this,
                  m_pki->loadCertificateAuthority(),
                  [this, adopt](const Result<CertificateAuthority> &loaded) {
                      if (loaded || loaded.error().code != Error::Code::NotFound) {
                          adopt(loaded);
                          return;
                      }
                      // First start: this server's own device CA. Its name is not translated: it is
                      // baked into the certificate for the CA's whole life.
                      CertificateAuthority::Options options;
                      options.subject.commonName = u"Espalier Device CA (%1)"_s.arg(
                          m_config.publicUrl.host());
                      options.subject.organization = u"Espalier"_s;
                      Futures::then(this, m_pki->createCertificateAuthority(options), adopt);
                  });
}

void Engine::loadServerIdentity()
{
    Futures::then(this, m_pki->loadServerIdentity(), [this](const Result<ServerIdentity> &loaded) {
        if (m_state != State::Starting)
            return;
        if (loaded) {
            if (Result<void> serving = startServing(*loaded); !serving)
                failStart(serving.error());
            return;
        }
        if (loaded.error().code != Error::Code::NotFound) {
            failStart(loaded.error());
            return;
        }
        // No TLS identity yet: issue one from our CA for the public host name.
        CertificateAuthority::ServerCertificateOptions options;
        const QString host = m_config.publicUrl.host();
        if (QHostAddress address; address.setAddress(host))
            options.ipAddresses.append(address);
        else
            options.dnsNames.append(host);
        Result<ServerIdentity> issued = m_authority->issueServerIdentity(options, m_clock.now());
        if (!issued) {
            failStart(issued.error());
            return;
        }
        const ServerIdentity identity = *issued;
        Futures::then(
            this, m_pki->saveServerIdentity(identity), [this, identity](const Result<void> &saved) {
                if (m_state != State::Starting)
                    return;
                if (!saved) {
                    failStart(saved.error());
                    return;
                }
                if (Result<void> serving = startServing(identity); !serving)
                    failStart(serving.error());
            });
    });
}

Result<void> Engine::startServing(const ServerIdentity &identity)
{
    Result<SecretBox> box = SecretBox::fromKey(m_dataKey);
    OpenSsl::cleanse(m_dataKey);
    if (!box)
        return fail(box.error());

    m_links = std::make_unique<EnrollmentLinkService>(*m_database, m_clock);
    m_scep = std::make_unique<ScepService>(*m_authority, *m_links, m_clock);
    m_authenticator = std::make_unique<DeviceAuthenticator>(
        QList<Certificate>{m_authority->certificate()}, m_clock);

    const SecretBox unlockTokenBox = *box;
    // A store from before push tokens were sealed gets them sealed now, before anything reads
    // them.
    Result<int> sealed
        = EnrollmentRepository(*m_database, m_clock, &unlockTokenBox).sealUnsealedPushTokens();
    if (!sealed)
        return fail(sealed.error());
    if (*sealed > 0)
        qCInfo(lcEngine) << "sealed" << *sealed << "push tokens kept from an older version";
    m_mdm = new MdmService(*m_database, m_clock, *box, m_config.pushTopic, this);
    connect(m_mdm, &MdmService::enrollmentsChanged, this, &Engine::enrollmentsChanged);
    connect(m_mdm, &MdmService::devicesChanged, this, &Engine::devicesChanged);
    connect(m_mdm, &MdmService::commandsChanged, this, &Engine::commandsChanged);
    connect(m_mdm, &MdmService::pushRequested, this, &Engine::pushRequested);
    startPushing(unlockTokenBox);

    HttpServer::Limits limits;
    // A SCEP GET carries its whole request in the query string (mdm-protocol.md §11).
    limits.maxHeaderBytes = 32 * 1024;
    m_server = new HttpServer(limits, this);
    m_server->addRoute(
        {"PUT"_ba},
        u"/mdm/checkin"_s,
        [this](const HttpRequest &request, HttpResponder responder) {
            handleDeviceRequest(request, std::move(responder), true);
        },
        HttpRouter::Match::Exact,
        MaxDeviceBodyBytes);
    m_server->addRoute(
        {"PUT"_ba},
        u"/mdm/connect"_s,
        [this](const HttpRequest &request, HttpResponder responder) {
            handleDeviceRequest(request, std::move(responder), false);
        },
        HttpRouter::Match::Exact,
        MaxDeviceBodyBytes);
    m_server->addRoute(
        {"GET"_ba, "POST"_ba},
        u"/scep"_s,
        [this](const HttpRequest &request, HttpResponder responder) {
            handleScep(request, std::move(responder));
        },
        HttpRouter::Match::Exact,
        ScepService::MaxMessageSize);
    // Asked by the console's reachability check; it says nothing about the server but "here".
    m_server->addRoute(
        {"GET"_ba},
        u"/health"_s,
        [](const HttpRequest &, HttpResponder responder) {
            responder.respond(toHttp(200, "text/plain; charset=utf-8"_ba, "ok\n"_ba));
        },
        HttpRouter::Match::Exact,
        0);
    m_server->addRoute(
        {"GET"_ba},
        u"/enroll/"_s,
        [this](const HttpRequest &request, HttpResponder responder) {
            handleEnroll(request, std::move(responder));
        },
        HttpRouter::Match::Prefix,
        0);

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    Result<QByteArray> keyPem = identity.key().toPem();
    if (!keyPem)
        return fail(keyPem.error());
    tls.setPrivateKey(
        QSslKey(*keyPem, identity.key().algorithm() == KeyAlgorithm::Rsa ? QSsl::Rsa : QSsl::Ec));
    OpenSsl::cleanse(*keyPem);
    tls.setLocalCertificate(QSslCertificate(identity.certificate().toPem()));
    QList<QSslCertificate> chain;
    for (const Certificate &certificate : identity.chain())
        chain.append(QSslCertificate(certificate.toPem()));
    tls.setLocalCertificateChain(QList<QSslCertificate>{tls.localCertificate()} + chain);
    // Devices may also present their identity in the handshake; the Mdm-Signature header stays
    // the primary proof, so a missing client certificate is fine.
    tls.setPeerVerifyMode(QSslSocket::QueryPeer);
    tls.setCaCertificates({QSslCertificate(m_authority->certificate().toPem())});
    if (Result<void> listening = m_server->listen(m_config.listenAddress, m_config.listenPort, tls);
        !listening)
        return listening;

    // A test server on an ephemeral port tells devices the port it got.
    if (m_config.listenPort == 0 && m_config.publicUrl.port() == -1)
        m_config.publicUrl.setPort(m_server->serverPort());
    QUrl base = m_config.publicUrl;
    base.setPath({});
    auto at = [&base](const QString &path) {
        QUrl url = base;
        url.setPath(path);
        return url;
    };
    EnrollmentProfileBuilder::Settings settings;
    settings.profileIdentifier = u"org.espalier.enrollment."_s + base.host();
    // What the device shows in Settings; in English, like every key of the profile, because it
    // does not follow the admin's language.
    settings.displayName = u"Device management"_s;
    settings.organization = u"Espalier"_s;
    settings.description = u"Lets this organization manage the device with Espalier."_s;
    settings.serverUrl = at(u"/mdm/connect"_s);
    settings.checkInUrl = at(u"/mdm/checkin"_s);
    settings.topic = m_config.pushTopic;
    settings.scepUrl = at(u"/scep"_s);
    settings.scepName = u"Espalier"_s;
    settings.identitySubject.commonName = u"Espalier device identity"_s;
    settings.identitySubject.organization = u"Espalier"_s;
    settings.caCertificate = m_authority->certificate();
    settings.includeCaRootPayload = true;
    settings.signer = identity.certificate();
    settings.signerKey = identity.key();
    settings.signerChain = identity.chain();
    m_profiles = std::make_unique<EnrollmentProfileBuilder>(settings);
    if (Result<void> valid = m_profiles->validate(); !valid)
        return valid;

    m_profileDeployment = new ProfileDeployment(*m_database, m_clock, *m_mdm, this);
    m_profileDeployment->setSigner(identity.certificate(), identity.key(), identity.chain());
    connect(
        m_profileDeployment, &ProfileDeployment::profilesChanged, this, &Engine::profilesChanged);
    connect(m_mdm,
            &MdmService::devicesChanged,
            m_profileDeployment,
            [this](const QStringList &ids) { m_profileDeployment->reconcile(ids); });
    connect(m_mdm,
            &MdmService::commandsChanged,
            m_profileDeployment,
            [this](const QStringList &ids) { m_profileDeployment->reconcile({}, ids); });
    m_profileDeployment->reconcile({}, {});

    if (m_config.adminPort != 0) {
        AdminApi::Settings admin;
        admin.port = m_config.adminPort;
        admin.tokenFile = m_config.adminTokenFile;
        admin.publicUrl = m_config.publicUrl;
        admin.unlockTokenBox = unlockTokenBox;
        m_admin = new AdminApi(*m_database, *m_mdm, *m_links, m_clock, std::move(admin), this);
        connect(m_admin, &AdminApi::commandsChanged, this, &Engine::commandsChanged);
        connect(m_admin, &AdminApi::pushRequested, this, &Engine::pushRequested);
        connect(m_admin, &AdminApi::pushRequested, m_push, &PushDispatcher::request);
        if (Result<void> serving = m_admin->start(); !serving)
            return serving;
    }

    m_expiryTimer = new QTimer(this);
    m_expiryTimer->setInterval(ExpiryInterval);
    connect(m_expiryTimer, &QTimer::timeout, this, &Engine::expireDueCommands);
    m_expiryTimer->start();
    if (m_config.inventoryRefreshInterval.count() > 0) {
        m_inventoryTimer = new QTimer(this);
        m_inventoryTimer->setInterval(std::min<std::chrono::milliseconds>(
            InventoryCheckInterval, m_config.inventoryRefreshInterval));
        connect(m_inventoryTimer, &QTimer::timeout, this, &Engine::refreshStaleInventory);
        m_inventoryTimer->start();
    }

    QUrl served = m_config.publicUrl;
    served.setPath({});
    setState(State::Running,
             tr("Serving devices at %1 (port %2); store: %3")
                 .arg(served.toString(),
                      QString::number(m_server->serverPort()),
                      QDir::toNativeSeparators(m_database->path())));
    return {};
}

void Engine::startPushing(const SecretBox &tokenBox)
{
    PushDispatcher::Options options;
    options.tokenBox = tokenBox;
    options.apns.environment = m_config.apnsSandbox ? ApnsClient::Environment::Sandbox
                                                    : ApnsClient::Environment::Production;
    options.apns.host = m_config.apnsHost;
    options.apns.port = m_config.apnsPort;
    options.apns.trustedRoots = m_config.apnsTrustedRoots;
    if (m_config.repushInterval.count() > 0)
        options.schedule.setRepushInterval(m_config.repushInterval);
    m_push = new PushDispatcher(*m_database, m_clock, options, this);
    connect(m_mdm, &MdmService::pushRequested, m_push, &PushDispatcher::request);
    connect(m_mdm, &MdmService::connected, m_push, &PushDispatcher::checkedIn);
    connect(m_push, &PushDispatcher::enrollmentsChanged, this, &Engine::enrollmentsChanged);
    connect(m_push, &PushDispatcher::commandsChanged, this, &Engine::commandsChanged);
    connect(m_push,
            &PushDispatcher::certificateProblem,
            this,
            [this](const QString &, const QString &message) {
                Q_EMIT pushStateChanged(false, message);
            });

    m_pushCertificates = new PushCertificateStore(*m_database, *m_secrets, m_clock, this);
    // A new or renewed certificate takes over at once, without a restart.
    connect(m_pushCertificates,
            &PushCertificateStore::certificateActivated,
            this,
            &Engine::loadPushIdentity);
    loadPushIdentity();
}

void Engine::loadPushIdentity()
{
    if (!m_pushCertificates)
        return;
    const quint64 load = ++m_pushIdentityLoads;
    Futures::then(
        this,
        m_pushCertificates->loadIdentity(m_config.pushTopic),
        [this, load](const Result<PushCertificateStore::Identity> &identity) {
            if (!m_push || load != m_pushIdentityLoads)
                return;
            if (!identity) {
                const QString detail = identity.error().code == Error::Code::NotFound
                                           ? tr("No push certificate yet: devices fetch their "
                                                "commands only when they check in by themselves.")
                                           : identity.error().message;
                qCWarning(lcEngine).noquote() << "not pushing:" << identity.error().toString();
                Q_EMIT pushStateChanged(false, detail);
                return;
            }
            Result<void> set = m_push->setIdentity(identity->certificate.certificate(),
                                                   identity->key);
            if (!set) {
                qCWarning(lcEngine).noquote() << "not pushing:" << set.error().toString();
                Q_EMIT pushStateChanged(false, set.error().message);
                return;
            }
            Q_EMIT pushStateChanged(true,
                                    tr("Pushing with the certificate for %1").arg(m_push->topic()));
        });
}

Certificate Engine::deviceCaCertificate() const
{
    return m_authority ? m_authority->certificate() : Certificate();
}

void Engine::expireDueCommands()
{
    if (!m_mdm)
        return;
    Result<QStringList> expired = m_mdm->expireDue();
    if (!expired)
        qCWarning(lcEngine).noquote() << "expiring commands failed:" << expired.error().toString();
}

void Engine::refreshStaleInventory()
{
    if (!m_mdm || m_config.inventoryRefreshInterval.count() <= 0)
        return;
    const QDateTime olderThan = m_clock.now().addSecs(
        -std::chrono::duration_cast<std::chrono::seconds>(m_config.inventoryRefreshInterval)
             .count());
    Result<QStringList> stale
        = StaleInventoryRepository(*m_database).staleDeviceChannels(olderThan);
    if (!stale) {
        qCWarning(lcEngine).noquote()
            << "looking for stale inventory failed:" << stale.error().toString();
        return;
    }
    if (stale->isEmpty())
        return;
    // The questions asked at enrollment, which every kind of device answers.
    const MdmCommand command{
        DeviceInformationCommand::requestType(),
        QVariantMap{{u"Queries"_s, MdmService::initialDeviceInformationQueries()}}};
    Result<QStringList> queued = m_mdm->enqueue(*stale, command, CommandQueue::engineActor());
    if (!queued)
        qCWarning(lcEngine).noquote()
            << "queueing inventory refreshes failed:" << queued.error().toString();
    else
        qCInfo(lcEngine) << "inventory refresh queued for" << stale->size() << "devices";
}

void Engine::stop()
{
    if (m_state == State::Stopped)
        return;
    const bool wasFailed = m_state == State::Failed;
    if (!wasFailed)
        setState(State::Stopping, {});
    delete m_expiryTimer;
    m_expiryTimer = nullptr;
    delete m_inventoryTimer;
    m_inventoryTimer = nullptr;
    delete m_admin;
    m_admin = nullptr;
    delete m_server; // drops every connection; pending responders become no-ops
    m_server = nullptr;
    delete m_push;
    m_push = nullptr;
    delete m_pushCertificates;
    m_pushCertificates = nullptr;
    delete m_profileDeployment;
    m_profileDeployment = nullptr;
    delete m_mdm;
    m_mdm = nullptr;
    m_profiles.reset();
    m_authenticator.reset();
    m_scep.reset();
    m_links.reset();
    m_authority.reset();
    delete m_pki;
    m_pki = nullptr;
    delete m_secrets;
    m_secrets = nullptr;
    OpenSsl::cleanse(m_dataKey);
    m_dataKey.clear();
    m_database.reset();
    if (!wasFailed)
        setState(State::Stopped, {});
}

void Engine::setState(State state, const QString &detail)
{
    m_state = state;
    qCInfo(lcEngine).noquote() << "state" << describe(state) << detail;
    Q_EMIT stateChanged(state, detail);
}

void Engine::handleDeviceRequest(const HttpRequest &request, HttpResponder responder, bool checkin)
{
    Result<DeviceIdentity> identity = m_authenticator->authenticate(request);
    if (!identity) {
        // 400, never 401: a 401 makes a device drop its enrollment (mdm-protocol.md §2).
        auditRefusal(checkin ? u"/mdm/checkin"_s : u"/mdm/connect"_s,
                     request.remoteAddress().toString(),
                     identity.error());
        responder.respond(HttpResponse::error(400));
        return;
    }
    const MdmResponse answer = checkin ? m_mdm->handleCheckin(*identity, request.body())
                                       : m_mdm->handleConnect(*identity, request.body());
    if (answer.isRefusal())
        qCInfo(lcEngine).noquote() << "refused" << request.remoteAddress().toString()
                                   << answer.httpStatus << answer.reason;
    responder.respond(toHttp(answer.httpStatus, answer.contentType, answer.body));
}

void Engine::handleScep(const HttpRequest &request, HttpResponder responder)
{
    ScepService::Request scep;
    scep.method = request.method();
    scep.operation = request.query().queryItemValue(u"operation"_s);
    scep.message = request.query().queryItemValue(u"message"_s, QUrl::FullyDecoded);
    scep.body = request.body();
    const ScepService::Response answer = m_scep->handle(scep);
    if (!answer.logDetail.isEmpty())
        qCInfo(lcEngine).noquote()
            << "scep" << scep.operation << answer.httpStatus << answer.logDetail;
    // A resent request answered again issued nothing new.
    if (!answer.issuedCertificate.isNull() && !answer.reissued) {
        Result<void> audited = m_database->transaction([&]() -> Result<void> {
            Result<AuditEntry> entry = AuditLog(*m_database, m_clock)
                                           .append(u"scep"_s,
                                                   u"scep.issued"_s,
                                                   answer.issuedCertificate.sha256Fingerprint(),
                                                   u"link %1, serial %2"_s.arg(
                                                       answer.enrollmentLinkId,
                                                       answer.issuedCertificate.serialNumber()));
            if (!entry)
                return fail(entry.error());
            return {};
        });
        if (!audited)
            qCWarning(lcEngine).noquote() << audited.error().toString();
    }
    responder.respond(toHttp(answer.httpStatus, answer.contentType, answer.body));
}

void Engine::handleEnroll(const HttpRequest &request, HttpResponder responder)
{
    const QString token = request.path().mid(QStringView(u"/enroll/").size());
    int status = 200;
    Result<EnrollmentProfileBuilder::Profile> profile = m_database->transaction(
        [&]() -> Result<EnrollmentProfileBuilder::Profile> {
            Result<EnrollmentLinkService::Redemption> redeemed = m_links->redeem(token);
            if (!redeemed) {
                status = redeemed.error().code == Error::Code::NotFound   ? 404
                         : redeemed.error().code == Error::Code::Conflict ? 410
                                                                          : 500;
                return fail(redeemed.error());
            }
            Result<EnrollmentProfileBuilder::Profile> built = m_profiles->build(
                redeemed->challenge);
            if (!built)
                status = 500;
            return built;
        });
    if (!profile) {
        // The token is a secret: the log names the outcome, never the path.
        qCInfo(lcEngine).noquote()
            << "enrollment profile refused" << status << profile.error().message;
        responder.respond(HttpResponse::error(status));
        return;
    }
    HttpResponse response(200);
    response.setBody(profile->body, profile->contentType);
    response.setHeader("Cache-Control"_ba, "no-store"_ba);
    response.setHeader("Content-Disposition"_ba, "attachment; filename=\"enroll.mobileconfig\""_ba);
    responder.respond(std::move(response));
}

void Engine::auditRefusal(const QString &route, const QString &address, const Error &error)
{
    constexpr qint64 WindowMs = 60 * 1000;
    constexpr qsizetype MaxWindows = 4096;
    qCInfo(lcEngine).noquote() << "refused device request from" << address << "on" << route
                               << error.toString();
    const QDateTime now = m_clock.now();
    const QString key = address + u' ' + route;
    RefusalWindow &window = m_refusals[key];
    if (window.auditedAt.isValid() && window.auditedAt <= now
        && window.auditedAt.msecsTo(now) < WindowMs) {
        ++window.leftOut;
        return;
    }
    QString detail = u"%1 (from %2)"_s.arg(error.message, address);
    if (window.leftOut > 0)
        detail += u"; %1 more refused in the minute before"_s.arg(window.leftOut);
    window = RefusalWindow{now, 0};
    if (m_refusals.size() > MaxWindows) {
        m_refusals.removeIf([&](const QHash<QString, RefusalWindow>::iterator &it) {
            return it.key() != key && it->auditedAt.msecsTo(now) >= WindowMs;
        });
    }
    Result<void> audited = m_database->transaction([&]() -> Result<void> {
        Result<AuditEntry> entry
            = AuditLog(*m_database, m_clock).append(u"unknown"_s, u"mdm.refused"_s, route, detail);
        if (!entry)
            return fail(entry.error());
        return {};
    });
    if (!audited)
        qCWarning(lcEngine).noquote() << audited.error().toString();
}

template<typename T, typename Fn>
QFuture<Result<T>> Engine::onEngineThread(Fn fn)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        this,
        [this, promise, fn = std::move(fn)]() mutable {
            if (!m_mdm)
                promise->addResult(
                    fail(Error::Code::Unsupported, tr("The engine is not serving devices yet.")));
            else
                promise->addResult(fn());
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<Result<QStringList>> Engine::enqueue(const QStringList &enrollmentIds,
                                             const MdmCommand &command,
                                             const QString &actor)
{
    return onEngineThread<QStringList>([this, enrollmentIds, command, actor] {
        return m_mdm->enqueue(enrollmentIds, command, actor);
    });
}

QFuture<Result<QString>> Engine::sendTestPush(const QString &enrollmentId)
{
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    QFuture<Result<QString>> future = promise->future();
    QMetaObject::invokeMethod(
        this,
        [this, promise, enrollmentId] {
            const auto settle = [promise](const Result<QString> &answer) {
                promise->addResult(answer);
                promise->finish();
            };
            if (!m_push) {
                settle(
                    fail(Error::Code::Unsupported, tr("The engine is not serving devices yet.")));
                return;
            }
            if (!m_push->hasIdentity()) {
                settle(fail(Error::Code::Unsupported,
                            tr("There is no push certificate yet. Create one under "
                               "Certificates.")));
                return;
            }
            Futures::then(
                this, m_push->testPush(enrollmentId), [settle](const Result<ApnsResult> &result) {
                    if (!result)
                        settle(fail(result.error()));
                    else
                        settle(ApnsResult::describe(result->status, result->reason));
                });
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<Result<void>> Engine::cancel(const QString &commandUuid, const QString &actor)
{
    return onEngineThread<void>([this, commandUuid, actor]() -> Result<void> {
        Result<Command> cancelled = m_mdm->cancel(commandUuid, actor);
        if (!cancelled)
            return fail(cancelled.error());
        return {};
    });
}

QFuture<Result<QString>> Engine::retry(const QString &commandUuid, const QString &actor)
{
    return onEngineThread<QString>(
        [this, commandUuid, actor] { return m_mdm->retry(commandUuid, actor); });
}

QFuture<Result<QList<LockPinRecord>>> Engine::lockPins(const QString &deviceId,
                                                       const QString &actor)
{
    return onEngineThread<QList<LockPinRecord>>([this, deviceId, actor] {
        return LockPinHistory(*m_database, m_clock, m_mdm->commandQueue()).read(deviceId, actor);
    });
}

QFuture<Result<Engine::CreatedEnrollmentLink>> Engine::createEnrollmentLink(
    const EnrollmentLinkRequest &request)
{
    return onEngineThread<CreatedEnrollmentLink>(
        [this, request]() -> Result<CreatedEnrollmentLink> {
            EnrollmentLinkService::CreateOptions options;
            options.createdBy = request.createdBy;
            options.label = request.label;
            options.expiresAt = request.expiresAt;
            options.maxUses = request.maxUses;
            Result<EnrollmentLinkService::CreatedLink> created = m_database->transaction(
                [&]() -> Result<EnrollmentLinkService::CreatedLink> {
                    Result<EnrollmentLinkService::CreatedLink> link = m_links->create(options);
                    if (!link)
                        return link;
                    Result<AuditEntry> entry = AuditLog(*m_database, m_clock)
                                                   .append(link->link.createdBy,
                                                           u"enrollment-link.created"_s,
                                                           link->link.id,
                                                           describeLink(link->link));
                    if (!entry)
                        return fail(entry.error());
                    return link;
                });
            if (!created)
                return fail(created.error());
            QUrl url = m_config.publicUrl;
            url.setPath(u"/enroll/"_s + created->token);
            return CreatedEnrollmentLink{created->link.id, url};
        });
}

QFuture<Result<QList<EnrollmentLink>>> Engine::enrollmentLinks()
{
    return onEngineThread<QList<EnrollmentLink>>([this] { return m_links->list(); });
}

QFuture<Result<EnrollmentLink>> Engine::revokeEnrollmentLink(const QString &id,
                                                             const QString &actor)
{
    return onEngineThread<EnrollmentLink>([this, id, actor]() -> Result<EnrollmentLink> {
        return m_database->transaction([&]() -> Result<EnrollmentLink> {
            Result<EnrollmentLink> revoked = m_links->revoke(id);
            if (!revoked)
                return revoked;
            Result<AuditEntry> entry
                = AuditLog(*m_database, m_clock)
                      .append(actor, u"enrollment-link.revoked"_s, id, describeLink(*revoked));
            if (!entry)
                return fail(entry.error());
            return revoked;
        });
    });
}

QFuture<Result<QList<EnrollmentLinkDevice>>> Engine::enrollmentLinkDevices(const QString &id)
{
    return onEngineThread<QList<EnrollmentLinkDevice>>(
        [this, id] { return m_links->enrolledDevices(id); });
}

SecretStore *Engine::archiveSecrets()
{
    if (!m_archiveSecrets)
        m_archiveSecrets = new SecretStore(m_config.keychainService, this);
    return m_archiveSecrets;
}

QFuture<Result<StateBackup::Summary>> Engine::backup(const QString &path, const QString &passphrase)
{
    auto promise = std::make_shared<QPromise<Result<StateBackup::Summary>>>();
    promise->setProgressRange(0, 100);
    promise->start();
    QFuture<Result<StateBackup::Summary>> future = promise->future();
    QMetaObject::invokeMethod(
        this,
        [this, promise, path, passphrase] {
            if (!m_database) {
                promise->addResult(fail(Error::Code::Unsupported,
                                        tr("The engine must be running to make a backup.")));
                promise->finish();
                return;
            }
            SecretStore *secrets = archiveSecrets();
            Result<StateBackup::Snapshot> snapshot = StateBackup::snapshot(
                *m_database, {DataKeyName, ConsoleRole::passwordKey()});
            if (!snapshot) {
                promise->addResult(fail(snapshot.error()));
                promise->finish();
                return;
            }
            // Sealing is slow on purpose (the key derivation); the engine keeps serving.
            (void)QtConcurrent::run(
                [promise, snapshot = *snapshot, secrets, path, passphrase, now = m_clock.now()] {
                    promise->addResult(StateBackup::write(
                        snapshot, *secrets, path, passphrase, now, [&promise](int percent) {
                            promise->setProgressValue(percent);
                        }));
                    promise->finish();
                });
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<Result<StateBackup::Summary>> Engine::restore(const QString &path,
                                                      const QString &passphrase)
{
    auto promise = std::make_shared<QPromise<Result<StateBackup::Summary>>>();
    promise->setProgressRange(0, 100);
    promise->start();
    QFuture<Result<StateBackup::Summary>> future = promise->future();
    const auto settle = [promise](Result<StateBackup::Summary> result) {
        promise->setProgressValue(100);
        promise->addResult(std::move(result));
        promise->finish();
    };
    QMetaObject::invokeMethod(
        this,
        [this, promise, settle, path, passphrase] {
            SecretStore *secrets = archiveSecrets();
            const QString databasePath = QFileInfo(m_config.databasePath).absoluteFilePath();
            Futures::then(
                this,
                QtConcurrent::run([promise, path, passphrase, databasePath] {
                    return StateBackup::prepareRestore(
                        path, passphrase, databasePath, [&promise](int percent) {
                            promise->setProgressValue(percent * 6 / 10);
                        });
                }),
                [this, settle, secrets, databasePath](Result<StateBackup::Prepared> prepared) {
                    if (!prepared) {
                        settle(fail(prepared.error()));
                        return;
                    }
                    const bool wasRunning = m_state == State::Running || m_state == State::Starting;
                    qCInfo(lcEngine).noquote() << "restoring a backup: serving stops";
                    stop();
                    auto taken = std::make_shared<StateBackup::Prepared>(std::move(*prepared));
                    const StateBackup::Summary summary = taken->summary;
                    Futures::then(this,
                                  QtConcurrent::run([taken, secrets, databasePath] {
                                      return StateBackup::apply(*taken, *secrets, databasePath);
                                  }),
                                  [this, settle, summary, wasRunning](const Result<void> &applied) {
                                      // Whether or not it worked, the engine goes back to what it
                                      // was doing: with the restored state, or with the previous
                                      // one left in place.
                                      if (wasRunning)
                                          start();
                                      if (!applied)
                                          settle(fail(applied.error()));
                                      else
                                          settle(summary);
                                  });
                });
        },
        Qt::QueuedConnection);
    return future;
}

} // namespace Espalier

namespace Espalier {

QFuture<Result<QString>> Engine::applySetup(const ServerSetup &setup)
{
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    QFuture<Result<QString>> future = promise->future();
    const auto settle = [promise](const Result<QString> &answer) {
        promise->addResult(answer);
        promise->finish();
    };
    QMetaObject::invokeMethod(
        this,
        [this, setup, settle] {
            if (Result<void> valid = setup.settings.validate(); !valid) {
                settle(fail(valid.error()));
                return;
            }
            if (!m_database) {
                // A start that failed (a port in use, say) closed the store: open it to save
                // what fixes it.
                Result<std::unique_ptr<Database>> database = Database::openWriter(
                    QFileInfo(m_config.databasePath).absoluteFilePath());
                if (!database) {
                    settle(fail(database.error()));
                    return;
                }
                m_database = std::move(*database);
            }
            if (Result<void> saved = setup.settings.save(*m_database, m_clock); !saved) {
                settle(fail(saved.error()));
                return;
            }
            if (Result<void> crypto = OpenSsl::initialize(); !crypto) {
                settle(fail(crypto.error()));
                return;
            }
            if (!m_secrets)
                m_secrets = new SecretStore(m_config.keychainService, this);
            if (!m_pki)
                m_pki = new PkiStore(*m_database, *m_secrets, m_clock, this);
            const QString host = setup.settings.publicUrl.host();

            // Serving again with what was saved; settles with how that went.
            const auto restart = [this, settle] {
                auto connection = std::make_shared<QMetaObject::Connection>();
                *connection = connect(this,
                                      &Engine::stateChanged,
                                      this,
                                      [connection, settle](State state, const QString &detail) {
                                          if (state != State::Running && state != State::Failed)
                                              return;
                                          QObject::disconnect(*connection);
                                          if (state == State::Running)
                                              settle(detail);
                                          else
                                              settle(fail(Error::Code::Unsupported, detail));
                                      });
                stop();
                start();
            };
            const auto newAuthority = [this, host]() {
                CertificateAuthority::Options options;
                // Not translated: it is baked into the certificate for the CA's whole life.
                options.subject.commonName = u"Espalier Device CA (%1)"_s.arg(host);
                options.subject.organization = u"Espalier"_s;
                const QDateTime now = m_clock.now();
                return QtConcurrent::run(
                    [options, now] { return CertificateAuthority::generate(options, now); });
            };
            const auto saveAuthority = [this](const Result<CertificateAuthority> &authority) {
                if (!authority)
                    return QtFuture::makeReadyFuture<Result<void>>(fail(authority.error()));
                return m_pki->replaceCertificateAuthority(*authority);
            };
            const auto serverCertificate =
                [this, setup, host, newAuthority, saveAuthority, settle, restart] {
                    if (setup.serverCertificate == ServerSetup::ServerCertificate::Keep) {
                        restart();
                        return;
                    }
                    if (setup.serverCertificate == ServerSetup::ServerCertificate::Import) {
                        Futures::then(this,
                                      m_pki->saveServerIdentity(setup.importedIdentity),
                                      [settle, restart](const Result<void> &saved) {
                                          if (!saved)
                                              settle(fail(saved.error()));
                                          else
                                              restart();
                                      });
                        return;
                    }
                    const auto issue = [this, host, settle, restart](
                                           const Result<CertificateAuthority> &authority) {
                        if (!authority) {
                            settle(fail(authority.error()));
                            return;
                        }
                        CertificateAuthority::ServerCertificateOptions options;
                        if (QHostAddress address; address.setAddress(host))
                            options.ipAddresses.append(address);
                        else
                            options.dnsNames.append(host);
                        Result<ServerIdentity> issued = authority->issueServerIdentity(
                            options, m_clock.now());
                        if (!issued) {
                            settle(fail(issued.error()));
                            return;
                        }
                        Futures::then(this,
                                      m_pki->saveServerIdentity(*issued),
                                      [settle, restart](const Result<void> &saved) {
                                          if (!saved)
                                              settle(fail(saved.error()));
                                          else
                                              restart();
                                      });
                    };
                    Futures::then(
                        this,
                        m_pki->loadCertificateAuthority(),
                        [this, issue, newAuthority, saveAuthority](
                            const Result<CertificateAuthority> &loaded) {
                            if (loaded || loaded.error().code != Error::Code::NotFound) {
                                issue(loaded);
                                return;
                            }
                            // Nothing to issue with yet: this server's own CA first.
                            Futures::then(
                                this,
                                newAuthority(),
                                [this, issue, saveAuthority](
                                    const Result<CertificateAuthority> &made) {
                                    Futures::then(
                                        this,
                                        saveAuthority(made),
                                        [this, issue](const Result<void> &saved) {
                                            if (!saved)
                                                issue(fail(saved.error()));
                                            else
                                                Futures::then(
                                                    this, m_pki->loadCertificateAuthority(), issue);
                                        });
                                });
                        });
                };
            switch (setup.authority) {
            case ServerSetup::Authority::Keep:
                serverCertificate();
                return;
            case ServerSetup::Authority::Import:
                Futures::then(this,
                              saveAuthority(setup.importedAuthority),
                              [settle, serverCertificate](const Result<void> &saved) {
                                  if (!saved)
                                      settle(fail(saved.error()));
                                  else
                                      serverCertificate();
                              });
                return;
            case ServerSetup::Authority::Create:
                Futures::then(this,
                              newAuthority(),
                              [this, settle, saveAuthority, serverCertificate](
                                  const Result<CertificateAuthority> &made) {
                                  Futures::then(
                                      this,
                                      saveAuthority(made),
                                      [settle, serverCertificate](const Result<void> &saved) {
                                          if (!saved)
                                              settle(fail(saved.error()));
                                          else
                                              serverCertificate();
                                      });
                              });
                return;
            }
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<Result<ProfileRecord>> Engine::saveProfile(const ProfileDocument &document,
                                                   const QString &profileId,
                                                   const QString &actor)
{
    return onEngineThread<ProfileRecord>([this, document, profileId, actor] {
        return m_profileDeployment->save(document, profileId, actor);
    });
}

QFuture<Result<void>> Engine::deleteProfile(const QString &profileId, const QString &actor)
{
    return onEngineThread<void>(
        [this, profileId, actor] { return m_profileDeployment->remove(profileId, actor); });
}

QFuture<Result<QStringList>> Engine::installProfile(const QString &profileId,
                                                    const QList<DeviceActionTarget> &devices,
                                                    bool sign,
                                                    const QString &actor)
{
    return onEngineThread<QStringList>([this, profileId, devices, sign, actor] {
        return m_profileDeployment->install(profileId, devices, sign, actor);
    });
}

QFuture<Result<QStringList>> Engine::removeProfile(const QString &profileId,
                                                   const QList<DeviceActionTarget> &devices,
                                                   const QString &actor)
{
    return onEngineThread<QStringList>([this, profileId, devices, actor] {
        return m_profileDeployment->uninstall(profileId, devices, actor);
    });
}

QFuture<Result<QByteArray>> Engine::signProfile(const QByteArray &plist)
{
    return onEngineThread<QByteArray>(
        [this, plist] { return m_profileDeployment->signWithServerIdentity(plist); });
}

} // namespace Espalier
