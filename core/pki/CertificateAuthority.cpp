// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pki/CertificateAuthority.h"

#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/CertificateRequest.h"
#include "core/crypto/PublicKey.h"
#include "core/pki/ServerIdentity.h"

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

constexpr int MaxCaValidityDays = 30 * 365;
constexpr int MaxIdentityValidityDays = 5 * 365;

// What we sign for others: RSA of at least 2048 bits (Apple's TLS floor, and SCEP's), or EC of
// at least 256 bits.
bool isAcceptableKey(const PublicKey &key)
{
    switch (key.algorithm()) {
    case KeyAlgorithm::Rsa:
        return key.bits() >= CertificateAuthority::MinimumRsaBits;
    case KeyAlgorithm::Ec:
        return key.bits() >= 256;
    case KeyAlgorithm::Other:
        break;
    }
    return false;
}

} // namespace

CertificateAuthority::CertificateAuthority() = default;

CertificateAuthority::CertificateAuthority(Certificate certificate, PrivateKey key)
    : m_certificate(std::move(certificate))
    , m_key(std::move(key))
{}

Result<CertificateAuthority> CertificateAuthority::generate(const Options &options,
                                                            const QDateTime &now)
{
    if (options.subject.commonName.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, tr("The certificate authority needs a name."));
    if (options.keyBits != 2048 && options.keyBits != 3072 && options.keyBits != 4096) {
        return fail(Error::Code::InvalidInput,
                    tr("The certificate authority key must have 2048, 3072 or 4096 bits."),
                    u"%1 bits requested"_s.arg(options.keyBits));
    }
    if (options.validityDays < 1 || options.validityDays > MaxCaValidityDays) {
        return fail(Error::Code::InvalidInput,
                    tr("The certificate authority must be valid for 1 day to 30 years."));
    }
    if (!now.isValid())
        return fail(Error::Code::InvalidInput, tr("The current time is unknown."));
    Result<PrivateKey> key = PrivateKey::generateRsa(options.keyBits);
    if (!key)
        return fail(key.error());
    const QDateTime notBefore = now.toUTC().addSecs(-BackdateSeconds);
    CertificateBuilder builder;
    // The CA signs SCEP replies and decrypts SCEP requests itself (there is no separate RA), so
    // besides certificate signing its key may sign and encipher.
    builder.setSubject(options.subject)
        .setValidity(notBefore, notBefore.addDays(options.validityDays))
        .setKeyUsage(KeyUsage::DigitalSignature | KeyUsage::KeyEncipherment);
    Result<Certificate> certificate = builder.issueSelfSignedCa(*key);
    if (!certificate)
        return fail(certificate.error());
    return CertificateAuthority(*certificate, *key);
}

Result<CertificateAuthority> CertificateAuthority::fromParts(const Certificate &certificate,
                                                             const PrivateKey &key)
{
    if (certificate.isNull() || key.isNull()) {
        return fail(Error::Code::InvalidInput,
                    tr("The certificate authority needs its certificate and its key."));
    }
    if (!certificate.isCa()) {
        return fail(Error::Code::InvalidInput,
                    tr("The certificate is not a certificate authority."),
                    certificate.subjectText());
    }
    if (key.algorithm() != KeyAlgorithm::Rsa || key.bits() < MinimumRsaBits) {
        return fail(Error::Code::InvalidInput,
                    tr("The certificate authority needs an RSA key of at least 2048 bits, because "
                       "devices encrypt their SCEP requests to it."));
    }
    if (!key.matches(certificate)) {
        return fail(Error::Code::InvalidInput,
                    tr("The key does not belong to the certificate authority."),
                    certificate.subjectText());
    }
    return CertificateAuthority(certificate, key);
}

Result<CertificateAuthority::Validity> CertificateAuthority::validity(const QDateTime &now,
                                                                      int days) const
{
    if (isNull())
        return fail(Error::Code::InvalidInput, tr("There is no certificate authority."));
    if (!now.isValid())
        return fail(Error::Code::InvalidInput, tr("The current time is unknown."));
    const QDateTime utcNow = now.toUTC();
    if (utcNow < m_certificate.notBefore() || utcNow >= m_certificate.notAfter()) {
        return fail(Error::Code::Tls,
                    tr("The certificate authority is not valid now (valid from %1 to %2).")
                        .arg(m_certificate.notBefore().toString(Qt::ISODate),
                             m_certificate.notAfter().toString(Qt::ISODate)));
    }
    Validity validity;
    validity.notBefore = std::max(utcNow.addSecs(-BackdateSeconds), m_certificate.notBefore());
    validity.notAfter = std::min(validity.notBefore.addDays(days), m_certificate.notAfter());
    return validity;
}

