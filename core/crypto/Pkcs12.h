// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Espalier {

// PKCS#12 (.p12/.pfx) identity files: a private key, its certificate and the chain, sealed with
// a password. Stateless and thread-safe; the password-based key derivation takes tens of
// milliseconds, so call it on a worker thread.
class Pkcs12 final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::Pkcs12)

public:
    struct Identity
    {
        PrivateKey key{};
        Certificate certificate{};
        QList<Certificate> chain{};
        QString friendlyName{};
    };

    Pkcs12() = delete;

    // Key and certificates encrypted with AES-256-CBC under PBKDF2 (2048 iterations) and a
    // SHA-256 MAC, OpenSSL 3's defaults. The password must not be empty.
    [[nodiscard]] static Result<QByteArray> create(const PrivateKey &key,
                                                   const Certificate &certificate,
                                                   const QList<Certificate> &chain,
                                                   const QString &password,
                                                   const QString &friendlyName = {});

    // Reads current and legacy (RC2-40/3DES, as macOS Keychain exports) files. A wrong password
    // fails with Error::Code::Crypto and "The password is wrong."; a damaged file or one that
    // is not PKCS#12 with InvalidInput; algorithms this system cannot read with Unsupported.
    [[nodiscard]] static Result<Identity> parse(QByteArrayView data, const QString &password);
};

} // namespace Espalier
