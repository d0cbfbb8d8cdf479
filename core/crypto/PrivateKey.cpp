// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/PrivateKey.h"

#include "core/crypto/Certificate.h"
#include "core/crypto/OpenSsl.h"
#include "core/crypto/OpenSslHandles.h"

#include <QScopeGuard>

#include <openssl/decoder.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// A 4096-bit RSA key in PEM is about 3.3 KB; a file this large is not a key.
constexpr qsizetype MaxKeySize = qsizetype{1024} * 1024;

// Hands our passphrase to OpenSSL's decoders, and notes that the key turned out to be encrypted.
struct PassphraseRequest
{
    QByteArray utf8;
    bool asked = false;
};

int passphraseCallback(char *buffer, int size, int /*rwflag*/, void *userData)
{
    auto *request = static_cast<PassphraseRequest *>(userData);
    request->asked = true;
    if (request->utf8.isEmpty() || request->utf8.size() > size)
        return -1;
    std::memcpy(buffer, request->utf8.constData(), static_cast<size_t>(request->utf8.size()));
    return static_cast<int>(request->utf8.size());
}

Result<PrivateKey> decoded(EvpPkeyPtr key, const PassphraseRequest &request)
{
    if (key) {
        ERR_clear_error(); // the PEM reader leaves notes about the blocks it skipped
        return OpenSslHandles::wrapPrivateKey(std::move(key));
    }
    if (request.asked && request.utf8.isEmpty()) {
        return OpenSsl::failure(Error::Code::InvalidInput,
                                PrivateKey::tr("The private key is protected by a passphrase."));
    }
    if (request.asked)
        return OpenSsl::failure(Error::Code::Crypto, PrivateKey::tr("The passphrase is wrong."));
    return OpenSsl::failure(Error::Code::InvalidInput,
                            PrivateKey::tr("The private key could not be read."));
}

Result<PrivateKey> generate(const char *algorithm, int rsaBits, const char *curve)
{
    EvpPkeyCtxPtr context(EVP_PKEY_CTX_new_from_name(nullptr, algorithm, nullptr));
    EVP_PKEY *key = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) <= 0
        || (rsaBits && EVP_PKEY_CTX_set_rsa_keygen_bits(context.get(), rsaBits) <= 0)
        || (curve && EVP_PKEY_CTX_set_group_name(context.get(), curve) <= 0)
        || EVP_PKEY_generate(context.get(), &key) <= 0) {
        return OpenSsl::failure(Error::Code::Crypto,
                                PrivateKey::tr("The key could not be generated."));
    }
    return OpenSslHandles::wrapPrivateKey(EvpPkeyPtr(key));
}

} // namespace

PrivateKey::PrivateKey() = default;

Result<PrivateKey> PrivateKey::generateRsa(int bits)
{
    if (bits != 2048 && bits != 3072 && bits != 4096) {
        return fail(Error::Code::InvalidInput,
                    tr("RSA keys must have 2048, 3072 or 4096 bits."),
                    u"bits=%1"_s.arg(bits));
    }
    return generate("RSA", bits, nullptr);
}

Result<PrivateKey> PrivateKey::generateEcP256()
{
    return generate("EC", 0, "P-256");
}

Result<PrivateKey> PrivateKey::fromPem(QByteArrayView pem, const QString &passphrase)
{
    BioPtr bio = pem.size() <= MaxKeySize ? OpenSslHandles::readBio(pem) : BioPtr();
    if (!bio || pem.isEmpty())
        return fail(Error::Code::InvalidInput, tr("The private key could not be read."));
    PassphraseRequest request{passphrase.toUtf8()};
    const auto scrub = qScopeGuard([&request] { OpenSsl::cleanse(request.utf8); });
    // Skips blocks that hold no key, so a PEM with the certificate first works too.
    EvpPkeyPtr key(PEM_read_bio_PrivateKey_ex(
        bio.get(), nullptr, &passphraseCallback, &request, nullptr, nullptr));
    return decoded(std::move(key), request);
}

Result<PrivateKey> PrivateKey::fromDer(QByteArrayView der, const QString &passphrase)
{
    if (der.isEmpty() || der.size() > MaxKeySize)
        return fail(Error::Code::InvalidInput, tr("The private key could not be read."));
    PassphraseRequest request{passphrase.toUtf8()};
    const auto scrub = qScopeGuard([&request] { OpenSsl::cleanse(request.utf8); });
    EVP_PKEY *key = nullptr;
    // One decoder for plain and encrypted PKCS#8 and the traditional RSA/EC structures.
    std::unique_ptr<OSSL_DECODER_CTX, OpenSslDeleter<&OSSL_DECODER_CTX_free>> decoder(
        OSSL_DECODER_CTX_new_for_pkey(
            &key, "DER", nullptr, nullptr, EVP_PKEY_KEYPAIR, nullptr, nullptr));
    if (!decoder
        || !OSSL_DECODER_CTX_set_pem_password_cb(decoder.get(), &passphraseCallback, &request)) {
        return OpenSsl::failure(Error::Code::Crypto, tr("The private key could not be read."));
    }
    const auto *data = reinterpret_cast<const unsigned char *>(der.data());
    size_t length = static_cast<size_t>(der.size());
    if (!OSSL_DECODER_from_data(decoder.get(), &data, &length)) {
        EVP_PKEY_free(key);
        key = nullptr;
    }
    return decoded(EvpPkeyPtr(key), request);
}

