// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Espalier {

// What a row of `certificates` is for: the local CA, or the HTTPS server's certificate.
enum class CertificateKind {
    Ca,
    Tls,
};

// One certificate of the server's own PKI as stored: the public DER and a reference to its
// private key in the keychain (SecretStore), never the key itself.
struct CertificateRecord
{
    QString sha256; // lower-case hex of the DER's SHA-256
    CertificateKind kind = CertificateKind::Ca;
    QString subject;
    QByteArray der;
    QString keyRef; // SecretStore key; empty when no key is held
    QDateTime notBefore;
    QDateTime notAfter;
    QDateTime createdAt;
    QDateTime retiredAt; // invalid while current

    [[nodiscard]] bool isRetired() const { return retiredAt.isValid(); }
};

} // namespace Espalier
