// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/OpenSslHandles.h"

#include <openssl/err.h>

#include <climits>

namespace Espalier {

void freeX509Stack(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}

void freeBorrowedX509Stack(STACK_OF(X509) * stack)
{
    sk_X509_free(stack);
}

void freeExtensionStack(STACK_OF(X509_EXTENSION) * stack)
{
    sk_X509_EXTENSION_pop_free(stack, X509_EXTENSION_free);
}

EVP_PKEY *OpenSslHandles::key(const PrivateKey &key)
{
    return key.d ? key.d->key.get() : nullptr;
}

EVP_PKEY *OpenSslHandles::key(const PublicKey &key)
{
    return key.d ? key.d->key.get() : nullptr;
}

X509 *OpenSslHandles::x509(const Certificate &certificate)
{
    return certificate.d ? certificate.d->x509.get() : nullptr;
}

X509_REQ *OpenSslHandles::request(const CertificateRequest &request)
{
    return request.d ? request.d->request.get() : nullptr;
}

PrivateKey OpenSslHandles::wrapPrivateKey(EvpPkeyPtr key)
{
    PrivateKey wrapped;
    if (key) {
        wrapped.d = std::make_shared<const PrivateKey::Private>(
            PrivateKey::Private{std::move(key)});
    }
    return wrapped;
}

PublicKey OpenSslHandles::wrapPublicKey(EvpPkeyPtr key)
{
    PublicKey wrapped;
    if (key)
        wrapped.d = std::make_shared<const PublicKey::Private>(PublicKey::Private{std::move(key)});
    return wrapped;
}

Certificate OpenSslHandles::wrapCertificate(X509Ptr x509)
{
    Certificate wrapped;
    if (x509) {
        wrapped.d = std::make_shared<const Certificate::Private>(
            Certificate::Private{std::move(x509)});
    }
    return wrapped;
}

CertificateRequest OpenSslHandles::wrapRequest(X509ReqPtr request)
{
    CertificateRequest wrapped;
    if (request) {
        wrapped.d = std::make_shared<const CertificateRequest::Private>(
            CertificateRequest::Private{std::move(request)});
    }
    return wrapped;
}

Certificate OpenSslHandles::shareCertificate(X509 *x509)
{
    if (!x509 || X509_up_ref(x509) != 1)
        return {};
    return wrapCertificate(X509Ptr(x509));
}

PublicKey OpenSslHandles::publicHalf(EVP_PKEY *key)
{
    if (!key)
        return {};
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(key, &der);
    if (length <= 0)
        return {};
    const unsigned char *cursor = der;
    EvpPkeyPtr pub(d2i_PUBKEY(nullptr, &cursor, length));
    OPENSSL_free(der);
    return wrapPublicKey(std::move(pub));
}

KeyAlgorithm OpenSslHandles::algorithm(const EVP_PKEY *key)
{
    if (!key)
        return KeyAlgorithm::Other;
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        return KeyAlgorithm::Rsa;
    case EVP_PKEY_EC:
        return KeyAlgorithm::Ec;
    default:
        return KeyAlgorithm::Other;
    }
}

BioPtr OpenSslHandles::readBio(QByteArrayView bytes)
{
    if (bytes.size() > INT_MAX)
        return {};
    // An empty view may have a null data pointer, which BIO_new_mem_buf rejects.
    static const char empty = 0;
    const char *data = bytes.isEmpty() ? &empty : bytes.data();
    return BioPtr(BIO_new_mem_buf(data, static_cast<int>(bytes.size())));
}

BioPtr OpenSslHandles::secureWriteBio()
{
    return BioPtr(BIO_new(BIO_s_secmem()));
}

QByteArray OpenSslHandles::bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    if (length <= 0 || !data)
        return {};
    return QByteArray(data, static_cast<qsizetype>(length));
}

X509StackPtr OpenSslHandles::x509Stack(const QList<Certificate> &certificates)
{
    X509StackPtr stack(sk_X509_new_null());
    if (!stack)
        return {};
    for (const Certificate &certificate : certificates) {
        X509 *cert = x509(certificate);
        if (!cert)
            continue;
        if (X509_up_ref(cert) != 1)
            return {};
        if (sk_X509_push(stack.get(), cert) <= 0) {
            X509_free(cert);
            return {};
        }
    }
    return stack;
}

QList<Certificate> OpenSslHandles::certificates(const STACK_OF(X509) * stack)
{
    QList<Certificate> list;
    const int count = stack ? sk_X509_num(stack) : 0;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Certificate certificate = shareCertificate(sk_X509_value(stack, i));
        if (!certificate.isNull())
            list.append(certificate);
    }
    return list;
}

int OpenSslHandles::refusePassphrase(char * /*buffer*/, int /*size*/, int /*rwflag*/, void *)
{
    return -1;
}

bool OpenSslHandles::errorIs(int library, int reason)
{
    const auto matches = [library, reason](unsigned long error) {
        return error != 0 && (library == 0 || ERR_GET_LIB(error) == library)
               && ERR_GET_REASON(error) == reason;
    };
    return matches(ERR_peek_error()) || matches(ERR_peek_last_error());
}

} // namespace Espalier
