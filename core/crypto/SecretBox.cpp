// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/SecretBox.h"

#include "core/crypto/Digest.h"
#include "core/crypto/OpenSsl.h"
#include "core/crypto/Random.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

constexpr char s_version1 = 0x01;
constexpr qsizetype s_headerSize = 1 + SecretBox::KeyIdSize;

struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
};

using CipherContextPtr = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

const unsigned char *bytes(QByteArrayView view)
{
    // OpenSSL wants a valid pointer even for zero lengths.
    static const unsigned char s_empty = 0;
    return view.isEmpty() ? &s_empty : reinterpret_cast<const unsigned char *>(view.data());
}

unsigned char *bytes(QByteArray &array, qsizetype offset)
{
    return reinterpret_cast<unsigned char *>(array.data()) + offset;
}

// The header and the caller's associated data, which GCM authenticates without encrypting.
// The header has a fixed length, so the concatenation cannot be read two ways.
QByteArray additionalData(QByteArrayView header, QByteArrayView associatedData)
{
    QByteArray aad;
    aad.reserve(header.size() + associatedData.size());
    aad.append(header);
    aad.append(associatedData);
    return aad;
}

} // namespace

struct SecretBox::Private
{
    std::array<unsigned char, KeySize> key{};
    QByteArray keyId;

    ~Private() { OPENSSL_cleanse(key.data(), key.size()); }
};

SecretBox::SecretBox(std::shared_ptr<const Private> data)
    : d(std::move(data))
{}

Result<SecretBox> SecretBox::fromKey(QByteArrayView key)
{
    if (key.size() != KeySize) {
        return fail(Error::Code::InvalidInput,
                    tr("The data encryption key has the wrong size."),
                    u"expected %1 bytes, got %2"_s.arg(KeySize).arg(key.size()));
    }
    auto data = std::make_shared<Private>();
    std::copy_n(reinterpret_cast<const unsigned char *>(key.data()), KeySize, data->key.begin());
    QByteArray labelled = QByteArrayLiteral("Espalier SecretBox key id v1");
    labelled.append(key);
    data->keyId = Digest::sha256(labelled).left(KeyIdSize);
    OpenSsl::cleanse(labelled);
    if (data->keyId.size() != KeyIdSize) {
        return fail(Error::Code::Crypto,
                    tr("The data encryption key could not be prepared."),
                    u"SHA-256 unavailable"_s);
    }
    return SecretBox(std::move(data));
}

Result<QByteArray> SecretBox::generateKey()
{
    return Random::bytes(KeySize);
}

QByteArray SecretBox::keyId() const
{
    return d->keyId;
}

Result<QByteArray> SecretBox::seal(QByteArrayView plaintext, QByteArrayView associatedData) const
{
    if (plaintext.size() > MaxPlaintextSize
        || associatedData.size() > std::numeric_limits<int>::max() - s_headerSize) {
        return fail(Error::Code::InvalidInput,
                    tr("The secret is too large to be stored."),
                    u"%1 bytes, at most %2"_s.arg(plaintext.size()).arg(MaxPlaintextSize));
    }
    Result<QByteArray> nonce = Random::bytes(NonceSize);
    if (!nonce)
        return fail(nonce.error());

    QByteArray box(Overhead + plaintext.size(), Qt::Uninitialized);
    box[0] = s_version1;
    std::copy_n(d->keyId.constData(), KeyIdSize, box.data() + 1);
    std::copy_n(nonce->constData(), NonceSize, box.data() + s_headerSize);
    const QByteArray aad = additionalData(QByteArrayView(box).first(s_headerSize), associatedData);

    CipherContextPtr context(EVP_CIPHER_CTX_new());
    int length = 0;
    const qsizetype cipherOffset = s_headerSize + NonceSize;
    const bool sealed
        = context
          && EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
          && EVP_CIPHER_CTX_ctrl(
                 context.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(NonceSize), nullptr)
                 == 1
          && EVP_EncryptInit_ex(context.get(), nullptr, nullptr, d->key.data(), bytes(*nonce)) == 1
          && EVP_EncryptUpdate(
                 context.get(), nullptr, &length, bytes(aad), static_cast<int>(aad.size()))
                 == 1
          && EVP_EncryptUpdate(context.get(),
                               bytes(box, cipherOffset),
                               &length,
                               bytes(plaintext),
                               static_cast<int>(plaintext.size()))
                 == 1
          && length == plaintext.size()
          && EVP_EncryptFinal_ex(context.get(), bytes(box, cipherOffset + length), &length) == 1
          && length == 0
          && EVP_CIPHER_CTX_ctrl(context.get(),
                                 EVP_CTRL_GCM_GET_TAG,
                                 static_cast<int>(TagSize),
                                 bytes(box, cipherOffset + plaintext.size()))
                 == 1;
    if (!sealed) {
        OpenSsl::cleanse(box);
        return OpenSsl::failure(Error::Code::Crypto, tr("The secret could not be encrypted."));
    }
    return box;
}

