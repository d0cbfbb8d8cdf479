// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/push/PushCertificateTestPki.h"

#include "core/crypto/CertificateBuilder.h"

#include <QUuid>

#include <openssl/bn.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T *pointer) const
    {
        Free(pointer);
    }
};

using X509Ptr = std::unique_ptr<X509, Deleter<&X509_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<&EVP_PKEY_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<&BIO_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, Deleter<&X509_EXTENSION_free>>;

DistinguishedName name(const QString &commonName, const QString &organization = {})
{
    return DistinguishedName{
        .commonName = commonName,
        .organization = organization,
        .organizationalUnit = {},
        .country = u"US"_s,
        .userId = {},
    };
}

KeyPtr toOpenSsl(const PrivateKey &key)
{
    Result<QByteArray> pem = key.toPem();
    if (!pem)
        return {};
    BioPtr bio(BIO_new_mem_buf(pem->constData(), static_cast<int>(pem->size())));
    return KeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

X509Ptr toOpenSsl(const Certificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &cursor, static_cast<long>(der.size())));
}

bool addExtension(X509 *x509, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, x509, nullptr, nullptr, 0);
    ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(x509, extension.get(), -1) == 1;
}

// CertificateBuilder makes roots and end-entity certificates only; Apple's WWDR intermediate
// is a CA signed by a root, so it is made here with OpenSSL directly.
Result<Certificate> issueIntermediate(const DistinguishedName &subject,
                                      const PrivateKey &key,
                                      const Certificate &issuer,
                                      const PrivateKey &issuerKey,
                                      const QDateTime &notBefore,
                                      const QDateTime &notAfter)
{
    // A throw-away self-signed CA gives the subject name and key in OpenSSL's form.
    Result<Certificate> template_ = CertificateBuilder()
                                        .setSubject(subject)
                                        .setValidity(notBefore, notAfter)
                                        .issueSelfSignedCa(key);
    if (!template_)
        return fail(template_.error());
    X509Ptr x509 = toOpenSsl(*template_);
    X509Ptr issuerX509 = toOpenSsl(issuer);
    KeyPtr signingKey = toOpenSsl(issuerKey);
    if (!x509 || !issuerX509 || !signingKey)
        return fail(Error::Code::Crypto, u"test: OpenSSL conversion failed"_s);
    // Start over with the same subject, key and validity, issued by the root.
    X509Ptr intermediate(X509_new());
    std::unique_ptr<BIGNUM, Deleter<&BN_free>> serial(BN_new());
    BN_rand(serial.get(), 64, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    if (!intermediate || !X509_set_version(intermediate.get(), X509_VERSION_3)
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(intermediate.get()))
        || !X509_set_subject_name(intermediate.get(), X509_get_subject_name(x509.get()))
        || !X509_set_issuer_name(intermediate.get(), X509_get_subject_name(issuerX509.get()))
        || !X509_set_pubkey(intermediate.get(), X509_get0_pubkey(x509.get()))
        || !X509_set1_notBefore(intermediate.get(), X509_get0_notBefore(x509.get()))
        || !X509_set1_notAfter(intermediate.get(), X509_get0_notAfter(x509.get()))
        || !addExtension(
            intermediate.get(), issuerX509.get(), NID_basic_constraints, "critical,CA:TRUE")
        || !addExtension(
            intermediate.get(), issuerX509.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExtension(intermediate.get(), issuerX509.get(), NID_subject_key_identifier, "hash")
        || !addExtension(
            intermediate.get(), issuerX509.get(), NID_authority_key_identifier, "keyid:always")
        || X509_sign(intermediate.get(), signingKey.get(), EVP_sha256()) <= 0) {
        return fail(Error::Code::Crypto, u"test: the intermediate could not be made"_s);
    }
    unsigned char *der = nullptr;
    const int length = i2d_X509(intermediate.get(), &der);
    if (length <= 0)
        return fail(Error::Code::Crypto, u"test: the intermediate could not be encoded"_s);
    Result<Certificate> certificate = Certificate::fromDer(
        QByteArrayView(reinterpret_cast<const char *>(der), length));
    OPENSSL_free(der);
    return certificate;
}

} // namespace

