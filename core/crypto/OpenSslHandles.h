// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/crypto: the OpenSSL side of the public value classes. This header includes
// OpenSSL, so only core/crypto/*.cpp may include it; public headers stay free of OpenSSL types.

#include "core/crypto/Certificate.h"
#include "core/crypto/CertificateRequest.h"
#include "core/crypto/KeyAlgorithm.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/PublicKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Espalier {

// unique_ptr deleters that call OpenSSL's free function for the type.
template<auto Free>
struct OpenSslDeleter
{
    template<typename T>
    void operator()(T *pointer) const
    {
        Free(pointer);
    }
};

void freeX509Stack(STACK_OF(X509) * stack);
// Frees only the stack, for stacks of certificates someone else owns (CMS_get0_signers).
void freeBorrowedX509Stack(STACK_OF(X509) * stack);
void freeExtensionStack(STACK_OF(X509_EXTENSION) * stack);

using Asn1IntegerPtr = std::unique_ptr<ASN1_INTEGER, OpenSslDeleter<&ASN1_INTEGER_free>>;
using Asn1OctetStringPtr
    = std::unique_ptr<ASN1_OCTET_STRING, OpenSslDeleter<&ASN1_OCTET_STRING_free>>;
using BigNumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<&BN_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<&BIO_free_all>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, OpenSslDeleter<&CMS_ContentInfo_free>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<&EVP_PKEY_free>>;
using EvpPkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OpenSslDeleter<&EVP_PKEY_CTX_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<&X509_EXTENSION_free>>;
using ExtensionStackPtr
    = std::unique_ptr<STACK_OF(X509_EXTENSION), OpenSslDeleter<&freeExtensionStack>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, OpenSslDeleter<&GENERAL_NAMES_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, OpenSslDeleter<&PKCS12_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, OpenSslDeleter<&X509_NAME_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<&X509_free>>;
using X509ReqPtr = std::unique_ptr<X509_REQ, OpenSslDeleter<&X509_REQ_free>>;
using X509StackPtr = std::unique_ptr<STACK_OF(X509), OpenSslDeleter<&freeX509Stack>>;
using BorrowedX509StackPtr
    = std::unique_ptr<STACK_OF(X509), OpenSslDeleter<&freeBorrowedX509Stack>>;
using X509StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, OpenSslDeleter<&X509_STORE_CTX_free>>;
using X509StorePtr = std::unique_ptr<X509_STORE, OpenSslDeleter<&X509_STORE_free>>;

// The pimpl payloads: one owned OpenSSL object each, never changed after construction, which
// is what makes sharing them between copies and threads safe.
struct PublicKey::Private
{
    EvpPkeyPtr key;
};

struct PrivateKey::Private
{
    EvpPkeyPtr key;
};

struct Certificate::Private
{
    X509Ptr x509;
};

struct CertificateRequest::Private
{
    X509ReqPtr request;
};

// Crosses between the public classes and OpenSSL, and holds the BIO and stack chores every
// crypto source needs. A friend of the value classes; only core/crypto uses it.
class OpenSslHandles final
{
public:
    // Borrowed pointers, null for a null object. OpenSSL's signatures are not const-correct;
    // callers never modify the objects.
    [[nodiscard]] static EVP_PKEY *key(const PrivateKey &key);
    [[nodiscard]] static EVP_PKEY *key(const PublicKey &key);
    [[nodiscard]] static X509 *x509(const Certificate &certificate);
    [[nodiscard]] static X509_REQ *request(const CertificateRequest &request);

    // Take ownership of a fresh object.
    [[nodiscard]] static PrivateKey wrapPrivateKey(EvpPkeyPtr key);
    [[nodiscard]] static PublicKey wrapPublicKey(EvpPkeyPtr key);
    [[nodiscard]] static Certificate wrapCertificate(X509Ptr x509);
    [[nodiscard]] static CertificateRequest wrapRequest(X509ReqPtr request);
    // Takes another reference to a certificate OpenSSL keeps owning (such as a CMS signer).
    [[nodiscard]] static Certificate shareCertificate(X509 *x509);
    // The public half only, copied through its DER so no private material comes along.
    [[nodiscard]] static PublicKey publicHalf(EVP_PKEY *key);

    [[nodiscard]] static KeyAlgorithm algorithm(const EVP_PKEY *key);

    // A read-only memory BIO over bytes that must outlive it; null when they are larger than
    // OpenSSL's int lengths allow.
    [[nodiscard]] static BioPtr readBio(QByteArrayView bytes);
    // A memory BIO that wipes its buffer when freed, for key material.
    [[nodiscard]] static BioPtr secureWriteBio();
    // Everything written to a memory BIO so far.
    [[nodiscard]] static QByteArray bioContents(BIO *bio);

    // A new stack holding references to the certificates; null on allocation failure.
    [[nodiscard]] static X509StackPtr x509Stack(const QList<Certificate> &certificates);
    [[nodiscard]] static QList<Certificate> certificates(const STACK_OF(X509) * stack);

    // A pem_password_cb that refuses: OpenSSL's default callback would prompt on the terminal,
    // which untrusted PEM with encryption headers could otherwise trigger.
    static int refusePassphrase(char *buffer, int size, int rwflag, void *userData);

    // Whether the first or the last error on this thread's queue has this reason, raised by
    // this library (0: any library). The queue is left as it is.
    [[nodiscard]] static bool errorIs(int library, int reason);
};

} // namespace Espalier
