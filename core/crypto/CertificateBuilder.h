// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/DistinguishedName.h"
#include "core/crypto/ExtendedKeyUsage.h"
#include "core/crypto/KeyUsage.h"
#include "core/crypto/SubjectAltNames.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Espalier {

class CertificateRequest;
class PrivateKey;
class PublicKey;

// Issues X.509 v3 certificates: a self-signed CA, and leaf certificates signed by a CA for a
// public key or a certificate request. Every certificate gets a random positive 16-byte serial,
// SHA-256 signature, subject and authority key identifiers and a critical basicConstraints.
// A builder is a plain value for one thread; signing with an RSA key takes milliseconds, so
// issue on a worker thread.
class CertificateBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::CertificateBuilder)

public:
    CertificateBuilder &setSubject(const DistinguishedName &subject);
    // Required; notAfter must come after notBefore. Seconds are the finest unit kept.
    CertificateBuilder &setValidity(const QDateTime &notBefore, const QDateTime &notAfter);
    CertificateBuilder &setSubjectAltNames(const SubjectAltNames &names);
    // A critical keyUsage extension; none when empty.
    CertificateBuilder &setKeyUsage(KeyUsages usage);
    // An extendedKeyUsage extension; none when empty.
    CertificateBuilder &setExtendedKeyUsage(ExtendedKeyUsages usage);

    // CA:TRUE (critical) and keyUsage keyCertSign + cRLSign, plus any usage set here.
    [[nodiscard]] Result<Certificate> issueSelfSignedCa(const PrivateKey &key) const;

    // CA:FALSE, signed by its own key: an end-entity certificate that stands alone, such as
    // the one a CSR-signing service encrypts its reply to.
    [[nodiscard]] Result<Certificate> issueSelfSigned(const PrivateKey &key) const;

    // CA:FALSE, for the subject key, signed by the issuer CA with its key.
    [[nodiscard]] Result<Certificate> issue(const PublicKey &subjectKey,
                                            const Certificate &issuer,
                                            const PrivateKey &issuerKey) const;

    // As above for the request's key, once its signature checks out. The subject set here wins;
    // without one the request's subject is used. Requested extensions are not copied: the
    // issuer decides (read them from the request and set what it grants).
    [[nodiscard]] Result<Certificate> issue(const CertificateRequest &request,
                                            const Certificate &issuer,
                                            const PrivateKey &issuerKey) const;

private:
    [[nodiscard]] Result<Certificate> issueFor(const DistinguishedName &subject,
                                               const PublicKey &subjectKey,
                                               const Certificate &issuer,
                                               const PrivateKey &issuerKey) const;
    // A null issuer makes a self-signed certificate.
    [[nodiscard]] Result<Certificate> build(const DistinguishedName &subject,
                                            const PublicKey &subjectKey,
                                            const Certificate &issuer,
                                            const PrivateKey &signingKey,
                                            bool ca) const;

    DistinguishedName m_subject;
    QDateTime m_notBefore;
    QDateTime m_notAfter;
    SubjectAltNames m_subjectAltNames;
    KeyUsages m_keyUsage;
    ExtendedKeyUsages m_extendedKeyUsage;
};

} // namespace Espalier
