// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificates/CertificateService.h"

#include "core/common/Clock.h"
#include "core/common/Futures.h"
#include "core/crypto/OpenSsl.h"
#include "core/crypto/Pkcs12.h"
#include "core/crypto/PrivateKey.h"
#include "core/engine/Engine.h"
#include "core/store/CertificateRecordRepository.h"
#include "core/store/Database.h"
#include "core/store/PushCertificateRepository.h"
#include "core/store/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QPromise>
#include <QSaveFile>
#include <QtConcurrent>

#include <type_traits>
#include <utility>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

template<typename T>
struct IsFuture : std::false_type
{};

template<typename T>
struct IsFuture<QFuture<T>> : std::true_type
{};

template<typename T>
void settle(const std::shared_ptr<QPromise<Result<T>>> &promise, const Result<T> &result)
{
    promise->addResult(result);
    promise->finish();
}

Error notServing()
{
    return {Error::Code::Unsupported,
            CertificateService::tr("Push certificates can be set up once the server is set up and "
                                   "serving devices. Finish the server setup first."),
            u"the engine is not serving devices"_s};
}

Error engineGone()
{
    return {Error::Code::Unsupported,
            CertificateService::tr("The engine has stopped. Start Espalier again."),
            u"no engine"_s};
}

// Runs fn() on the engine's thread and hands its Result, or the Result of the QFuture it
// returns, to the future returned here. A future whose engine thread has ended is cancelled.
template<typename T, typename Fn>
QFuture<Result<T>> onEngineThread(Engine *engine, Fn fn)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QFuture<Result<T>> future = promise->future();
    if (!engine) {
        settle<T>(promise, fail(engineGone()));
        return future;
    }
    QMetaObject::invokeMethod(
        engine,
        [promise, fn = std::move(fn)]() mutable {
            using Returned = std::invoke_result_t<Fn &>;
            if constexpr (IsFuture<Returned>::value) {
                fn().then(QtFuture::Launch::Sync,
                          [promise](const Result<T> &result) { settle<T>(promise, result); });
            } else {
                settle<T>(promise, fn());
            }
        },
        Qt::QueuedConnection);
    return future;
}

Result<std::unique_ptr<Database>> openStore(const QString &path)
{
    Result<std::unique_ptr<Database>> database = Database::openReader(path);
    if (!database) {
        return fail(Error::Code::Database,
                    CertificateService::tr("The certificates cannot be read until the engine has "
                                           "opened the store."),
                    database.error().detail);
    }
    return database;
}

const SystemClock &readClock()
{
    static const SystemClock s_clock;
    return s_clock;
}

// What exportIdentity() needs from the store: the certificate and its key's keychain entry.
struct ExportSource
{
    QByteArray der;
    QString keyRef;
    QString friendlyName;
};

Result<ExportSource> exportSource(const QString &databasePath, const Credential &credential)
{
    Result<std::unique_ptr<Database>> database = openStore(databasePath);
    if (!database)
        return fail(database.error());
    const Error gone{Error::Code::NotFound,
                     CertificateService::tr("This certificate is no longer stored. Reload the "
                                            "list and try again."),
                     u"no certificate %1"_s.arg(credential.id)};
    if (credential.kind == CredentialKind::PushCertificate) {
        Result<std::optional<PushCertificateRecord>> found
            = PushCertificateRepository(**database, readClock()).find(credential.id);
        if (!found)
            return fail(found.error());
        if (!*found)
            return fail(gone);
        return ExportSource{(*found)->der, (*found)->keyRef, (*found)->topic};
    }
    Result<std::optional<CertificateRecord>> found
        = CertificateRecordRepository(**database).find(credential.id);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(gone);
    return ExportSource{(*found)->der, (*found)->keyRef, (*found)->subject};
}

