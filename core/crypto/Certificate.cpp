// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Certificate.h"

#include "core/crypto/Digest.h"
#include "core/crypto/OpenSsl.h"
#include "core/crypto/OpenSslHandles.h"
#include "core/crypto/X509Fields.h"

#include <openssl/err.h>
#include <openssl/pem.h>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// A certificate is a few KB at most; a chain file of a few dozen is plenty.
constexpr qsizetype MaxCertificateSize = qsizetype{1024} * 1024;
constexpr qsizetype MaxChainSize = qsizetype{4} * 1024 * 1024;
constexpr int MaxChainLength = 64;

int purposeId(Certificate::Purpose purpose)
{
    switch (purpose) {
    case Certificate::Purpose::TlsServer:
        return X509_PURPOSE_SSL_SERVER;
    case Certificate::Purpose::TlsClient:
        return X509_PURPOSE_SSL_CLIENT;
    case Certificate::Purpose::Any:
        break;
    }
    return X509_PURPOSE_ANY;
}

QString chainErrorMessage(int error, int depth)
{
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return depth == 0 ? Certificate::tr("The certificate has expired.")
                          : Certificate::tr("A certificate in its chain has expired.");
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return depth == 0 ? Certificate::tr("The certificate is not valid yet.")
                          : Certificate::tr("A certificate in its chain is not valid yet.");
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_CERT_UNTRUSTED:
        return Certificate::tr("The certificate was not issued by a trusted authority.");
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        return Certificate::tr("A signature in the certificate chain is not valid.");
    case X509_V_ERR_INVALID_PURPOSE:
        return Certificate::tr("The certificate may not be used for this purpose.");
    case X509_V_ERR_INVALID_CA:
        return Certificate::tr("A certificate in the chain is not allowed to issue certificates.");
    default:
        return Certificate::tr("The certificate could not be verified.");
    }
}

template<typename Extension, typename Free>
auto extension(X509 *x509, int nid, Free free)
{
    return std::unique_ptr<Extension, Free>(
        static_cast<Extension *>(x509 ? X509_get_ext_d2i(x509, nid, nullptr, nullptr) : nullptr),
        free);
}

} // namespace

Certificate::Certificate() = default;

Result<Certificate> Certificate::fromDer(QByteArrayView der)
{
    if (der.isEmpty() || der.size() > MaxCertificateSize)
        return fail(Error::Code::InvalidInput, tr("The certificate could not be read."));
    const auto *begin = reinterpret_cast<const unsigned char *>(der.data());
    const unsigned char *cursor = begin;
    X509Ptr x509(d2i_X509(nullptr, &cursor, static_cast<long>(der.size())));
    if (!x509) {
        return OpenSsl::failure(Error::Code::InvalidInput,
                                tr("The certificate could not be read."));
    }
    if (cursor != begin + der.size())
        return fail(Error::Code::InvalidInput, tr("The certificate is followed by other data."));
    return OpenSslHandles::wrapCertificate(std::move(x509));
}

Result<Certificate> Certificate::fromPem(QByteArrayView pem)
{
    BioPtr bio = pem.size() <= MaxChainSize ? OpenSslHandles::readBio(pem) : BioPtr();
    if (!bio)
        return fail(Error::Code::InvalidInput, tr("The certificate could not be read."));
    X509Ptr x509(PEM_read_bio_X509(bio.get(), nullptr, &OpenSslHandles::refusePassphrase, nullptr));
    if (!x509) {
        return OpenSsl::failure(Error::Code::InvalidInput,
                                tr("The certificate could not be read."));
    }
    ERR_clear_error();
    return OpenSslHandles::wrapCertificate(std::move(x509));
}

Result<QList<Certificate>> Certificate::chainFromPem(QByteArrayView pem)
{
    BioPtr bio = pem.size() <= MaxChainSize ? OpenSslHandles::readBio(pem) : BioPtr();
    if (!bio)
        return fail(Error::Code::InvalidInput, tr("The certificates could not be read."));
    ERR_clear_error(); // the end of the loop is recognised by its OpenSSL reason
    QList<Certificate> chain;
    while (X509 *x509 = PEM_read_bio_X509(
               bio.get(), nullptr, &OpenSslHandles::refusePassphrase, nullptr)) {
        chain.append(OpenSslHandles::wrapCertificate(X509Ptr(x509)));
        if (chain.size() > MaxChainLength) {
            return fail(Error::Code::InvalidInput,
                        tr("The file holds more than %1 certificates.").arg(MaxChainLength));
        }
    }
    // Running out of PEM blocks is how the loop ends; anything else is a damaged block.
    if (chain.isEmpty() || !OpenSslHandles::errorIs(ERR_LIB_PEM, PEM_R_NO_START_LINE)) {
        return OpenSsl::failure(Error::Code::InvalidInput,
                                tr("The certificates could not be read."));
    }
    ERR_clear_error();
    return chain;
}

