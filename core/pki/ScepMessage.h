// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Espalier {

class PrivateKey;

// The PKCS#7 side of SCEP (RFC 8894 §3): reads a client's pkiMessage (a SignedData whose
// content is an EnvelopedData holding the request) and writes our CertRep. core/crypto's Cms
// neither reads custom signed attributes nor handles EnvelopedData, so this uses OpenSSL
// directly. Stateless and thread-safe; every input is untrusted and fails cleanly.
class ScepMessage final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::ScepMessage)

public:
    // The messageType attribute's values (RFC 8894 §3.2.1.2).
    enum class MessageType {
        CertRep = 3,
        RenewalReq = 17,
        PkcsReq = 19,
        CertPoll = 20,
        GetCert = 21,
        GetCrl = 22,
    };

    enum class PkiStatus {
        Success = 0,
        Failure = 2,
        Pending = 3,
    };

    enum class FailInfo {
        BadAlg = 0,
        BadMessageCheck = 1,
        BadRequest = 2,
        BadTime = 3,
        BadCertId = 4,
    };

    // Digests a client may sign with, and we answer with.
    enum class DigestAlgorithm {
        Sha1,
        Sha256,
        Sha384,
        Sha512,
    };

    // Content encryption algorithms of an EnvelopedData we read or write.
    enum class Cipher {
        Aes128Cbc,
        Aes192Cbc,
        Aes256Cbc,
        DesEde3Cbc,
    };

    // A client's pkiMessage with its signed attributes. The attributes are read whether or not
    // the signature holds, so that a failure can still be answered with a CertRep.
    struct Request
    {
        // As sent; compare with MessageType.
        int messageType = 0;
        QString transactionId{};
        QByteArray senderNonce{};
        // The certificate that signed the message (its self-signed throw-away certificate, or
        // for a renewal its current identity). Null when the message carries none.
        Certificate signer{};
        DigestAlgorithm digest = DigestAlgorithm::Sha256;
        // Whether the signature over the content and attributes checked out against signer.
        bool signatureValid = false;
        // Why not, for logs.
        QString signatureError{};
        // The signed content: the DER (or BER) pkcsPKIEnvelope. Empty unless signatureValid.
        QByteArray envelope{};
    };

    struct Decrypted
    {
        QByteArray content;
        Cipher cipher = Cipher::Aes256Cbc;
    };

    struct Reply
    {
        PkiStatus status = PkiStatus::Failure;
        // Required for a failure, absent otherwise.
        std::optional<FailInfo> failInfo{};
        QString transactionId{};
        // The request's senderNonce.
        QByteArray recipientNonce{};
        DigestAlgorithm digest = DigestAlgorithm::Sha256;
        // On success: the certificates for the requester, and whom to encrypt them to.
        QList<Certificate> issued{};
        Certificate recipient{};
        Cipher cipher = Cipher::Aes256Cbc;
    };

    // Largest pkiMessage read; a request with a 4096-bit key is about 6 KB.
    static constexpr qsizetype MaxMessageSize = 64 * 1024;

    ScepMessage() = delete;

    // Reads and verifies a pkiMessage (DER or BER). Fails with InvalidInput only when it cannot
    // be answered at all: not a SignedData with one signer, or no readable messageType,
    // transactionID or senderNonce.
    [[nodiscard]] static Result<Request> parse(QByteArrayView message);

    // Opens a pkcsPKIEnvelope addressed to the recipient certificate with its key. Unsupported
    // for a content encryption algorithm we do not take (answer badAlg); InvalidInput or Crypto
    // when it cannot be read or opened (answer badMessageCheck).
    [[nodiscard]] static Result<Decrypted> decrypt(QByteArrayView envelope,
                                                   const Certificate &recipient,
                                                   const PrivateKey &key);

    // A CertRep signed by signer: on success its content is an EnvelopedData to the recipient,
    // holding a certificates-only SignedData with the issued certificates; otherwise no content.
    // A fresh senderNonce is drawn here.
    [[nodiscard]] static Result<QByteArray> certRep(const Reply &reply,
                                                    const Certificate &signer,
                                                    const PrivateKey &key);

    // A certificates-only ("degenerate") SignedData, as GetCACert answers with for a chain.
    [[nodiscard]] static Result<QByteArray> degenerate(const QList<Certificate> &certificates);
};

} // namespace Espalier
