// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"
#include "tests/support/SimulatedHttpClient.h"
#include "tests/support/SimulatedScepMessage.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace Espalier {

// The SCEP client of a simulated device, in the order iOS's profile installer runs it:
// GetCACaps, GetCACert (message = the payload's Name, pinned by CAFingerprint when given), then
// PKIOperation by POST when POSTPKIOperation is advertised, else by GET with the base64 message.
// AES-256 and SHA-256 when advertised, 3DES and SHA-1 otherwise. Lives on its owner's thread
// and talks through the owner's HTTP client.
class ScepClient final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QUrl url{};
        // The payload's Name: the CA identifier sent as GetCACert's message.
        QString caIdentifier{};
        SimulatedScepMessage::CsrParameters csr{};
        // The payload's CAFingerprint; its size picks the hash (see SimulatedOpenSsl).
        QByteArray caFingerprint{};
        PrivateKey key{};
    };

    struct Outcome
    {
        Certificate certificate{};
        QList<Certificate> caCertificates{};
        QStringList capabilities{};
        bool usedPost = false;
        SimulatedScepMessage::Cipher cipher = SimulatedScepMessage::Cipher::TripleDesCbc;
        SimulatedOpenSsl::DigestAlgorithm digest = SimulatedOpenSsl::DigestAlgorithm::Sha1;
        // The PKCSReq pkiMessage as sent (DER), for tests that inspect it.
        QByteArray pkiMessage{};
        QString transactionId{};
    };

    using Callback = std::function<void(const Result<Outcome> &)>;

    explicit ScepClient(SimulatedHttpClient &http, QObject *parent = nullptr);

    // One enrollment at a time; done runs once on this object's thread.
    void enroll(Request request, Callback done);

    [[nodiscard]] bool isBusy() const { return bool(m_done); }

Q_SIGNALS:
    // Per HTTP exchange ("GetCACaps", "GetCACert", "PKIOperation"); status 0 when none came.
    void requestFinished(const QString &operation, qint64 latencyNs, int status);

private:
    void fetchCapabilities();
    void fetchCaCertificates();
    void sendPkiOperation();
    void readCertRep(const SimulatedHttpClient::Reply &reply);
    [[nodiscard]] QUrl operationUrl(const QString &operation, const QByteArray &message) const;
    void get(const QString &operation,
             const QByteArray &message,
             std::function<void(const SimulatedHttpClient::Reply &)> next);
    void finish(const Result<Outcome> &result);

    SimulatedHttpClient &m_http;
    Request m_request;
    Outcome m_outcome;
    Certificate m_selfSigned;
    QByteArray m_senderNonce;
    Callback m_done;
};

} // namespace Espalier
