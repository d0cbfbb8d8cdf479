// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Espalier {

// Looks for secrets in files and captured logs the way someone holding a copy of them would:
// each secret in every form it could take there (raw bytes, hex, base64 and base64url; text as
// UTF-8 and UTF-16), and a long one also as slices, because SQLite splits a long value across
// pages. A private key is looked for as its PEM, its DER and its private numbers. Plain value;
// any thread.
class SecretScanner final
{
public:
    enum class Kind {
        Bytes,
        Text,
        // Decimal digits (a PIN): found only where no other digit touches them.
        Digits,
    };

    struct Finding
    {
        QString secret; // the name it was added under
        QString form;   // "raw", "hex", "base64", "utf-16", "slice 3 of base64", ...
        QString where;
        qint64 offset = 0;
    };

    void addSecret(const QString &name, const QByteArray &secret, Kind kind);
    // PEM (PKCS#8 or traditional) of an RSA or EC key.
    [[nodiscard]] Result<void> addPrivateKeyPem(const QString &name, const QByteArray &pem);
    // Every secret an engine keeps in the keychain under this service: the data key and each
    // entry the store refers to (CA, TLS and push keys, push request keys, lock PINs). Reads the
    // keychain on this thread, spinning its event loop; yields how many private keys it added.
    [[nodiscard]] Result<int> addKeychainSecrets(const QString &databasePath,
                                                 const QString &keychainService);

    [[nodiscard]] QList<Finding> scan(const QByteArray &haystack, const QString &where) const;
    // A missing file has nothing in it.
    [[nodiscard]] QList<Finding> scanFile(const QString &path) const;

    [[nodiscard]] int secretCount() const { return int(m_names.size()); }

    [[nodiscard]] QStringList names() const { return m_names; }

    [[nodiscard]] static QString describe(const QList<Finding> &findings);

private:
    struct Needle
    {
        QString secret;
        QString form;
        QByteArray bytes;
        bool digitBoundaries = false;
    };

    void addForms(const QString &name, const QString &form, const QByteArray &encoded);

    QStringList m_names;
    QList<Needle> m_needles;
};

} // namespace Espalier