QByteArray Certificate::toPem() const
{
    X509 *x509 = OpenSslHandles::x509(*this);
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!x509 || !bio || !PEM_write_bio_X509(bio.get(), x509)) {
        ERR_clear_error();
        return {};
    }
    return OpenSslHandles::bioContents(bio.get());
}

QByteArray Certificate::toDer() const
{
    X509 *x509 = OpenSslHandles::x509(*this);
    unsigned char *der = nullptr;
    const int length = x509 ? i2d_X509(x509, &der) : 0;
    if (length <= 0) {
        ERR_clear_error();
        return {};
    }
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

DistinguishedName Certificate::subject() const
{
    X509 *x509 = OpenSslHandles::x509(*this);
    return x509 ? X509Fields::toDistinguishedName(X509_get_subject_name(x509))
                : DistinguishedName();
}

DistinguishedName Certificate::issuer() const
{
    X509 *x509 = OpenSslHandles::x509(*this);
    return x509 ? X509Fields::toDistinguishedName(X509_get_issuer_name(x509)) : DistinguishedName();
}

QString Certificate::subjectText() const
{
    X509 *x509 = OpenSslHandles::x509(*this);
    return x509 ? X509Fields::toText(X509_get_subject_name(x509)) : QString();
}

QString Certificate::issuerText() const
{
    X509 *x509 = OpenSslHandles::x509(*this);
    return x509 ? X509Fields::toText(X509_get_issuer_name(x509)) : QString();
}

QString Certificate::serialNumber() const
{
    X509 *x509 = OpenSslHandles::x509(*this);
    if (!x509)
        return {};
    BigNumPtr number(ASN1_INTEGER_to_BN(X509_get0_serialNumber(x509), nullptr));
    char *hex = number ? BN_bn2hex(number.get()) : nullptr;
    if (!hex) {
        ERR_clear_error();
        return {};
    }
    QString text = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    // `openssl x509 -serial` prints whole bytes ("0A"), BN_bn2hex a lone "0" for zero.
    if (text.size() % 2)
        text.prepend(u'0');
    return text;
}

QDateTime Certificate::notBefore() const
{
    X509 *x509 = OpenSslHandles::x509(*this);
    return x509 ? X509Fields::toDateTime(X509_get0_notBefore(x509)) : QDateTime();
}

QDateTime Certificate::notAfter() const
{
    X509 *x509 = OpenSslHandles::x509(*this);
    return x509 ? X509Fields::toDateTime(X509_get0_notAfter(x509)) : QDateTime();
}

SubjectAltNames Certificate::subjectAltNames() const
{
    const auto names = extension<GENERAL_NAMES>(
        OpenSslHandles::x509(*this), NID_subject_alt_name, &GENERAL_NAMES_free);
    ERR_clear_error();
    return X509Fields::toSubjectAltNames(names.get());
}

QString Certificate::sha1Fingerprint() const
{
    return isNull() ? QString() : QString::fromLatin1(Digest::sha1(toDer()).toHex());
}

QString Certificate::sha256Fingerprint() const
{
    return isNull() ? QString() : QString::fromLatin1(Digest::sha256(toDer()).toHex());
}

bool Certificate::isCa() const
{
    X509 *x509 = OpenSslHandles::x509(*this);
    return x509 && (X509_get_extension_flags(x509) & EXFLAG_CA);
}

KeyUsages Certificate::keyUsage() const
{
    const auto bits = extension<ASN1_BIT_STRING>(
        OpenSslHandles::x509(*this), NID_key_usage, &ASN1_BIT_STRING_free);
    ERR_clear_error();
    return X509Fields::toKeyUsages(bits.get());
}

ExtendedKeyUsages Certificate::extendedKeyUsage() const
{
    const auto usages = extension<EXTENDED_KEY_USAGE>(
        OpenSslHandles::x509(*this), NID_ext_key_usage, &EXTENDED_KEY_USAGE_free);
    ERR_clear_error();
    return X509Fields::toExtendedKeyUsages(usages.get());
}

PublicKey Certificate::publicKey() const
{
    X509 *x509 = OpenSslHandles::x509(*this);
    EVP_PKEY *key = x509 ? X509_get0_pubkey(x509) : nullptr;
    if (!key || EVP_PKEY_up_ref(key) != 1) {
        ERR_clear_error();
        return {};
    }
    return OpenSslHandles::wrapPublicKey(EvpPkeyPtr(key));
}

bool Certificate::isSelfSigned() const
{
    X509 *x509 = OpenSslHandles::x509(*this);
    const bool selfSigned = x509 && X509_self_signed(x509, 1) == 1;
    ERR_clear_error();
    return selfSigned;
}

bool Certificate::verifySignedBy(const Certificate &issuer) const
{
    X509 *x509 = OpenSslHandles::x509(*this);
    X509 *issuerX509 = OpenSslHandles::x509(issuer);
    EVP_PKEY *issuerKey = issuerX509 ? X509_get0_pubkey(issuerX509) : nullptr;
    if (!x509 || !issuerKey)
        return false;
    const bool signedBy = X509_NAME_cmp(X509_get_issuer_name(x509),
                                        X509_get_subject_name(issuerX509))
                              == 0
                          && X509_verify(x509, issuerKey) == 1;
    ERR_clear_error();
    return signedBy;
}

Result<void> Certificate::verifyChain(const QList<Certificate> &trustedRoots,
                                      const QDateTime &at,
                                      const QList<Certificate> &intermediates,
                                      Purpose purpose) const
{
    X509 *x509 = OpenSslHandles::x509(*this);
    if (!x509)
        return fail(Error::Code::InvalidInput, tr("There is no certificate to verify."));
    X509StorePtr store(X509_STORE_new());
    X509StackPtr untrusted = OpenSslHandles::x509Stack(intermediates);
    X509StoreCtxPtr context(X509_STORE_CTX_new());
    if (!store || !untrusted || !context)
        return OpenSsl::failure(Error::Code::Crypto, tr("The certificate could not be verified."));
    for (const Certificate &root : trustedRoots) {
        X509 *rootX509 = OpenSslHandles::x509(root);
        if (rootX509 && !X509_STORE_add_cert(store.get(), rootX509)) {
            return OpenSsl::failure(Error::Code::Crypto,
                                    tr("The certificate could not be verified."));
        }
    }
    // The purpose goes on the store, so CMS and TLS callers get the same rule: without it
    // OpenSSL's default for CMS is S/MIME signing, which device and server certificates fail.
    if (!X509_STORE_set_purpose(store.get(), purposeId(purpose))
        || !X509_STORE_CTX_init(context.get(), store.get(), x509, untrusted.get())) {
        return OpenSsl::failure(Error::Code::Crypto, tr("The certificate could not be verified."));
    }
    if (at.isValid())
        X509_STORE_CTX_set_time(context.get(), 0, static_cast<time_t>(at.toSecsSinceEpoch()));
    if (X509_verify_cert(context.get()) == 1) {
        ERR_clear_error();
        return {};
    }
    const int error = X509_STORE_CTX_get_error(context.get());
    const int depth = X509_STORE_CTX_get_error_depth(context.get());
    X509 *failing = X509_STORE_CTX_get_current_cert(context.get());
    const QString where = failing ? X509Fields::toText(X509_get_subject_name(failing)) : QString();
    ERR_clear_error();
    return fail(Error::Code::Tls,
                chainErrorMessage(error, depth),
                u"%1 (depth %2: %3)"_s.arg(QString::fromUtf8(X509_verify_cert_error_string(error)))
                    .arg(depth)
                    .arg(where));
}

bool Certificate::operator==(const Certificate &other) const
{
    const X509 *mine = OpenSslHandles::x509(*this);
    const X509 *theirs = OpenSslHandles::x509(other);
    if (!mine || !theirs)
        return mine == theirs;
    return X509_cmp(mine, theirs) == 0;
}

} // namespace Espalier
