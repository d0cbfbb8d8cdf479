// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/CertificateBuilder.h"

#include "core/crypto/CertificateRequest.h"
#include "core/crypto/OpenSsl.h"
#include "core/crypto/OpenSslHandles.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/PublicKey.h"
#include "core/crypto/Random.h"
#include "core/crypto/X509Fields.h"

#include <openssl/err.h>

namespace Espalier {

namespace {

tl::unexpected<Error> buildFailure()
{
    return OpenSsl::failure(Error::Code::Crypto,
                            CertificateBuilder::tr("The certificate could not be built."));
}

// RFC 5280 4.1.2.2: positive, at most 20 octets. 16 random bytes with the top bit cleared, and
// the first byte never zero so the serial always encodes as 16 bytes.
bool setRandomSerial(X509 *x509)
{
    Result<QByteArray> bytes = Random::bytes(16);
    if (!bytes)
        return false;
    (*bytes)[0] = static_cast<char>((bytes->at(0) & 0x7f) | 0x01);
    BigNumPtr number(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes->constData()),
                               static_cast<int>(bytes->size()),
                               nullptr));
    Asn1IntegerPtr serial(number ? BN_to_ASN1_INTEGER(number.get(), nullptr) : nullptr);
    return serial && X509_set_serialNumber(x509, serial.get());
}

// The RFC 5280 method-1 key identifier: SHA-1 of the subjectPublicKey bits.
Asn1OctetStringPtr keyIdentifier(const X509 *x509)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    Asn1OctetStringPtr identifier(ASN1_OCTET_STRING_new());
    if (!identifier || !X509_pubkey_digest(x509, EVP_sha1(), digest, &length)
        || !ASN1_OCTET_STRING_set(identifier.get(), digest, static_cast<int>(length))) {
        return {};
    }
    return identifier;
}

bool addExtension(X509 *x509, int nid, void *value, bool critical)
{
    return X509_add1_ext_i2d(x509, nid, value, critical ? 1 : 0, X509V3_ADD_DEFAULT) == 1;
}

bool addKeyIdentifiers(X509 *x509, X509 *issuer)
{
    Asn1OctetStringPtr subjectKeyId = keyIdentifier(x509);
    if (!subjectKeyId
        || !addExtension(x509, NID_subject_key_identifier, subjectKeyId.get(), false)) {
        return false;
    }
    // The issuer's own identifier when it has one, so chain building matches it exactly.
    const ASN1_OCTET_STRING *issuerKeyId = issuer ? X509_get0_subject_key_id(issuer) : nullptr;
    Asn1OctetStringPtr computed;
    if (!issuerKeyId) {
        computed = issuer ? keyIdentifier(issuer) : std::move(subjectKeyId);
        issuerKeyId = computed.get();
    }
    std::unique_ptr<AUTHORITY_KEYID, OpenSslDeleter<&AUTHORITY_KEYID_free>> authorityKeyId(
        AUTHORITY_KEYID_new());
    if (!issuerKeyId || !authorityKeyId)
        return false;
    authorityKeyId->keyid = ASN1_OCTET_STRING_dup(issuerKeyId);
    return authorityKeyId->keyid
           && addExtension(x509, NID_authority_key_identifier, authorityKeyId.get(), false);
}

bool addBasicConstraints(X509 *x509, bool ca)
{
    std::unique_ptr<BASIC_CONSTRAINTS, OpenSslDeleter<&BASIC_CONSTRAINTS_free>> constraints(
        BASIC_CONSTRAINTS_new());
    if (!constraints)
        return false;
    constraints->ca = ca ? 0xff : 0;
    return addExtension(x509, NID_basic_constraints, constraints.get(), true);
}

} // namespace

CertificateBuilder &CertificateBuilder::setSubject(const DistinguishedName &subject)
{
    m_subject = subject;
    return *this;
}

CertificateBuilder &CertificateBuilder::setValidity(const QDateTime &notBefore,
                                                    const QDateTime &notAfter)
{
    m_notBefore = notBefore;
    m_notAfter = notAfter;
    return *this;
}

CertificateBuilder &CertificateBuilder::setSubjectAltNames(const SubjectAltNames &names)
{
    m_subjectAltNames = names;
    return *this;
}

CertificateBuilder &CertificateBuilder::setKeyUsage(KeyUsages usage)
{
    m_keyUsage = usage;
    return *this;
}

CertificateBuilder &CertificateBuilder::setExtendedKeyUsage(ExtendedKeyUsages usage)
{
    m_extendedKeyUsage = usage;
    return *this;
}

Result<Certificate> CertificateBuilder::issueSelfSignedCa(const PrivateKey &key) const
{
    if (key.isNull())
        return fail(Error::Code::InvalidInput, tr("A key is needed to create a CA."));
    return build(m_subject, key.publicKey(), Certificate(), key, true);
}

