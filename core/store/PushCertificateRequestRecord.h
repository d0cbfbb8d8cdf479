// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace Espalier {

enum class PushCertificateRequestKind {
    Create, // the first certificate: Create a Certificate in Apple's portal
    Renew,  // a new certificate for an existing topic: Renew next to that certificate
};

// Where a request stands. CsrCreated, AwaitingReply and Signed are open: the steps can be left
// and resumed. Completed and Discarded are final.
enum class PushCertificateRequestState {
    CsrCreated,    // key in the keychain, CSR made
    AwaitingReply, // CSR and our encryption certificate handed to a CSR-signing service
    Signed,        // the vendor-signed request for Apple's portal is ready
    Completed,     // Apple's certificate was imported and activated
    Discarded,     // given up; its keys were deleted
};

// A push certificate request in progress, stored so a wizard can resume it. The push key and
// the encryption key (for a CSR-signing service's reply) are in the keychain under the refs.
struct PushCertificateRequestRecord
{
    QString id;
    PushCertificateRequestKind kind = PushCertificateRequestKind::Create;
    QString expectedTopic; // Renew only: the topic the new certificate must keep
    QString keyRef;
    QByteArray csrDer;
    QByteArray signedRequest; // the file to upload to Apple's portal (base64 text)
    QString encryptionKeyRef;
    QByteArray encryptionCertificateDer;
    PushCertificateRequestState state = PushCertificateRequestState::CsrCreated;
    QString appleId;
    QString certificateId; // Completed only: the push certificate it produced
    QDateTime createdAt;
    QDateTime updatedAt;

    [[nodiscard]] bool isOpen() const
    {
        return state != PushCertificateRequestState::Completed
               && state != PushCertificateRequestState::Discarded;
    }
};

// Stable names, as stored.
[[nodiscard]] QString pushCertificateRequestKindName(PushCertificateRequestKind kind);
[[nodiscard]] std::optional<PushCertificateRequestKind> pushCertificateRequestKindFromName(
    QStringView name);
[[nodiscard]] QString pushCertificateRequestStateName(PushCertificateRequestState state);
[[nodiscard]] std::optional<PushCertificateRequestState> pushCertificateRequestStateFromName(
    QStringView name);

} // namespace Espalier
