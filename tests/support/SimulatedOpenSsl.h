// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The OpenSSL side of the device simulator: what a device does with its keys that core/crypto
// has no call for (SHA-1 signatures, SCEP messages, throw-away certificates). This header
// includes OpenSSL; test support links OpenSSL::Crypto for it. Stateless and thread-safe.

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace Espalier::SimulatedOpenSsl {

template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T *pointer) const
    {
        Free(pointer);
    }
};

void freeX509Stack(STACK_OF(X509) * stack);

using BioPtr = std::unique_ptr<BIO, Deleter<&BIO_free_all>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, Deleter<&CMS_ContentInfo_free>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<&EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<&X509_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, Deleter<&X509_NAME_free>>;
using X509ReqPtr = std::unique_ptr<X509_REQ, Deleter<&X509_REQ_free>>;
using X509StackPtr = std::unique_ptr<STACK_OF(X509), Deleter<&freeX509Stack>>;
using Asn1ObjectPtr = std::unique_ptr<ASN1_OBJECT, Deleter<&ASN1_OBJECT_free>>;

// An X.500 name as a profile writes it: relative names in order, each a list of
// (type, value) pairs; a type is a short name ("CN", "O") or a dotted OID.
using Name = QList<QList<QPair<QString, QString>>>;

enum class DigestAlgorithm {
    Sha1,
    Sha256,
};

// The key through its DER, so no private material is shared with core/crypto's handles.
[[nodiscard]] EvpPkeyPtr evpKey(const PrivateKey &key);
[[nodiscard]] X509Ptr x509(const Certificate &certificate);
[[nodiscard]] Result<Certificate> certificate(X509 *x509);
[[nodiscard]] X509StackPtr x509Stack(const QList<Certificate> &certificates);
[[nodiscard]] QList<Certificate> certificates(const STACK_OF(X509) * stack);

// A read-only BIO over bytes that must outlive it.
[[nodiscard]] BioPtr readBio(QByteArrayView bytes);
[[nodiscard]] QByteArray bioContents(BIO *bio);
[[nodiscard]] const EVP_MD *messageDigest(DigestAlgorithm digest);

// The calling thread's OpenSSL error queue, drained into one line.
[[nodiscard]] QString takeErrors();
[[nodiscard]] tl::unexpected<Error> failure(const QString &message);

[[nodiscard]] Result<X509NamePtr> x509Name(const Name &name);

// A detached CMS SignedData over the exact bytes, the signer certificate embedded, as the
// Mdm-Signature header carries it (DER).
[[nodiscard]] Result<QByteArray> signDetached(QByteArrayView content,
                                              const Certificate &signer,
                                              const PrivateKey &key,
                                              DigestAlgorithm digest);

// A self-signed end-entity certificate (not a CA) for the key: SCEP's throw-away signer.
[[nodiscard]] Result<Certificate> selfSignedCertificate(const PrivateKey &key,
                                                        const Name &subject,
                                                        DigestAlgorithm digest);

// The digest of a DER blob whose size picks the algorithm, as profiles give CAFingerprint:
// 16 bytes MD5, 20 SHA-1, 32 SHA-256, 48 SHA-384, 64 SHA-512. Empty for other sizes.
[[nodiscard]] QByteArray fingerprintLike(QByteArrayView der, qsizetype fingerprintSize);

} // namespace Espalier::SimulatedOpenSsl