Result<Certificate> CertificateBuilder::issueSelfSigned(const PrivateKey &key) const
{
    if (key.isNull())
        return fail(Error::Code::InvalidInput, tr("A key is needed to create a certificate."));
    return build(m_subject, key.publicKey(), Certificate(), key, false);
}

Result<Certificate> CertificateBuilder::issue(const PublicKey &subjectKey,
                                              const Certificate &issuer,
                                              const PrivateKey &issuerKey) const
{
    return issueFor(m_subject, subjectKey, issuer, issuerKey);
}

Result<Certificate> CertificateBuilder::issue(const CertificateRequest &request,
                                              const Certificate &issuer,
                                              const PrivateKey &issuerKey) const
{
    if (request.isNull() || !request.verifySignature()) {
        return fail(Error::Code::InvalidInput,
                    tr("The certificate request is not signed by its own key."));
    }
    return issueFor(m_subject.isEmpty() ? request.subject() : m_subject,
                    request.publicKey(),
                    issuer,
                    issuerKey);
}

Result<Certificate> CertificateBuilder::issueFor(const DistinguishedName &subject,
                                                 const PublicKey &subjectKey,
                                                 const Certificate &issuer,
                                                 const PrivateKey &issuerKey) const
{
    if (subjectKey.isNull())
        return fail(Error::Code::InvalidInput, tr("The new certificate needs a public key."));
    if (issuer.isNull() || issuerKey.isNull())
        return fail(Error::Code::InvalidInput, tr("A CA certificate and its key are needed."));
    if (!issuer.isCa())
        return fail(Error::Code::InvalidInput, tr("The issuer certificate is not a CA."));
    const KeyUsages issuerUsage = issuer.keyUsage();
    if (issuerUsage && !issuerUsage.testFlag(KeyUsage::KeyCertSign)) {
        return fail(Error::Code::InvalidInput,
                    tr("The issuer certificate may not sign certificates."));
    }
    if (!issuerKey.matches(issuer)) {
        return fail(Error::Code::InvalidInput,
                    tr("The CA key does not belong to the CA certificate."));
    }
    return build(subject, subjectKey, issuer, issuerKey, false);
}

Result<Certificate> CertificateBuilder::build(const DistinguishedName &subject,
                                              const PublicKey &subjectKey,
                                              const Certificate &issuer,
                                              const PrivateKey &signingKey,
                                              bool ca) const
{
    X509 *issuerX509 = OpenSslHandles::x509(issuer);
    if (subject.isEmpty())
        return fail(Error::Code::InvalidInput, tr("The certificate needs a subject."));
    if (!m_notBefore.isValid() || !m_notAfter.isValid())
        return fail(Error::Code::InvalidInput, tr("The certificate needs a validity period."));
    // Compared at the precision that ends up in the certificate.
    if (m_notAfter.toSecsSinceEpoch() <= m_notBefore.toSecsSinceEpoch()) {
        return fail(Error::Code::InvalidInput,
                    tr("The certificate must expire after it becomes valid."));
    }
    Result<X509NamePtr> subjectName = X509Fields::toX509Name(subject);
    if (!subjectName)
        return fail(subjectName.error());
    Result<ExtensionStackPtr> extensions = X509Fields::usageExtensions(
        m_subjectAltNames,
        ca ? m_keyUsage | KeyUsage::KeyCertSign | KeyUsage::CrlSign : m_keyUsage,
        m_extendedKeyUsage);
    if (!extensions)
        return fail(extensions.error());

    X509Ptr x509(X509_new());
    if (!x509 || !X509_set_version(x509.get(), X509_VERSION_3) || !setRandomSerial(x509.get())
        || !X509_set_subject_name(x509.get(), subjectName->get())
        || !X509_set_issuer_name(
            x509.get(), issuerX509 ? X509_get_subject_name(issuerX509) : subjectName->get())
        || !X509_set_pubkey(x509.get(), OpenSslHandles::key(subjectKey))) {
        return buildFailure();
    }
    if (!X509Fields::setTime(X509_getm_notBefore(x509.get()), m_notBefore)
        || !X509Fields::setTime(X509_getm_notAfter(x509.get()), m_notAfter)) {
        ERR_clear_error();
        return fail(Error::Code::InvalidInput,
                    tr("The validity period must lie between the years 1950 and 9999."));
    }
    if (!addBasicConstraints(x509.get(), ca))
        return buildFailure();
    for (int i = 0; i < sk_X509_EXTENSION_num(extensions->get()); ++i) {
        if (!X509_add_ext(x509.get(), sk_X509_EXTENSION_value(extensions->get(), i), -1))
            return buildFailure();
    }
    if (!addKeyIdentifiers(x509.get(), issuerX509))
        return buildFailure();
    if (X509_sign(x509.get(), OpenSslHandles::key(signingKey), EVP_sha256()) <= 0) {
        return OpenSsl::failure(Error::Code::Crypto, tr("The certificate could not be signed."));
    }
    return OpenSslHandles::wrapCertificate(std::move(x509));
}

} // namespace Espalier
