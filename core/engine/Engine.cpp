// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Engine.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/crypto/OpenSsl.h"
#include "core/crypto/SecretBox.h"
#include "core/engine/AdminApi.h"
#include "core/engine/DeviceAuthenticator.h"
#include "core/engine/PushDispatcher.h"
#include "core/mdm/LockPinHistory.h"
#include "core/mdm/MdmService.h"
#include "core/pki/CertificateAuthority.h"
#include "core/pki/EnrollmentLinkService.h"
#include "core/pki/EnrollmentProfileBuilder.h"
#include "core/pki/PkiStore.h"
#include "core/pki/ScepService.h"
#include "core/pki/ServerIdentity.h"
#include "core/push/ApnsResult.h"
#include "core/push/PushCertificateStore.h"
#include "core/server/HttpRequest.h"
#include "core/server/HttpResponder.h"
#include "core/server/HttpResponse.h"
#include "core/server/HttpServer.h"
#include "core/store/AuditLog.h"
#include "core/store/Database.h"
#include "core/store/SecretStore.h"

#include <QDir>
#include <QFileInfo>
#include <QPromise>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// The keychain entry of the key that seals tokens kept in the database.
const QString DataKeyName = u"engine/data-key"_s;

constexpr auto ExpiryInterval = std::chrono::minutes(1);

// Check-in and command bodies are small plists; inventory answers of big Macs stay far below.
constexpr qint64 MaxDeviceBodyBytes = 4 * 1024 * 1024;

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
    m_secrets->read(DataKeyName).then(this, [this](const Result<QByteArray> &key) {
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
        m_secrets->write(DataKeyName, m_dataKey).then(this, [this](const Result<void> &written) {
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
    m_pki->loadCertificateAuthority().then(
        this, [this, adopt](const Result<CertificateAuthority> &loaded) {
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
            m_pki->createCertificateAuthority(options).then(this, adopt);
        });
}

void Engine::loadServerIdentity()
{
    m_pki->loadServerIdentity().then(this, [this](const Result<ServerIdentity> &loaded) {
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
        m_pki->saveServerIdentity(identity).then(this, [this, identity](const Result<void> &saved) {
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
    m_mdm = new MdmService(*m_database, m_clock, std::move(*box), m_config.pushTopic, this);
    connect(m_mdm, &MdmService::enrollmentsChanged, this, &Engine::enrollmentsChanged);
    connect(m_mdm, &MdmService::devicesChanged, this, &Engine::devicesChanged);
    connect(m_mdm, &MdmService::commandsChanged, this, &Engine::commandsChanged);
    connect(m_mdm, &MdmService::pushRequested, this, &Engine::pushRequested);
    startPushing();

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

    QUrl served = m_config.publicUrl;
    served.setPath({});
    setState(State::Running,
             tr("Serving devices at %1 (port %2); store: %3")
                 .arg(served.toString(),
                      QString::number(m_server->serverPort()),
                      QDir::toNativeSeparators(m_database->path())));
    return {};
}

void Engine::startPushing()
{
    PushDispatcher::Options options;
    options.apns.environment = m_config.apnsSandbox ? ApnsClient::Environment::Sandbox
                                                    : ApnsClient::Environment::Production;
    options.apns.host = m_config.apnsHost;
    options.apns.port = m_config.apnsPort;
    options.apns.trustedRoots = m_config.apnsTrustedRoots;
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
    m_pushCertificates->loadIdentity(m_config.pushTopic)
        .then(this, [this](const Result<PushCertificateStore::Identity> &identity) {
            if (!m_push)
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

void Engine::stop()
{
    if (m_state == State::Stopped)
        return;
    const bool wasFailed = m_state == State::Failed;
    if (!wasFailed)
        setState(State::Stopping, {});
    delete m_expiryTimer;
    m_expiryTimer = nullptr;
    delete m_admin;
    m_admin = nullptr;
    delete m_server; // drops every connection; pending responders become no-ops
    m_server = nullptr;
    delete m_push;
    m_push = nullptr;
    delete m_pushCertificates;
    m_pushCertificates = nullptr;
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
            m_push->testPush(enrollmentId).then(this, [settle](const Result<ApnsResult> &result) {
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
            Result<EnrollmentLinkService::CreatedLink> created = m_links->create(options);
            if (!created)
                return fail(created.error());
            QUrl url = m_config.publicUrl;
            url.setPath(u"/enroll/"_s + created->token);
            return CreatedEnrollmentLink{created->link.id, url};
        });
}

} // namespace Espalier
