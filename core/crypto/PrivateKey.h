// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/KeyAlgorithm.h"
#include "core/crypto/PublicKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Espalier {

class Certificate;

// An RSA or EC private key held by OpenSSL. Copies share one immutable key (reference counted),
// so they are cheap and may cross threads; OpenSSL scrubs the key when the last copy goes.
// Generating, encrypting and decrypting keys take tens to hundreds of milliseconds: call them on
// a worker thread, never the UI thread. The key never goes into a QVariant, a log or an error.
class PrivateKey final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::PrivateKey)

public:
    PrivateKey();

    // 2048, 3072 or 4096 bits.
    [[nodiscard]] static Result<PrivateKey> generateRsa(int bits = 2048);
    [[nodiscard]] static Result<PrivateKey> generateEcP256();

    // PKCS#8 (plain or encrypted) or a traditional RSA/EC key. A PEM file may hold other blocks,
    // such as certificates; the first private key is taken. A wrong passphrase fails with
    // Error::Code::Crypto; a missing one or unreadable data with InvalidInput.
    [[nodiscard]] static Result<PrivateKey> fromPem(QByteArrayView pem,
                                                    const QString &passphrase = {});
    [[nodiscard]] static Result<PrivateKey> fromDer(QByteArrayView der,
                                                    const QString &passphrase = {});

    [[nodiscard]] bool isNull() const { return !d; }

    // PKCS#8 PEM; with a passphrase, encrypted with AES-256-CBC under PBKDF2. The caller owns
    // the key bytes returned here and scrubs them with OpenSsl::cleanse() when done.
    [[nodiscard]] Result<QByteArray> toPem(const QString &passphrase = {}) const;
    // Unencrypted PKCS#8 DER; the same care applies.
    [[nodiscard]] Result<QByteArray> toDer() const;

    [[nodiscard]] PublicKey publicKey() const;
    // SubjectPublicKeyInfo DER of the public half.
    [[nodiscard]] QByteArray publicKeyDer() const;
    [[nodiscard]] KeyAlgorithm algorithm() const;
    [[nodiscard]] int bits() const;

    // Whether the certificate carries this key's public half.
    [[nodiscard]] bool matches(const Certificate &certificate) const;

    // A signature over the SHA-256 digest of data: RSA PKCS#1 v1.5 for an RSA key (what Apple
    // asks of a vendor-signed push certificate request), DER-encoded ECDSA for an EC key.
    // PublicKey::verifySha256() checks it.
    [[nodiscard]] Result<QByteArray> signSha256(QByteArrayView data) const;

private:
    struct Private;
    std::shared_ptr<const Private> d;
    friend class OpenSslHandles;
};

} // namespace Espalier
