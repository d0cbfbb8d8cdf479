// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Espalier {

// The HTTPS server's identity: its certificate, private key and the intermediates sent along in
// the handshake. Issued by our CertificateAuthority, or imported by an administrator (PEM or
// PKCS#12), in which case check() decides whether Apple devices will accept it
// (mdm-protocol.md §2). A value: copies share the immutable key and may cross threads. The key
// stays in core and never reaches a log or an error.
class ServerIdentity final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::ServerIdentity)

public:
    // Where the chain that check() built ends.
    enum class Anchor {
        // A root the caller trusts (system roots, our CA): devices trust it too, or can be made to.
        TrustedRoot,
        // A self-signed root that came in the imported file: a private CA that each device must
        // be told to trust first (§8.4); worth a warning.
        IncludedRoot,
    };

    struct CheckOptions
    {
        // Roots that count as trusted, e.g. the system's roots and our own CA.
        QList<Certificate> trustedRoots{};
        // When the certificate must be valid; pass Clock::now().
        QDateTime at{};
        // When set, the certificate must name this host (a DNS name, wildcards allowed for one
        // label, or an IP address) in its subjectAltName.
        QString hostName{};
    };

    ServerIdentity();
    ServerIdentity(Certificate certificate, PrivateKey key, QList<Certificate> chain = {});

    // Certificates and key from PEM, which may be one file holding both. The server certificate is
    // the one whose public key matches the private key, wherever it stands; every other
    // certificate becomes the chain. A key that matches none of them is refused.
    [[nodiscard]] static Result<ServerIdentity> fromPem(QByteArrayView certificatesPem,
                                                        QByteArrayView keyPem,
                                                        const QString &passphrase = {});
    [[nodiscard]] static Result<ServerIdentity> fromPkcs12(QByteArrayView data,
                                                           const QString &password);

    [[nodiscard]] bool isNull() const { return m_certificate.isNull(); }

    [[nodiscard]] const Certificate &certificate() const { return m_certificate; }

    [[nodiscard]] const PrivateKey &key() const { return m_key; }

    [[nodiscard]] const QList<Certificate> &chain() const { return m_chain; }

    // Whether Apple devices will accept this as an MDM server's certificate: the key belongs to
    // the certificate, it is not a CA, it has a subjectAltName (covering hostName when given), EKU
    // serverAuth, an RSA key of 2048 bits or more (or EC of 256 or more), a SHA-2 signature, is
    // valid at `at` for no more than 825 days in total, and chains through the intermediates to a
    // trusted or included root. Each refusal says what is wrong in words an administrator can act
    // on.
    [[nodiscard]] Result<Anchor> check(const CheckOptions &options) const;

    // Whether a subjectAltName DNS entry (possibly "*.example.com") covers the host.
    [[nodiscard]] static bool dnsNameMatches(const QString &pattern, const QString &host);

private:
    Certificate m_certificate;
    PrivateKey m_key;
    QList<Certificate> m_chain;
};

} // namespace Espalier