Result<PushCertificateTestPki> PushCertificateTestPki::create(const QDateTime &now)
{
    PushCertificateTestPki pki;
    Result<PrivateKey> rootKey = PrivateKey::generateRsa(2048);
    Result<PrivateKey> wwdrKey = PrivateKey::generateRsa(2048);
    Result<PrivateKey> pushCaKey = PrivateKey::generateRsa(2048);
    if (!rootKey || !wwdrKey || !pushCaKey)
        return fail(Error::Code::Crypto, u"test: key generation failed"_s);
    pki.rootKey = *rootKey;
    pki.wwdrKey = *wwdrKey;
    pki.pushCaKey = *pushCaKey;

    Result<Certificate> root = CertificateBuilder()
                                   .setSubject(name(u"Test Apple Root CA"_s, u"Test Apple"_s))
                                   .setValidity(now.addYears(-10), now.addYears(10))
                                   .issueSelfSignedCa(pki.rootKey);
    if (!root)
        return fail(root.error());
    pki.root = *root;
    Result<Certificate> wwdr = issueIntermediate(
        name(u"Test Apple Worldwide Developer Relations Certification Authority"_s,
             u"Test Apple"_s),
        pki.wwdrKey,
        pki.root,
        pki.rootKey,
        now.addYears(-5),
        now.addYears(5));
    if (!wwdr)
        return fail(wwdr.error());
    pki.wwdr = *wwdr;
    Result<Certificate> pushCa = CertificateBuilder()
                                     .setSubject(name(u"Test Apple Application Integration 2 "
                                                      "Certification Authority"_s,
                                                      u"Test Apple"_s))
                                     .setValidity(now.addYears(-5), now.addYears(5))
                                     .issueSelfSignedCa(pki.pushCaKey);
    if (!pushCa)
        return fail(pushCa.error());
    pki.pushCa = *pushCa;

    Result<Pkcs12::Identity> vendor = pki.issueVendor(
        u"MDM Vendor: Example Shop"_s, now.addDays(-30), now.addDays(335));
    if (!vendor)
        return fail(vendor.error());
    pki.vendor = *vendor;
    return pki;
}

QString PushCertificateTestPki::newTopic()
{
    return u"com.apple.mgmt.External."_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<Pkcs12::Identity> PushCertificateTestPki::issueVendor(const QString &commonName,
                                                             const QDateTime &notBefore,
                                                             const QDateTime &notAfter,
                                                             const PrivateKey &key) const
{
    PrivateKey vendorKey = key;
    if (vendorKey.isNull()) {
        Result<PrivateKey> generated = PrivateKey::generateRsa(2048);
        if (!generated)
            return fail(generated.error());
        vendorKey = *generated;
    }
    Result<Certificate> certificate = CertificateBuilder()
                                          .setSubject(name(commonName, u"Example Shop"_s))
                                          .setValidity(notBefore, notAfter)
                                          .setKeyUsage(KeyUsage::DigitalSignature)
                                          .setExtendedKeyUsage(ExtendedKeyUsage::ClientAuth)
                                          .issue(vendorKey.publicKey(), wwdr, wwdrKey);
    if (!certificate)
        return fail(certificate.error());
    return Pkcs12::Identity{vendorKey, *certificate, {wwdr}, commonName};
}

Result<Certificate> PushCertificateTestPki::issuePush(const CertificateRequest &csr,
                                                      const QString &topic,
                                                      const QDateTime &notBefore,
                                                      const QDateTime &notAfter) const
{
    const QString uuid = topic.section(u'.', -1);
    return CertificateBuilder()
        .setSubject(DistinguishedName{
            .commonName = u"APSP:"_s + uuid,
            .organization = {},
            .organizationalUnit = {},
            .country = u"US"_s,
            .userId = topic,
        })
        .setValidity(notBefore, notAfter)
        .setKeyUsage(KeyUsage::DigitalSignature | KeyUsage::KeyEncipherment)
        .setExtendedKeyUsage(ExtendedKeyUsage::ClientAuth)
        .issue(csr, pushCa, pushCaKey);
}
