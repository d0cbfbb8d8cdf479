// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/CertificateRequest.h"

#include "core/crypto/OpenSsl.h"
#include "core/crypto/OpenSslHandles.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/X509Fields.h"

#include <openssl/err.h>
#include <openssl/pem.h>

namespace Espalier {

namespace {

// Requests are a KB or two; SCEP ones a little more.
constexpr qsizetype MaxRequestSize = qsizetype{1024} * 1024;

Result<CertificateRequest> checked(X509ReqPtr request)
{
    if (!request) {
        return OpenSsl::failure(
            Error::Code::InvalidInput,
            CertificateRequest::tr("The certificate request could not be read."));
    }
    // A request without a usable key is of no use to anyone; refuse it here, not later.
    if (!X509_REQ_get0_pubkey(request.get())) {
        return OpenSsl::failure(
            Error::Code::InvalidInput,
            CertificateRequest::tr("The certificate request has no usable key."));
    }
    ERR_clear_error();
    return OpenSslHandles::wrapRequest(std::move(request));
}

// The requested extensions; null when there are none or they cannot be read.
ExtensionStackPtr requestedExtensions(X509_REQ *request)
{
    ExtensionStackPtr extensions(request ? X509_REQ_get_extensions(request) : nullptr);
    ERR_clear_error();
    return extensions;
}

template<typename Extension, typename Free>
auto requested(X509_REQ *request, int nid, Free free)
{
    const ExtensionStackPtr extensions = requestedExtensions(request);
    auto value = std::unique_ptr<Extension, Free>(
        static_cast<Extension *>(
            extensions ? X509V3_get_d2i(extensions.get(), nid, nullptr, nullptr) : nullptr),
        free);
    ERR_clear_error();
    return value;
}

} // namespace

CertificateRequest::CertificateRequest() = default;

Result<CertificateRequest> CertificateRequest::create(const Parameters &parameters,
                                                      const PrivateKey &key)
{
    EVP_PKEY *pkey = OpenSslHandles::key(key);
    if (!pkey)
        return fail(Error::Code::InvalidInput, tr("A key is needed to sign the request."));
    if (parameters.subject.isEmpty())
        return fail(Error::Code::InvalidInput, tr("The request needs a subject."));
    Result<X509NamePtr> subject = X509Fields::toX509Name(parameters.subject);
    if (!subject)
        return fail(subject.error());
    Result<ExtensionStackPtr> extensions = X509Fields::usageExtensions(
        parameters.subjectAltNames, parameters.keyUsage, parameters.extendedKeyUsage);
    if (!extensions)
        return fail(extensions.error());

    X509ReqPtr request(X509_REQ_new());
    if (!request || !X509_REQ_set_version(request.get(), X509_REQ_VERSION_1)
        || !X509_REQ_set_subject_name(request.get(), subject->get())
        || !X509_REQ_set_pubkey(request.get(), pkey)) {
        return OpenSsl::failure(Error::Code::Crypto,
                                tr("The certificate request could not be built."));
    }
    // PKCS#9 bounds a challengePassword at 255 characters; OpenSSL does not check it here.
    if (parameters.challengePassword.size() > 255)
        return fail(Error::Code::InvalidInput, tr("The challenge password is too long."));
    if (!parameters.challengePassword.isEmpty()) {
        QByteArray challenge = parameters.challengePassword.toUtf8();
        const bool added = X509_REQ_add1_attr_by_NID(
            request.get(),
            NID_pkcs9_challengePassword,
            MBSTRING_UTF8,
            reinterpret_cast<const unsigned char *>(challenge.constData()),
            static_cast<int>(challenge.size()));
        OpenSsl::cleanse(challenge);
        if (!added) {
            return OpenSsl::failure(Error::Code::Crypto,
                                    tr("The certificate request could not be built."));
        }
    }
    if (sk_X509_EXTENSION_num(extensions->get()) > 0
        && !X509_REQ_add_extensions(request.get(), extensions->get())) {
        return OpenSsl::failure(Error::Code::Crypto,
                                tr("The certificate request could not be built."));
    }
    if (X509_REQ_sign(request.get(), pkey, EVP_sha256()) <= 0) {
        return OpenSsl::failure(Error::Code::Crypto,
                                tr("The certificate request could not be signed."));
    }
    return OpenSslHandles::wrapRequest(std::move(request));
}

Result<CertificateRequest> CertificateRequest::fromPem(QByteArrayView pem)
{
    BioPtr bio = pem.size() <= MaxRequestSize ? OpenSslHandles::readBio(pem) : BioPtr();
    if (!bio)
        return fail(Error::Code::InvalidInput, tr("The certificate request could not be read."));
    // Reads both "CERTIFICATE REQUEST" and the older "NEW CERTIFICATE REQUEST".
    return checked(X509ReqPtr(
        PEM_read_bio_X509_REQ(bio.get(), nullptr, &OpenSslHandles::refusePassphrase, nullptr)));
}

Result<CertificateRequest> CertificateRequest::fromDer(QByteArrayView der)
{
    if (der.isEmpty() || der.size() > MaxRequestSize)
        return fail(Error::Code::InvalidInput, tr("The certificate request could not be read."));
    const auto *begin = reinterpret_cast<const unsigned char *>(der.data());
    const unsigned char *cursor = begin;
    X509ReqPtr request(d2i_X509_REQ(nullptr, &cursor, static_cast<long>(der.size())));
    if (request && cursor != begin + der.size()) {
        return fail(Error::Code::InvalidInput,
                    tr("The certificate request is followed by other data."));
    }
    return checked(std::move(request));
}

QByteArray CertificateRequest::toPem() const
{
    X509_REQ *req = OpenSslHandles::request(*this);
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!req || !bio || !PEM_write_bio_X509_REQ(bio.get(), req)) {
        ERR_clear_error();
        return {};
    }
    return OpenSslHandles::bioContents(bio.get());
}

