// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"
#include "core/push/PushCertificate.h"
#include "core/push/VendorSigning.h"
#include "core/push/VendorSigningService.h"
#include "core/store/AuditLog.h"
#include "core/store/EnrollmentRepository.h"
#include "core/store/PushCertificateRecord.h"
#include "core/store/PushCertificateRepository.h"
#include "core/store/PushCertificateRequestRecord.h"
#include "core/store/PushCertificateRequestRepository.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <optional>

namespace Espalier {

class Clock;
class Database;
class SecretStore;

// The APNs push certificate lifecycle, create and renew, one step at a time so that each step
// can be left and resumed (the request in progress is stored):
//   1. startRequest(): the push key (RSA-2048, to the keychain) and the CSR;
//   2. signWithVendorIdentity() with the admin's MDM vendor .p12, or
//      prepareServiceSubmission() + importServiceReply() through a CSR-signing service;
//   3. the admin uploads the signed request to Apple's portal, signed in with the Apple ID
//      (setAppleId(), suggestedAppleId());
//   4. inspectCertificate() shows what Apple's file would do, importCertificate() checks it
//      (parses, matches the key, keeps the topic enrolled devices are bound to, is valid),
//      stores it and makes it the active certificate of its topic, all in one transaction.
// Certificates are stored per topic and never overwritten; keys stay in the keychain.
//
// Lives on the thread of its Database (the engine thread) and must be called there: the SQL
// runs on that thread, around the keychain jobs, and the continuations use this object as
// their context. Key generation and .p12 decryption run on the QtConcurrent pool.
class PushCertificateStore final : public QObject
{
    Q_OBJECT

public:
    // A push certificate with its private key, for the APNs client's TLS identity.
    struct Identity
    {
        PushCertificateRecord record{};
        PushCertificate certificate{};
        PrivateKey key{};
    };

    // The admin's part of an import: who created the certificate in Apple's portal, the
    // portal's notes, and whether they confirmed that every device enrolled with another topic
    // will be re-enrolled.
    struct ImportOptions
    {
        // Empty keeps the Apple ID recorded with the request.
        QString appleId{};
        QString notes{};
        bool confirmReenrollAll = false;
        // Who imports it, for the audit log.
        QString actor = QStringLiteral("console");
    };

    // What a certificate from Apple's portal would do, found before anything is stored.
    struct Inspection
    {
        PushCertificate certificate{};
        // The topic it has to keep: the renewed certificate's, or the one enrolled devices
        // are bound to. Empty when nothing binds it (a first certificate, no devices).
        QString expectedTopic{};
        // Device channels (not checked out) per topic.
        QMap<QString, int> devicesByTopic{};
        // Enrolled devices that could no longer be woken with this certificate.
        int strandedDevices = 0;
        bool topicChanges = false;
        // topicChanges with devices enrolled: importing needs confirmReenrollAll.
        bool needsReenrollConfirmation = false;
        // What changing the topic would do, and how to renew instead; empty if it does not.
        QString topicChangeText{};
        PushCertificate::ExpiryWarning expiryWarning = PushCertificate::ExpiryWarning::None;
    };

    struct Imported
    {
        PushCertificateRecord certificate{};
        // The active certificate of the same topic that this one retired.
        std::optional<PushCertificateRecord> replaced{};
        // Devices left on other topics after a confirmed topic change.
        int strandedDevices = 0;
    };

    struct VendorSigned
    {
        PushCertificateRequestRecord request{};
        QStringList warnings{};
    };

    PushCertificateStore(Database &database,
                         SecretStore &secrets,
                         const Clock &clock,
                         QObject *parent = nullptr);

    // Step 1. Create, or renew the certificate of renewTopic (empty: the current one), whose
    // Apple ID is carried over. Conflict while another request is open; NotFound for a
    // renewal with nothing to renew.
    [[nodiscard]] QFuture<Result<PushCertificateRequestRecord>> startRequest(
        PushCertificateRequestKind kind,
        const QString &renewTopic = {},
        const QString &organization = {});
    // The request in progress, to resume; none when every request is finished.
    [[nodiscard]] Result<std::optional<PushCertificateRequestRecord>> openRequest();
    // NotFound for an unknown id.
    [[nodiscard]] Result<PushCertificateRequestRecord> request(const QString &requestId);

