// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <memory>

namespace Espalier {

// Seals small secrets (unlock tokens, bootstrap tokens, PINs) with AES-256-GCM under a 32-byte
// data key, so the store can keep them in ordinary columns. The engine keeps the data key in the
// OS keychain and hands it over at start-up. Copies share one immutable key, which is scrubbed
// when the last copy goes; seal() and open() keep no state, so any thread may call them.
//
// A sealed box, version 1: 0x01 | key id (4 bytes) | nonce (12 random bytes) | ciphertext |
// GCM tag (16 bytes). The version byte and the key id are authenticated along with the caller's
// associated data, which binds a box to where it belongs (such as an enrollment and a column):
// a box opened with other associated data, another key or any changed byte fails.
class SecretBox final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::SecretBox)

public:
    static constexpr qsizetype KeySize = 32;
    static constexpr qsizetype KeyIdSize = 4;
    static constexpr qsizetype NonceSize = 12;
    static constexpr qsizetype TagSize = 16;
    static constexpr qsizetype Overhead = 1 + KeyIdSize + NonceSize + TagSize;
    // Secrets are small; anything larger is refused rather than sealed.
    static constexpr qsizetype MaxPlaintextSize = 1024 * 1024;

    // A box over a copy of the key, which must be exactly KeySize bytes. The caller scrubs its
    // own copy with OpenSsl::cleanse() when done.
    [[nodiscard]] static Result<SecretBox> fromKey(QByteArrayView key);

    // A fresh random data key; the caller stores it in the keychain and scrubs it after use.
    [[nodiscard]] static Result<QByteArray> generateKey();

    // The box for plaintext, with a fresh random nonce each time.
    [[nodiscard]] Result<QByteArray> seal(QByteArrayView plaintext,
                                          QByteArrayView associatedData = {}) const;

    // The plaintext of a box sealed with this key and the same associated data. A box from
    // another key or that was changed in any way fails with Error::Code::Crypto; a box in an
    // unknown version with Unsupported; one too short to be a box with InvalidInput. The caller
    // scrubs the returned plaintext with OpenSsl::cleanse() when done.
    [[nodiscard]] Result<QByteArray> open(QByteArrayView box,
                                          QByteArrayView associatedData = {}) const;

    // Identifies the key without revealing it (a truncated SHA-256 over a domain label and the
    // key), so a box sealed under another key can be told apart from a damaged one.
    [[nodiscard]] QByteArray keyId() const;

private:
    struct Private;

    explicit SecretBox(std::shared_ptr<const Private> d);

    std::shared_ptr<const Private> d;
};

} // namespace Espalier
