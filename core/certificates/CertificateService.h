// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/certificates/Credential.h"
#include "core/common/Result.h"
#include "core/crypto/Certificate.h"
#include "core/push/PushCertificateStore.h"
#include "core/push/VendorSigningService.h"
#include "core/store/PushCertificateRecord.h"
#include "core/store/PushCertificateRequestRecord.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

namespace Espalier {

class Engine;

// The console's way to the server's credentials: the push certificate lifecycle of
// PushCertificateStore (create, renew, resume), the list of every credential, and the export of
// an identity into PKCS#12. Lives on the UI thread and is called there; each call returns at
// once, the work runs on the engine thread (keys, the store writer), the worker pool (reads,
// files, PKCS#12) or both, and the answer comes back as a QFuture. The push certificate calls
// fail with Unsupported while the engine is not serving devices.
class CertificateService final : public QObject
{
    Q_OBJECT

public:
    // Files the wizard reads (a .p12, a .pem, a service's reply) are small.
    static constexpr qint64 MaxFileBytes = 1024 * 1024;

    // The engine outlives the service, or is stopped first (then every call fails).
    explicit CertificateService(Engine &engine, QObject *parent = nullptr);
    ~CertificateService() override;

    [[nodiscard]] QFuture<Result<std::optional<PushCertificateRequestRecord>>> openRequest();
    [[nodiscard]] QFuture<Result<std::optional<PushCertificateRecord>>> currentPushCertificate();
    [[nodiscard]] QFuture<Result<PushCertificateRequestRecord>> startRequest(
        PushCertificateRequestKind kind, const QString &renewTopic = {});
    [[nodiscard]] QFuture<Result<PushCertificateStore::VendorSigned>> signWithVendorIdentity(
        const QString &requestId,
        const QByteArray &p12,
        const QString &password,
        const QList<Certificate> &extraCertificates = {});
    [[nodiscard]] QFuture<Result<VendorSigningService::Submission>> prepareServiceSubmission(
        const QString &requestId);
    [[nodiscard]] QFuture<Result<PushCertificateRequestRecord>> importServiceReply(
        const QString &requestId, const QByteArray &reply);
    [[nodiscard]] QFuture<Result<PushCertificateRequestRecord>> setAppleId(const QString &requestId,
                                                                           const QString &appleId);
    [[nodiscard]] QFuture<Result<QString>> suggestedAppleId(const QString &requestId);
    [[nodiscard]] QFuture<Result<PushCertificateStore::Inspection>> inspectCertificate(
        const QString &requestId, const QByteArray &file);
    [[nodiscard]] QFuture<Result<PushCertificateStore::Imported>> importCertificate(
        const QString &requestId,
        const QByteArray &file,
        const PushCertificateStore::ImportOptions &options);
    [[nodiscard]] QFuture<Result<void>> discardRequest(const QString &requestId);

    // The credentials in use: the active push certificates, the device CA and the server
    // certificate, read from the store on the worker pool.
    [[nodiscard]] QFuture<Result<QList<Credential>>> credentials();

    // Writes the credential's certificate and private key (read from the keychain on the engine
    // thread) into a PKCS#12 file at path, sealed with password. InvalidInput for an empty
    // password or a credential without a key to export.
    [[nodiscard]] QFuture<Result<void>> exportIdentity(const Credential &credential,
                                                       const QString &password,
                                                       const QString &path);

    // A file of at most MaxFileBytes, read on the worker pool; a failure says which file and why.
    [[nodiscard]] static QFuture<Result<QByteArray>> readFile(const QString &path);
    // Writes the file atomically on the worker pool.
    [[nodiscard]] static QFuture<Result<void>> writeFile(const QString &path,
                                                         const QByteArray &data);

Q_SIGNALS:
    // A certificate was imported, a request moved on, or the engine (re)started: read again.
    void certificatesChanged();

private:
    struct EngineSide;

    // Runs fn(store) on the engine thread; fn returns a Result<T> or a QFuture of one.
    template<typename T, typename Fn>
    [[nodiscard]] QFuture<Result<T>> withStore(Fn fn);
    // Emits certificatesChanged() once the change succeeded.
    template<typename T>
    [[nodiscard]] QFuture<Result<T>> notifying(const QFuture<Result<T>> &future);

    QPointer<Engine> m_engine;
    QString m_databasePath;
    QString m_keychainService;
    // Used on the engine thread only.
    std::shared_ptr<EngineSide> m_engineSide;
};

} // namespace Espalier