// The key and its certificate in a PKCS#12 file; the plaintext key is wiped here.
Result<QByteArray> seal(const ExportSource &source,
                        Result<QByteArray> secret,
                        const QString &password)
{
    if (!secret) {
        return fail(Error::Code::Keychain,
                    CertificateService::tr("The private key could not be read from the keychain: "
                                           "%1")
                        .arg(secret.error().message),
                    secret.error().detail);
    }
    Result<PrivateKey> key = PrivateKey::fromPem(*secret);
    OpenSsl::cleanse(*secret);
    Result<Certificate> certificate = Certificate::fromDer(source.der);
    if (!key || !certificate) {
        return fail(Error::Code::Keychain,
                    CertificateService::tr("The stored key or certificate is damaged and cannot "
                                           "be exported."));
    }
    if (!key->matches(*certificate)) {
        return fail(Error::Code::Keychain,
                    CertificateService::tr("The key in the keychain does not belong to this "
                                           "certificate, so it cannot be exported."));
    }
    return Pkcs12::create(*key, *certificate, {}, password, source.friendlyName);
}

} // namespace

struct CertificateService::EngineSide
{
    // A keychain connection of the service's own, made on the engine thread (where every
    // SecretStore of the process lives) and owned by the engine.
    QPointer<SecretStore> secrets;
};

