// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/pki: OpenSSL handles for what core/crypto does not offer (SCEP's PKCS#7
// messages with custom signed attributes, CMS EnvelopedData). This header includes OpenSSL, which
// espalier_core links privately, so only core/pki/*.cpp include it; public headers stay free of
// OpenSSL types. Objects cross from core/crypto's value classes by their DER encoding.

#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>

#include <memory>

namespace Espalier::PkiOpenSsl {

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

using Asn1ObjectPtr = std::unique_ptr<ASN1_OBJECT, Deleter<&ASN1_OBJECT_free>>;
using Asn1OctetStringPtr = std::unique_ptr<ASN1_OCTET_STRING, Deleter<&ASN1_OCTET_STRING_free>>;
using Asn1StringPtr = std::unique_ptr<ASN1_STRING, Deleter<&ASN1_STRING_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<&BIO_free_all>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, Deleter<&CMS_ContentInfo_free>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<&EVP_PKEY_free>>;
using Pkcs7Ptr = std::unique_ptr<PKCS7, Deleter<&PKCS7_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<&X509_free>>;
using X509StackPtr = std::unique_ptr<STACK_OF(X509), Deleter<&freeX509Stack>>;

// A copy of the certificate as an OpenSSL object; null for a null certificate.
[[nodiscard]] X509Ptr toX509(const Certificate &certificate);
// A copy of the key as an OpenSSL object, made through its PKCS#8 DER, which is scrubbed at once.
// Null for a null key.
[[nodiscard]] EvpPkeyPtr toEvpPkey(const PrivateKey &key);
// A certificate OpenSSL holds, as our value class; null when it cannot be encoded.
[[nodiscard]] Certificate fromX509(X509 *x509);

// A read-only memory BIO over bytes that must outlive it; null above OpenSSL's int lengths.
[[nodiscard]] BioPtr readBio(QByteArrayView bytes);
[[nodiscard]] BioPtr writeBio();
// Everything written to a memory BIO so far.
[[nodiscard]] QByteArray contents(BIO *bio);

// A new stack holding references to the certificates; null on allocation failure.
[[nodiscard]] X509StackPtr x509Stack(const QList<Certificate> &certificates);

// The NID of the digest in the certificate's signature algorithm (NID_undef when unknown).
[[nodiscard]] int signatureDigestNid(const Certificate &certificate);

} // namespace Espalier::PkiOpenSsl
