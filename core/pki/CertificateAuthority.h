// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/DistinguishedName.h"
#include "core/crypto/PrivateKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace Espalier {

class CertificateRequest;
class PublicKey;
class ServerIdentity;

// The local certificate authority: a self-signed RSA CA that issues the devices' MDM identities
// (through SCEP) and, for shops without a public certificate, the HTTPS server's certificate.
// A value: copies share the immutable certificate and key and may cross threads. Generating and
// issuing are RSA work, so call them on the engine thread or a worker, never the UI thread.
// PkiStore persists a CA (certificate in the store, key in the keychain).
class CertificateAuthority final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::CertificateAuthority)

public:
    struct Options
    {
        // A common name is required.
        DistinguishedName subject{};
        // 2048, 3072 or 4096. RSA, because SCEP clients encrypt their requests to this key.
        int keyBits = 2048;
        int validityDays = 3650;
    };

    // What an HTTPS server certificate is for. At least one DNS name or IP address; devices read
    // only the subjectAltName (mdm-protocol.md §2), and a DNS name is strongly preferred.
    struct ServerCertificateOptions
    {
        QStringList dnsNames{};
        QList<QHostAddress> ipAddresses{};
        // The subject's common name; the first DNS name (or address) when empty.
        QString commonName{};
        // Apple refuses TLS certificates valid for longer than 825 days.
        int validityDays = MaxServerValidityDays;
    };

    static constexpr int MinimumRsaBits = 2048;
    static constexpr int MaxServerValidityDays = 825;
    static constexpr int DefaultIdentityValidityDays = 365;
    // Issued certificates start this long before "now", so a device whose clock runs a little
    // behind still accepts them.
    static constexpr int BackdateSeconds = 3600;

    CertificateAuthority();

    // A new RSA key and a self-signed CA certificate valid from now (backdated as above).
    [[nodiscard]] static Result<CertificateAuthority> generate(const Options &options,
                                                               const QDateTime &now);
    // An existing CA: the certificate must be a CA with an RSA key of at least 2048 bits, and
    // the key must be its key.
    [[nodiscard]] static Result<CertificateAuthority> fromParts(const Certificate &certificate,
                                                                const PrivateKey &key);

    [[nodiscard]] bool isNull() const { return m_certificate.isNull(); }

    [[nodiscard]] const Certificate &certificate() const { return m_certificate; }

    // Stays in core: signing SCEP replies and profiles needs it; never log or copy it out.
    [[nodiscard]] const PrivateKey &key() const { return m_key; }

    // A device's MDM identity for a verified request: the request's subject, EKU clientAuth,
    // key usage digitalSignature + keyEncipherment, a random serial, validityDays long but never
    // past the CA's own end. The request's key must be RSA (2048 bits or more) or EC P-256 or
    // larger; its requested extensions are ignored.
    [[nodiscard]] Result<Certificate> issueDeviceIdentity(const CertificateRequest &request,
                                                          const QDateTime &now,
                                                          int validityDays
                                                          = DefaultIdentityValidityDays) const;

    // An HTTPS server certificate for the key: SAN from the options, EKU serverAuth, key usage
    // digitalSignature + keyEncipherment, SHA-256, at most 825 days.
    [[nodiscard]] Result<Certificate> issueServerCertificate(
        const PublicKey &key, const ServerCertificateOptions &options, const QDateTime &now) const;

    // As above with a new RSA key, returned with the certificate and this CA as its chain.
    [[nodiscard]] Result<ServerIdentity> issueServerIdentity(
        const ServerCertificateOptions &options,
        const QDateTime &now,
        int keyBits = MinimumRsaBits) const;

private:
    CertificateAuthority(Certificate certificate, PrivateKey key);

    struct Validity
    {
        QDateTime notBefore;
        QDateTime notAfter;
    };

    // The validity of a certificate issued now: backdated, and clipped to the CA's own end.
    [[nodiscard]] Result<Validity> validity(const QDateTime &now, int days) const;

    Certificate m_certificate;
    PrivateKey m_key;
};

} // namespace Espalier