    // Step 2, with the admin's own vendor identity. Problems with it fail in plain words;
    // warnings come back with the signed request.
    [[nodiscard]] QFuture<Result<VendorSigned>> signWithVendorIdentity(
        const QString &requestId,
        const QByteArray &p12,
        const QString &password,
        const QList<Certificate> &extraCertificates = {});
    // Step 2, through a CSR-signing service: what to send it. The encryption key is made
    // (and kept in the keychain) the first time; later calls hand out the same certificate.
    [[nodiscard]] QFuture<Result<VendorSigningService::Submission>> prepareServiceSubmission(
        const QString &requestId);
    // The service's reply: decrypted, checked to be a signed request for this CSR, stored.
    [[nodiscard]] QFuture<Result<PushCertificateRequestRecord>> importServiceReply(
        const QString &requestId, const QByteArray &reply);

    // Step 3. The Apple ID to sign in to Apple's portal with.
    [[nodiscard]] Result<PushCertificateRequestRecord> setAppleId(const QString &requestId,
                                                                  const QString &appleId);
    // The request's Apple ID, or else the one recorded with the certificate it renews.
    [[nodiscard]] Result<QString> suggestedAppleId(const QString &requestId);

    // Step 4. The checks of importCertificate() without storing anything. A topic change is
    // reported in the Inspection, not as a failure; every other check fails in plain words.
    [[nodiscard]] QFuture<Result<Inspection>> inspectCertificate(const QString &requestId,
                                                                 const QByteArray &file);
    // Checks, stores and activates Apple's certificate and completes the request; the
    // certificate it replaces (same topic) is retired, and certificateActivated() tells the
    // push client. A topic change with devices enrolled fails with Conflict unless
    // confirmReenrollAll is set.
    [[nodiscard]] QFuture<Result<Imported>> importCertificate(const QString &requestId,
                                                              const QByteArray &file,
                                                              const ImportOptions &options);

    // Gives up an open request and deletes its keys from the keychain.
    [[nodiscard]] QFuture<Result<void>> discardRequest(const QString &requestId);

    // The active certificate of the topic (empty: the current one) with its key, for the APNs
    // client. NotFound when there is none.
    [[nodiscard]] QFuture<Result<Identity>> loadIdentity(const QString &topic = {});

    [[nodiscard]] Result<std::optional<PushCertificateRecord>> currentCertificate();
    // Every certificate, newest first.
    [[nodiscard]] Result<QList<PushCertificateRecord>> certificates();

Q_SIGNALS:
    // A certificate became the active one of its topic: push with it from now on.
    void certificateActivated(const QString &topic, const QString &certificateId);

private:
    // The open request, or NotFound / Conflict.
    [[nodiscard]] Result<PushCertificateRequestRecord> openRequestById(const QString &requestId);
    // The sync part of the checks: the file parses, carries the request's key, and is valid.
    [[nodiscard]] Result<PushCertificate> parseForRequest(
        const PushCertificateRequestRecord &request, const QByteArray &file);
    // Reads the request's push key and checks it against the certificate; then the topic.
    [[nodiscard]] QFuture<Result<Inspection>> inspect(const PushCertificateRequestRecord &request,
                                                      const PushCertificate &certificate);
    [[nodiscard]] Result<Inspection> guardTopic(const PushCertificateRequestRecord &request,
                                                const PushCertificate &certificate);
    enum class KeyKind {
        RequestKey,     // a request's push key
        EncryptionKey,  // the key a CSR-signing service encrypts its reply to
        CertificateKey, // a stored certificate's push key
    };
    [[nodiscard]] QFuture<Result<PrivateKey>> readKey(const QString &ref, KeyKind kind);
    void removeSecret(const QString &ref);

    SecretStore &m_secrets;
    const Clock &m_clock;
    Database &m_database;
    PushCertificateRepository m_certificates;
    PushCertificateRequestRepository m_requests;
    EnrollmentRepository m_enrollments;
    AuditLog m_audit;
};

} // namespace Espalier
