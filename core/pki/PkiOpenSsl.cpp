// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pki/PkiOpenSsl.h"

#include "core/crypto/OpenSsl.h"

#include <climits>

namespace Espalier::PkiOpenSsl {

void freeX509Stack(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}

X509Ptr toX509(const Certificate &certificate)
{
    if (certificate.isNull())
        return {};
    const QByteArray der = certificate.toDer();
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &cursor, static_cast<long>(der.size())));
}

EvpPkeyPtr toEvpPkey(const PrivateKey &key)
{
    if (key.isNull())
        return {};
    Result<QByteArray> der = key.toDer();
    if (!der)
        return {};
    const auto *cursor = reinterpret_cast<const unsigned char *>(der->constData());
    EvpPkeyPtr pkey(d2i_AutoPrivateKey(nullptr, &cursor, static_cast<long>(der->size())));
    OpenSsl::cleanse(*der);
    return pkey;
}

Certificate fromX509(X509 *x509)
{
    if (!x509)
        return {};
    unsigned char *der = nullptr;
    const int length = i2d_X509(x509, &der);
    if (length <= 0)
        return {};
    Result<Certificate> certificate = Certificate::fromDer(
        QByteArrayView(reinterpret_cast<const char *>(der), length));
    OPENSSL_free(der);
    return certificate ? *certificate : Certificate();
}

BioPtr readBio(QByteArrayView bytes)
{
    if (bytes.size() > INT_MAX)
        return {};
    // An empty view may have a null data pointer, which BIO_new_mem_buf rejects.
    static const char empty = 0;
    const char *data = bytes.isEmpty() ? &empty : bytes.data();
    return BioPtr(BIO_new_mem_buf(data, static_cast<int>(bytes.size())));
}

BioPtr writeBio()
{
    return BioPtr(BIO_new(BIO_s_mem()));
}

QByteArray contents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    if (length <= 0 || !data)
        return {};
    return QByteArray(data, static_cast<qsizetype>(length));
}

X509StackPtr x509Stack(const QList<Certificate> &certificates)
{
    X509StackPtr stack(sk_X509_new_null());
    if (!stack)
        return {};
    for (const Certificate &certificate : certificates) {
        X509Ptr x509 = toX509(certificate);
        if (!x509 || sk_X509_push(stack.get(), x509.get()) <= 0)
            return {};
        (void)x509.release(); // the stack owns it now
    }
    return stack;
}

int signatureDigestNid(const Certificate &certificate)
{
    X509Ptr x509 = toX509(certificate);
    if (!x509)
        return NID_undef;
    int digest = NID_undef;
    int publicKey = NID_undef;
    if (OBJ_find_sigid_algs(X509_get_signature_nid(x509.get()), &digest, &publicKey) != 1)
        return NID_undef;
    return digest;
}

} // namespace Espalier::PkiOpenSsl