QByteArray CertificateRequest::toDer() const
{
    X509_REQ *req = OpenSslHandles::request(*this);
    unsigned char *der = nullptr;
    const int length = req ? i2d_X509_REQ(req, &der) : 0;
    if (length <= 0) {
        ERR_clear_error();
        return {};
    }
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

DistinguishedName CertificateRequest::subject() const
{
    X509_REQ *req = OpenSslHandles::request(*this);
    return req ? X509Fields::toDistinguishedName(X509_REQ_get_subject_name(req))
               : DistinguishedName();
}

QString CertificateRequest::subjectText() const
{
    X509_REQ *req = OpenSslHandles::request(*this);
    return req ? X509Fields::toText(X509_REQ_get_subject_name(req)) : QString();
}

PublicKey CertificateRequest::publicKey() const
{
    X509_REQ *req = OpenSslHandles::request(*this);
    return OpenSslHandles::publicHalf(req ? X509_REQ_get0_pubkey(req) : nullptr);
}

QString CertificateRequest::challengePassword() const
{
    X509_REQ *req = OpenSslHandles::request(*this);
    const int index = req ? X509_REQ_get_attr_by_NID(req, NID_pkcs9_challengePassword, -1) : -1;
    if (index < 0)
        return {};
    // The attribute is a SET holding one DirectoryString; any string type is accepted.
    X509_ATTRIBUTE *attribute = X509_REQ_get_attr(req, index);
    const ASN1_TYPE *value = attribute ? X509_ATTRIBUTE_get0_type(attribute, 0) : nullptr;
    if (!value)
        return {};
    switch (value->type) {
    case V_ASN1_UTF8STRING:
    case V_ASN1_PRINTABLESTRING:
    case V_ASN1_IA5STRING:
    case V_ASN1_T61STRING:
    case V_ASN1_BMPSTRING:
    case V_ASN1_UNIVERSALSTRING:
        return X509Fields::toQString(value->value.asn1_string);
    default:
        return {};
    }
}

SubjectAltNames CertificateRequest::requestedSubjectAltNames() const
{
    const auto names = requested<GENERAL_NAMES>(
        OpenSslHandles::request(*this), NID_subject_alt_name, &GENERAL_NAMES_free);
    return X509Fields::toSubjectAltNames(names.get());
}

KeyUsages CertificateRequest::requestedKeyUsage() const
{
    const auto bits = requested<ASN1_BIT_STRING>(
        OpenSslHandles::request(*this), NID_key_usage, &ASN1_BIT_STRING_free);
    return X509Fields::toKeyUsages(bits.get());
}

ExtendedKeyUsages CertificateRequest::requestedExtendedKeyUsage() const
{
    const auto usages = requested<EXTENDED_KEY_USAGE>(
        OpenSslHandles::request(*this), NID_ext_key_usage, &EXTENDED_KEY_USAGE_free);
    return X509Fields::toExtendedKeyUsages(usages.get());
}

bool CertificateRequest::verifySignature() const
{
    X509_REQ *req = OpenSslHandles::request(*this);
    EVP_PKEY *key = req ? X509_REQ_get0_pubkey(req) : nullptr;
    const bool valid = key && X509_REQ_verify(req, key) == 1;
    ERR_clear_error();
    return valid;
}

} // namespace Espalier