CertificateService::CertificateService(Engine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(&engine)
    , m_databasePath(engine.config().databasePath)
    , m_keychainService(engine.config().keychainService)
    , m_engineSide(std::make_shared<EngineSide>())
{
    // Both arrive queued from the engine thread. A certificate activated by any path (this
    // console, the admin API) ends in pushStateChanged.
    connect(&engine, &Engine::pushStateChanged, this, &CertificateService::certificatesChanged);
    connect(&engine, &Engine::stateChanged, this, [this](Engine::State state) {
        if (state == Engine::State::Running)
            Q_EMIT certificatesChanged();
    });
}

CertificateService::~CertificateService() = default;

template<typename T, typename Fn>
QFuture<Result<T>> CertificateService::withStore(Fn fn)
{
    Engine *engine = m_engine.data();
    return onEngineThread<T>(engine, [engine, fn = std::move(fn)]() mutable {
        using Returned = std::invoke_result_t<Fn &, PushCertificateStore &>;
        PushCertificateStore *store = engine->pushCertificates();
        if constexpr (IsFuture<Returned>::value) {
            if (!store)
                return QtFuture::makeReadyFuture(Result<T>(fail(notServing())));
            return fn(*store);
        } else {
            if (!store)
                return Result<T>(fail(notServing()));
            return Result<T>(fn(*store));
        }
    });
}

template<typename T>
QFuture<Result<T>> CertificateService::notifying(const QFuture<Result<T>> &future)
{
    return Futures::then(this, future, [this](const Result<T> &result) {
        if (result)
            Q_EMIT certificatesChanged();
        return result;
    });
}

QFuture<Result<std::optional<PushCertificateRequestRecord>>> CertificateService::openRequest()
{
    return withStore<std::optional<PushCertificateRequestRecord>>(
        [](PushCertificateStore &store) { return store.openRequest(); });
}

QFuture<Result<std::optional<PushCertificateRecord>>> CertificateService::currentPushCertificate()
{
    return withStore<std::optional<PushCertificateRecord>>(
        [](PushCertificateStore &store) { return store.currentCertificate(); });
}

QFuture<Result<PushCertificateRequestRecord>> CertificateService::startRequest(
    PushCertificateRequestKind kind, const QString &renewTopic)
{
    return notifying(
        withStore<PushCertificateRequestRecord>([kind, renewTopic](PushCertificateStore &store) {
            return store.startRequest(kind, renewTopic);
        }));
}

QFuture<Result<PushCertificateStore::VendorSigned>> CertificateService::signWithVendorIdentity(
    const QString &requestId,
    const QByteArray &p12,
    const QString &password,
    const QList<Certificate> &extraCertificates)
{
    return notifying(withStore<PushCertificateStore::VendorSigned>(
        [requestId, p12, password, extraCertificates](PushCertificateStore &store) {
            return store.signWithVendorIdentity(requestId, p12, password, extraCertificates);
        }));
}

QFuture<Result<VendorSigningService::Submission>> CertificateService::prepareServiceSubmission(
    const QString &requestId)
{
    return notifying(
        withStore<VendorSigningService::Submission>([requestId](PushCertificateStore &store) {
            return store.prepareServiceSubmission(requestId);
        }));
}

QFuture<Result<PushCertificateRequestRecord>> CertificateService::importServiceReply(
    const QString &requestId, const QByteArray &reply)
{
    return notifying(
        withStore<PushCertificateRequestRecord>([requestId, reply](PushCertificateStore &store) {
            return store.importServiceReply(requestId, reply);
        }));
}

QFuture<Result<PushCertificateRequestRecord>> CertificateService::setAppleId(
    const QString &requestId, const QString &appleId)
{
    return withStore<PushCertificateRequestRecord>(
        [requestId, appleId](PushCertificateStore &store) {
            return store.setAppleId(requestId, appleId);
        });
}

QFuture<Result<QString>> CertificateService::suggestedAppleId(const QString &requestId)
{
    return withStore<QString>(
        [requestId](PushCertificateStore &store) { return store.suggestedAppleId(requestId); });
}

QFuture<Result<PushCertificateStore::Inspection>> CertificateService::inspectCertificate(
    const QString &requestId, const QByteArray &file)
{
    return withStore<PushCertificateStore::Inspection>(
        [requestId, file](PushCertificateStore &store) {
            return store.inspectCertificate(requestId, file);
        });
}

QFuture<Result<PushCertificateStore::Imported>> CertificateService::importCertificate(
    const QString &requestId,
    const QByteArray &file,
    const PushCertificateStore::ImportOptions &options)
{
    return notifying(withStore<PushCertificateStore::Imported>(
        [requestId, file, options](PushCertificateStore &store) {
            return store.importCertificate(requestId, file, options);
        }));
}

QFuture<Result<void>> CertificateService::discardRequest(const QString &requestId)
{
    return notifying(withStore<void>(
        [requestId](PushCertificateStore &store) { return store.discardRequest(requestId); }));
}

QFuture<Result<QList<Credential>>> CertificateService::credentials()
{
    return QtConcurrent::run([path = m_databasePath]() -> Result<QList<Credential>> {
        Result<std::unique_ptr<Database>> database = openStore(path);
        if (!database)
            return fail(database.error());
        QList<Credential> credentials;
        Result<QList<PushCertificateRecord>> push
            = PushCertificateRepository(**database, readClock()).listActive();
        if (!push)
            return fail(push.error());
        for (const PushCertificateRecord &record : std::as_const(*push)) {
            Credential credential;
            credential.kind = CredentialKind::PushCertificate;
            credential.id = record.id;
            credential.subject = record.subject;
            credential.issuer = record.issuer;
            credential.topic = record.topic;
            credential.appleId = record.appleId;
            credential.notBefore = record.notBefore;
            credential.notAfter = record.notAfter;
            credential.hasKey = !record.keyRef.isEmpty();
            credentials.append(credential);
        }
        CertificateRecordRepository records(**database);
        for (const auto &[recordKind, kind] :
             {std::pair{CertificateKind::Ca, CredentialKind::DeviceCa},
              std::pair{CertificateKind::Tls, CredentialKind::ServerTls}}) {
            Result<std::optional<CertificateRecord>> current = records.current(recordKind);
            if (!current)
                return fail(current.error());
            if (!*current)
                continue;
            Credential credential;
            credential.kind = kind;
            credential.id = (*current)->sha256;
            credential.subject = (*current)->subject;
            if (Result<Certificate> parsed = Certificate::fromDer((*current)->der))
                credential.issuer = parsed->issuerText();
            credential.notBefore = (*current)->notBefore;
            credential.notAfter = (*current)->notAfter;
            credential.hasKey = !(*current)->keyRef.isEmpty();
            credentials.append(credential);
        }
        return credentials;
    });
}

QFuture<Result<void>> CertificateService::exportIdentity(const Credential &credential,
                                                         const QString &password,
                                                         const QString &path)
{
    if (password.isEmpty()) {
        return QtFuture::makeReadyFuture(Result<void>(
            fail(Error::Code::InvalidInput,
                 tr("Choose a password: the file holds a private key and must be sealed."))));
    }
    if (!credential.hasKey || credential.kind == CredentialKind::ServerTls) {
        return QtFuture::makeReadyFuture(Result<void>(
            fail(Error::Code::InvalidInput,
                 tr("Only the device certificate authority and the push certificate can be "
                    "exported with their keys."))));
    }
    Engine *engine = m_engine.data();
    const std::shared_ptr<EngineSide> side = m_engineSide;
    const QString service = m_keychainService;
    return QtConcurrent::run(
               [path = m_databasePath, credential] { return exportSource(path, credential); })
        .then(QtFuture::Launch::Sync,
              [engine, side, service, password](
                  const Result<ExportSource> &source) -> QFuture<Result<QByteArray>> {
                  if (!source)
                      return QtFuture::makeReadyFuture(Result<QByteArray>(fail(source.error())));
                  // The key is read on the engine thread, through a keychain connection there,
                  // and sealed into the file at once, so only the sealed bytes travel on.
                  return onEngineThread<QByteArray>(
                      engine, [engine, side, service, password, source = *source] {
                          if (!side->secrets)
                              side->secrets = new SecretStore(service, engine);
                          return side->secrets->read(source.keyRef)
                              .then(QtFuture::Launch::Sync,
                                    [source, password](Result<QByteArray> secret) {
                                        return seal(source, std::move(secret), password);
                                    });
                      });
              })
        .unwrap()
        .then(QtFuture::Launch::Async, [path](Result<QByteArray> p12) -> Result<void> {
            if (!p12)
                return fail(p12.error());
            QSaveFile file(path);
            const bool written = file.open(QIODevice::WriteOnly) && file.write(*p12) == p12->size()
                                 && file.commit();
            if (!written) {
                return fail(Error::Code::Io,
                            tr("Cannot write %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString()),
                            u"QSaveFile %1: %2"_s.arg(path, file.errorString()));
            }
            return {};
        });
}

QFuture<Result<QByteArray>> CertificateService::readFile(const QString &path)
{
    return QtConcurrent::run([path]() -> Result<QByteArray> {
        const QString shown = QDir::toNativeSeparators(path);
        if (path.isEmpty())
            return fail(Error::Code::InvalidInput, tr("Choose a file first."));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(Error::Code::Io,
                        tr("Cannot open %1: %2").arg(shown, file.errorString()),
                        u"QFile %1: %2"_s.arg(path, file.errorString()));
        }
        if (file.size() > MaxFileBytes) {
            return fail(Error::Code::InvalidInput,
                        tr("%1 is too big to be a certificate or a key file. Choose the file you "
                           "were sent or saved.")
                            .arg(shown));
        }
        QByteArray data = file.read(MaxFileBytes + 1);
        if (data.isEmpty())
            return fail(Error::Code::InvalidInput, tr("%1 is empty.").arg(shown));
        return data;
    });
}

QFuture<Result<void>> CertificateService::writeFile(const QString &path, const QByteArray &data)
{
    return QtConcurrent::run([path, data]() -> Result<void> {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            return fail(
                Error::Code::Io,
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                u"QSaveFile %1: %2"_s.arg(path, file.errorString()));
        }
        return {};
    });
}

} // namespace Espalier