Result<Certificate> CertificateAuthority::issueDeviceIdentity(const CertificateRequest &request,
                                                              const QDateTime &now,
                                                              int validityDays) const
{
    if (validityDays < 1 || validityDays > MaxIdentityValidityDays) {
        return fail(Error::Code::InvalidInput,
                    tr("A device identity must be valid for 1 day to 5 years."));
    }
    if (request.isNull() || !request.verifySignature()) {
        return fail(Error::Code::InvalidInput,
                    tr("The certificate request is not signed by its own key."));
    }
    if (!isAcceptableKey(request.publicKey())) {
        return fail(Error::Code::InvalidInput,
                    tr("The device's key is too weak: RSA needs at least 2048 bits, EC at least "
                       "256."),
                    u"%1 bits"_s.arg(request.publicKey().bits()));
    }
    if (request.subject().isEmpty()) {
        return fail(Error::Code::InvalidInput, tr("The certificate request names no subject."));
    }
    Result<Validity> period = validity(now, validityDays);
    if (!period)
        return fail(period.error());
    CertificateBuilder builder;
    builder.setValidity(period->notBefore, period->notAfter)
        .setKeyUsage(KeyUsage::DigitalSignature | KeyUsage::KeyEncipherment)
        .setExtendedKeyUsage(ExtendedKeyUsage::ClientAuth);
    return builder.issue(request, m_certificate, m_key);
}

Result<Certificate> CertificateAuthority::issueServerCertificate(
    const PublicKey &key, const ServerCertificateOptions &options, const QDateTime &now) const
{
    if (options.dnsNames.isEmpty() && options.ipAddresses.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    tr("A server certificate needs the server's DNS name or IP address."));
    }
    for (const QString &name : options.dnsNames) {
        if (name.trimmed().isEmpty() || name.trimmed() != name) {
            return fail(Error::Code::InvalidInput,
                        tr("The DNS name \"%1\" is not valid.").arg(name));
        }
    }
    for (const QHostAddress &address : options.ipAddresses) {
        if (address.isNull())
            return fail(Error::Code::InvalidInput, tr("An IP address is not valid."));
    }
    if (options.validityDays < 1 || options.validityDays > MaxServerValidityDays) {
        return fail(Error::Code::InvalidInput,
                    tr("A server certificate may be valid for at most %1 days; Apple devices "
                       "refuse longer ones.")
                        .arg(MaxServerValidityDays));
    }
    if (!isAcceptableKey(key)) {
        return fail(Error::Code::InvalidInput,
                    tr("The server key is too weak: RSA needs at least 2048 bits, EC at least "
                       "256."));
    }
    Result<Validity> period = validity(now, options.validityDays);
    if (!period)
        return fail(period.error());
    QString commonName = options.commonName;
    if (commonName.isEmpty()) {
        commonName = options.dnsNames.isEmpty() ? options.ipAddresses.constFirst().toString()
                                                : options.dnsNames.constFirst();
    }
    CertificateBuilder builder;
    builder.setSubject({.commonName = commonName})
        .setValidity(period->notBefore, period->notAfter)
        .setSubjectAltNames({.dnsNames = options.dnsNames, .ipAddresses = options.ipAddresses})
        .setKeyUsage(KeyUsage::DigitalSignature | KeyUsage::KeyEncipherment)
        .setExtendedKeyUsage(ExtendedKeyUsage::ServerAuth);
    return builder.issue(key, m_certificate, m_key);
}

Result<ServerIdentity> CertificateAuthority::issueServerIdentity(
    const ServerCertificateOptions &options, const QDateTime &now, int keyBits) const
{
    if (keyBits != 2048 && keyBits != 3072 && keyBits != 4096) {
        return fail(Error::Code::InvalidInput,
                    tr("The server key must have 2048, 3072 or 4096 bits."));
    }
    Result<PrivateKey> key = PrivateKey::generateRsa(keyBits);
    if (!key)
        return fail(key.error());
    Result<Certificate> certificate = issueServerCertificate(key->publicKey(), options, now);
    if (!certificate)
        return fail(certificate.error());
    return ServerIdentity(*certificate, *key, {m_certificate});
}

} // namespace Espalier