Result<QByteArray> PrivateKey::toPem(const QString &passphrase) const
{
    EVP_PKEY *key = OpenSslHandles::key(*this);
    if (!key)
        return fail(Error::Code::InvalidInput, tr("There is no private key."));
    QByteArray utf8 = passphrase.toUtf8();
    const auto scrub = qScopeGuard([&utf8] { OpenSsl::cleanse(utf8); });
    BioPtr bio = OpenSslHandles::secureWriteBio();
    // Without a passphrase no cipher either: a cipher with no passphrase would make OpenSSL
    // prompt on the terminal.
    const EVP_CIPHER *cipher = utf8.isEmpty() ? nullptr : EVP_aes_256_cbc();
    if (!bio
        || !PEM_write_bio_PKCS8PrivateKey(bio.get(),
                                          key,
                                          cipher,
                                          cipher ? utf8.constData() : nullptr,
                                          cipher ? static_cast<int>(utf8.size()) : 0,
                                          nullptr,
                                          nullptr)) {
        return OpenSsl::failure(Error::Code::Crypto, tr("The private key could not be written."));
    }
    return OpenSslHandles::bioContents(bio.get());
}

Result<QByteArray> PrivateKey::toDer() const
{
    EVP_PKEY *key = OpenSslHandles::key(*this);
    if (!key)
        return fail(Error::Code::InvalidInput, tr("There is no private key."));
    BioPtr bio = OpenSslHandles::secureWriteBio();
    if (!bio || !i2d_PKCS8PrivateKey_bio(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr))
        return OpenSsl::failure(Error::Code::Crypto, tr("The private key could not be written."));
    return OpenSslHandles::bioContents(bio.get());
}

PublicKey PrivateKey::publicKey() const
{
    return OpenSslHandles::publicHalf(OpenSslHandles::key(*this));
}

QByteArray PrivateKey::publicKeyDer() const
{
    return publicKey().toDer();
}

KeyAlgorithm PrivateKey::algorithm() const
{
    return OpenSslHandles::algorithm(OpenSslHandles::key(*this));
}

int PrivateKey::bits() const
{
    const EVP_PKEY *key = OpenSslHandles::key(*this);
    return key ? EVP_PKEY_get_bits(key) : 0;
}

bool PrivateKey::matches(const Certificate &certificate) const
{
    const EVP_PKEY *key = OpenSslHandles::key(*this);
    X509 *x509 = OpenSslHandles::x509(certificate);
    const EVP_PKEY *certificateKey = x509 ? X509_get0_pubkey(x509) : nullptr;
    if (!key || !certificateKey)
        return false;
    const bool equal = EVP_PKEY_eq(key, certificateKey) == 1;
    ERR_clear_error();
    return equal;
}

Result<QByteArray> PrivateKey::signSha256(QByteArrayView data) const
{
    EVP_PKEY *key = OpenSslHandles::key(*this);
    if (!key)
        return fail(Error::Code::InvalidInput, tr("There is no private key."));
    // EVP_DigestSign takes a size_t, but OpenSSL's BIOs and our other limits stop at int.
    if (data.size() > std::numeric_limits<int>::max())
        return fail(Error::Code::InvalidInput, tr("The data is too large to sign."));
    using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<&EVP_MD_CTX_free>>;
    MdCtxPtr context(EVP_MD_CTX_new());
    size_t length = 0;
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    // PKCS#1 v1.5 is OpenSSL's default padding for RSA signatures, so nothing is set here.
    if (!context
        || EVP_DigestSignInit_ex(context.get(), nullptr, "SHA256", nullptr, nullptr, key, nullptr)
               != 1
        || EVP_DigestSign(context.get(), nullptr, &length, bytes, static_cast<size_t>(data.size()))
               != 1) {
        return OpenSsl::failure(Error::Code::Crypto, tr("The data could not be signed."));
    }
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(),
                       reinterpret_cast<unsigned char *>(signature.data()),
                       &length,
                       bytes,
                       static_cast<size_t>(data.size()))
        != 1) {
        return OpenSsl::failure(Error::Code::Crypto, tr("The data could not be signed."));
    }
    // ECDSA signatures vary in length; the first call gave the largest.
    signature.truncate(static_cast<qsizetype>(length));
    return signature;
}

} // namespace Espalier
