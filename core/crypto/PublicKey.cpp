// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/PublicKey.h"

#include "core/crypto/OpenSsl.h"
#include "core/crypto/OpenSslHandles.h"

#include <openssl/err.h>
#include <openssl/pem.h>

#include <limits>

namespace Espalier {

namespace {

// A SubjectPublicKeyInfo is a few hundred bytes; anything near this is not one.
constexpr qsizetype MaxKeySize = qsizetype{1024} * 1024;

} // namespace

PublicKey::PublicKey() = default;

Result<PublicKey> PublicKey::fromDer(QByteArrayView der)
{
    if (der.isEmpty() || der.size() > MaxKeySize)
        return fail(Error::Code::InvalidInput, tr("The public key could not be read."));
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.data());
    EvpPkeyPtr key(d2i_PUBKEY(nullptr, &cursor, static_cast<long>(der.size())));
    if (!key)
        return OpenSsl::failure(Error::Code::InvalidInput, tr("The public key could not be read."));
    if (cursor != reinterpret_cast<const unsigned char *>(der.data()) + der.size())
        return fail(Error::Code::InvalidInput, tr("The public key is followed by other data."));
    return OpenSslHandles::wrapPublicKey(std::move(key));
}

Result<PublicKey> PublicKey::fromPem(QByteArrayView pem)
{
    BioPtr bio = pem.size() <= MaxKeySize ? OpenSslHandles::readBio(pem) : BioPtr();
    if (!bio)
        return fail(Error::Code::InvalidInput, tr("The public key could not be read."));
    EvpPkeyPtr key(
        PEM_read_bio_PUBKEY(bio.get(), nullptr, &OpenSslHandles::refusePassphrase, nullptr));
    if (!key)
        return OpenSsl::failure(Error::Code::InvalidInput, tr("The public key could not be read."));
    return OpenSslHandles::wrapPublicKey(std::move(key));
}

QByteArray PublicKey::toDer() const
{
    EVP_PKEY *key = OpenSslHandles::key(*this);
    unsigned char *der = nullptr;
    const int length = key ? i2d_PUBKEY(key, &der) : 0;
    if (length <= 0) {
        ERR_clear_error();
        return {};
    }
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

QByteArray PublicKey::toPem() const
{
    EVP_PKEY *key = OpenSslHandles::key(*this);
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!key || !bio || !PEM_write_bio_PUBKEY(bio.get(), key)) {
        ERR_clear_error();
        return {};
    }
    return OpenSslHandles::bioContents(bio.get());
}

KeyAlgorithm PublicKey::algorithm() const
{
    return OpenSslHandles::algorithm(OpenSslHandles::key(*this));
}

int PublicKey::bits() const
{
    const EVP_PKEY *key = OpenSslHandles::key(*this);
    return key ? EVP_PKEY_get_bits(key) : 0;
}

bool PublicKey::verifySha256(QByteArrayView data, QByteArrayView signature) const
{
    EVP_PKEY *key = OpenSslHandles::key(*this);
    if (!key || signature.isEmpty() || data.size() > std::numeric_limits<int>::max()
        || signature.size() > std::numeric_limits<int>::max()) {
        return false;
    }
    using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<&EVP_MD_CTX_free>>;
    MdCtxPtr context(EVP_MD_CTX_new());
    const bool valid = context
                       && EVP_DigestVerifyInit_ex(
                              context.get(), nullptr, "SHA256", nullptr, nullptr, key, nullptr)
                              == 1
                       && EVP_DigestVerify(
                              context.get(),
                              reinterpret_cast<const unsigned char *>(signature.data()),
                              static_cast<size_t>(signature.size()),
                              reinterpret_cast<const unsigned char *>(data.data()),
                              static_cast<size_t>(data.size()))
                              == 1;
    ERR_clear_error(); // a bad signature leaves its reason on the queue
    return valid;
}

bool PublicKey::operator==(const PublicKey &other) const
{
    const EVP_PKEY *mine = OpenSslHandles::key(*this);
    const EVP_PKEY *theirs = OpenSslHandles::key(other);
    if (!mine || !theirs)
        return mine == theirs;
    const bool equal = EVP_PKEY_eq(mine, theirs) == 1;
    ERR_clear_error(); // keys of different types leave an error behind
    return equal;
}

} // namespace Espalier
