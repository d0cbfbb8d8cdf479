// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/CertificateRequest.h"
#include "core/crypto/PrivateKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>

namespace Espalier {

// The path for shops without their own MDM vendor certificate: a third-party CSR-signing
// service (mdmcert.download and the like) signs the CSR with its vendor identity. It takes the
// CSR and a certificate of ours, and answers with a file, usually by e-mail: hex text of CMS
// EnvelopedData encrypted to that certificate, whose content is the signed request ready for
// Apple's portal. The encryption key is made for one request and kept in the keychain until the
// reply is in. Stateless; making the key takes up to a second, so call it on a worker thread.
class VendorSigningService final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::VendorSigningService)

public:
    // The key the reply is encrypted to, and its self-signed certificate.
    struct EncryptionIdentity
    {
        PrivateKey key{};
        Certificate certificate{};
    };

    // What to hand the service.
    struct Submission
    {
        QByteArray csrPem{};
        QByteArray encryptionCertificatePem{};
    };

    // Long enough for a reply that takes its time.
    static constexpr int EncryptionValidityDays = 365;

    VendorSigningService() = delete;

    // RSA-2048, with a certificate valid from an hour before `now`.
    [[nodiscard]] static Result<EncryptionIdentity> createEncryptionIdentity(const QDateTime &now);

    [[nodiscard]] static Submission submission(const CertificateRequest &csr,
                                               const Certificate &encryptionCertificate);

    // The EnvelopedData DER inside a reply file: hex text (any whitespace, upper or lower
    // case), PEM, base64 or raw DER. InvalidInput, saying what was expected, for anything else.
    [[nodiscard]] static Result<QByteArray> envelope(QByteArrayView reply);

    // Decrypts the reply and checks that it holds a signed request, whose signature holds, for
    // exactly this CSR. Returns the upload file for Apple's portal (base64 text). Every failure
    // says what the file turned out to be and what to do.
    [[nodiscard]] static Result<QByteArray> readReply(QByteArrayView reply,
                                                      const EncryptionIdentity &identity,
                                                      const CertificateRequest &csr);
};

} // namespace Espalier
