// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/KeyAlgorithm.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <memory>

namespace Espalier {

// A public key (RSA or EC) as held by OpenSSL; it never carries private material. Copies share
// one immutable key, so they are cheap and may cross threads. A default-constructed key is null.
class PublicKey final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::PublicKey)

public:
    PublicKey();

    // SubjectPublicKeyInfo, as DER or as a "PUBLIC KEY" PEM block.
    [[nodiscard]] static Result<PublicKey> fromDer(QByteArrayView der);
    [[nodiscard]] static Result<PublicKey> fromPem(QByteArrayView pem);

    [[nodiscard]] bool isNull() const { return !d; }

    [[nodiscard]] QByteArray toDer() const;
    [[nodiscard]] QByteArray toPem() const;
    [[nodiscard]] KeyAlgorithm algorithm() const;
    [[nodiscard]] int bits() const;

    // Whether signature is this key's PrivateKey::signSha256() signature over data.
    [[nodiscard]] bool verifySha256(QByteArrayView data, QByteArrayView signature) const;

    // Equal when the key material is, however it was encoded.
    [[nodiscard]] bool operator==(const PublicKey &other) const;

private:
    struct Private;
    std::shared_ptr<const Private> d;
    friend class OpenSslHandles;
};

} // namespace Espalier
