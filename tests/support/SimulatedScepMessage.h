// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"
#include "tests/support/SimulatedOpenSsl.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// SCEP (RFC 8894) messages as an Apple device builds and reads them: the PKCS#10 request, the
// PKCSReq pkiMessage (SignedData by a throw-away self-signed certificate around an
// EnvelopedData to the CA) and the CertRep. Stateless and thread-safe.
namespace Espalier::SimulatedScepMessage {

// Signed attributes, under 2.16.840.1.113733.1.9.
inline constexpr char MessageTypeOid[] = "2.16.840.1.113733.1.9.2";
inline constexpr char PkiStatusOid[] = "2.16.840.1.113733.1.9.3";
inline constexpr char FailInfoOid[] = "2.16.840.1.113733.1.9.4";
inline constexpr char SenderNonceOid[] = "2.16.840.1.113733.1.9.5";
inline constexpr char RecipientNonceOid[] = "2.16.840.1.113733.1.9.6";
inline constexpr char TransactionIdOid[] = "2.16.840.1.113733.1.9.7";

enum class MessageType {
    CertRep = 3,
    RenewalReq = 17,
    PkcsReq = 19,
    CertPoll = 20,
};

enum class PkiStatus {
    Success = 0,
    Failure = 2,
    Pending = 3,
};

enum class Cipher {
    Aes256Cbc,
    TripleDesCbc,
};

struct CsrParameters
{
    SimulatedOpenSsl::Name subject{};
    // The profile's Challenge. A secret: never logged.
    QString challengePassword{};
    // The profile's "Key Usage" bits: 1 signing, 4 encryption; 0 asks for none.
    int keyUsage = 0;
    QStringList dnsNames{};
    QStringList emailAddresses{};
    QStringList uris{};
};

// A PKCS#10 request (DER) signed by the key.
[[nodiscard]] Result<QByteArray> createCsr(const CsrParameters &parameters,
                                           const PrivateKey &key,
                                           SimulatedOpenSsl::DigestAlgorithm digest);

struct PkcsReq
{
    QByteArray der{};
    QString transactionId{};
    QByteArray senderNonce{};
};

// signer is the self-signed certificate of the requesting key; recipient is the CA (or RA)
// certificate the request is encrypted to.
[[nodiscard]] Result<PkcsReq> createPkcsReq(QByteArrayView csrDer,
                                            const PrivateKey &key,
                                            const Certificate &signer,
                                            const Certificate &recipient,
                                            Cipher cipher,
                                            SimulatedOpenSsl::DigestAlgorithm digest);

// The SCEP attributes of a pkiMessage's first signer, read without checking the signature.
struct Attributes
{
    std::optional<int> messageType{};
    std::optional<int> pkiStatus{};
    std::optional<int> failInfo{};
    QString transactionId{};
    QByteArray senderNonce{};
    QByteArray recipientNonce{};
};

[[nodiscard]] Result<Attributes> readAttributes(CMS_ContentInfo *cms);

struct CertRep
{
    Attributes attributes{};
    // The issued certificate and whatever else the degenerate PKCS#7 carried.
    QList<Certificate> certificates{};
};

// Checks the CertRep's signature by one of caCertificates (or a certificate they issued) and,
// on SUCCESS, decrypts the reply with the requester's key and self-signed certificate.
[[nodiscard]] Result<CertRep> parseCertRep(QByteArrayView der,
                                           const QList<Certificate> &caCertificates,
                                           const PrivateKey &key,
                                           const Certificate &selfSigned);

// A GetCACert answer: one DER certificate, or a degenerate PKCS#7 with the CA and its RAs.
[[nodiscard]] Result<QList<Certificate>> parseCaCertificates(QByteArrayView body);

// The certificate to encrypt to: an RA (not a CA, allows key encipherment) when one came along,
// otherwise the CA.
[[nodiscard]] Certificate encryptionRecipient(const QList<Certificate> &certificates);

} // namespace Espalier::SimulatedScepMessage