Result<QByteArray> SecretBox::open(QByteArrayView box, QByteArrayView associatedData) const
{
    if (box.size() < Overhead || box.size() - Overhead > MaxPlaintextSize
        || associatedData.size() > std::numeric_limits<int>::max() - s_headerSize) {
        return fail(Error::Code::InvalidInput,
                    tr("The stored secret is damaged."),
                    u"a sealed box of %1 bytes"_s.arg(box.size()));
    }
    if (box.at(0) != s_version1) {
        return fail(Error::Code::Unsupported,
                    tr("The stored secret was written by a newer version of Espalier."),
                    u"sealed box version %1"_s.arg(static_cast<unsigned char>(box.at(0))));
    }
    if (box.sliced(1, KeyIdSize) != QByteArrayView(d->keyId)) {
        return fail(Error::Code::Crypto,
                    tr("The stored secret was encrypted with a different key."),
                    u"box key id %1, current key id %2"_s.arg(
                        QString::fromLatin1(box.sliced(1, KeyIdSize).toByteArray().toHex()),
                        QString::fromLatin1(d->keyId.toHex())));
    }
    const QByteArrayView nonce = box.sliced(s_headerSize, NonceSize);
    const QByteArrayView ciphertext = box.sliced(s_headerSize + NonceSize, box.size() - Overhead);
    // OpenSSL takes the expected tag through a non-const pointer; give it a copy.
    QByteArray tag = box.last(TagSize).toByteArray();
    const QByteArray aad = additionalData(box.first(s_headerSize), associatedData);

    QByteArray plaintext(ciphertext.size(), Qt::Uninitialized);
    CipherContextPtr context(EVP_CIPHER_CTX_new());
    int length = 0;
    const bool ready
        = context
          && EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
          && EVP_CIPHER_CTX_ctrl(
                 context.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(NonceSize), nullptr)
                 == 1
          && EVP_DecryptInit_ex(context.get(), nullptr, nullptr, d->key.data(), bytes(nonce)) == 1
          && EVP_DecryptUpdate(
                 context.get(), nullptr, &length, bytes(aad), static_cast<int>(aad.size()))
                 == 1
          && EVP_DecryptUpdate(context.get(),
                               bytes(plaintext, 0),
                               &length,
                               bytes(ciphertext),
                               static_cast<int>(ciphertext.size()))
                 == 1
          && length == ciphertext.size()
          && EVP_CIPHER_CTX_ctrl(
                 context.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(TagSize), bytes(tag, 0))
                 == 1;
    if (!ready) {
        OpenSsl::cleanse(plaintext);
        return OpenSsl::failure(Error::Code::Crypto, tr("The stored secret could not be read."));
    }
    // Final checks the tag: this is where a wrong key, changed bytes or other associated data
    // show up. Nothing of the plaintext leaves before it passes.
    if (EVP_DecryptFinal_ex(context.get(), bytes(plaintext, length), &length) != 1) {
        OpenSsl::cleanse(plaintext);
        (void)OpenSsl::takeErrors();
        return fail(Error::Code::Crypto,
                    tr("The stored secret is damaged or was altered."),
                    u"GCM authentication failed"_s);
    }
    return plaintext;
}

} // namespace Espalier
