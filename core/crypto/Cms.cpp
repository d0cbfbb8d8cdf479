// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Cms.h"

#include "core/crypto/OpenSsl.h"
#include "core/crypto/OpenSslHandles.h"
#include "core/crypto/PrivateKey.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <openssl/asn1.h>
#include <openssl/err.h>

#include <algorithm>

namespace Espalier {

namespace {

// Signed profiles with embedded apps can be large; request bodies are capped well below this.
constexpr qsizetype MaxCmsSize = qsizetype{64} * 1024 * 1024;
constexpr qsizetype MaxContentSize = qsizetype{64} * 1024 * 1024;

Result<QByteArray> sign(QByteArrayView content,
                        const Certificate &signer,
                        const PrivateKey &key,
                        const QList<Certificate> &chain,
                        bool detached)
{
    X509 *signerX509 = OpenSslHandles::x509(signer);
    EVP_PKEY *pkey = OpenSslHandles::key(key);
    if (!signerX509 || !pkey) {
        return fail(Error::Code::InvalidInput,
                    Cms::tr("A certificate and its key are needed to sign."));
    }
    if (!key.matches(signer)) {
        return fail(Error::Code::InvalidInput,
                    Cms::tr("The key does not belong to the signing certificate."));
    }
    if (content.size() > MaxContentSize)
        return fail(Error::Code::InvalidInput, Cms::tr("The data is too large to sign."));
    // CMS_sign refuses a certificate twice, and always embeds the signer itself.
    QList<Certificate> extra;
    for (const Certificate &certificate : chain) {
        if (!certificate.isNull() && certificate != signer && !extra.contains(certificate))
            extra.append(certificate);
    }
    X509StackPtr certificates = OpenSslHandles::x509Stack(extra);
    BioPtr data = OpenSslHandles::readBio(content);
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!certificates || !data || !out)
        return OpenSsl::failure(Error::Code::Crypto, Cms::tr("The data could not be signed."));
    // CMS_BINARY: the bytes are signed as they are, with no MIME line-ending translation.
    const unsigned int flags = CMS_BINARY | CMS_NOSMIMECAP | (detached ? CMS_DETACHED : 0);
    CmsPtr cms(CMS_sign(signerX509, pkey, certificates.get(), data.get(), flags));
    if (!cms || i2d_CMS_bio(out.get(), cms.get()) != 1)
        return OpenSsl::failure(Error::Code::Crypto, Cms::tr("The data could not be signed."));
    return OpenSslHandles::bioContents(out.get());
}

// A DER ContentInfo with SignedData, split into the same structure without its certificates
// field and the DER of each certificate that field held.
struct SplitSignedData
{
    QByteArray withoutCertificates;
    QList<QByteArray> certificates;
};

// One DER element: where its content starts and ends. Only definite lengths; BER's indefinite
// lengths (and anything unexpected) make the caller take the ordinary path.
struct DerElement
{
    const unsigned char *begin = nullptr;
    const unsigned char *content = nullptr;
    const unsigned char *end = nullptr;
    int tag = 0;
    int tagClass = 0;
    bool constructed = false;
};

std::optional<DerElement> readElement(const unsigned char *from, const unsigned char *limit)
{
    DerElement element;
    element.begin = from;
    const unsigned char *p = from;
    long length = 0;
    const int flags = ASN1_get_object(&p, &length, &element.tag, &element.tagClass, limit - from);
    if ((flags & 0x80) || (flags & 0x01) || length < 0 || length > limit - p)
        return std::nullopt;
    element.constructed = (flags & V_ASN1_CONSTRUCTED) != 0;
    element.content = p;
    element.end = p + length;
    return element;
}

QByteArray derHeader(int tag, int tagClass, qsizetype contentLength)
{
    QByteArray header(ASN1_object_size(1, int(contentLength), tag) - int(contentLength), '\0');
    auto *p = reinterpret_cast<unsigned char *>(header.data());
    ASN1_put_object(&p, 1, int(contentLength), tag, tagClass);
    return header;
}

std::optional<SplitSignedData> splitCertificates(QByteArrayView der)
{
    const auto *start = reinterpret_cast<const unsigned char *>(der.data());
    const unsigned char *limit = start + der.size();
    const auto isSequence = [](const std::optional<DerElement> &e) {
        return e && e->constructed && e->tagClass == V_ASN1_UNIVERSAL && e->tag == V_ASN1_SEQUENCE;
    };
    const std::optional<DerElement> contentInfo = readElement(start, limit);
    if (!isSequence(contentInfo) || contentInfo->end != limit)
        return std::nullopt;
    const std::optional<DerElement> type = readElement(contentInfo->content, contentInfo->end);
    if (!type || type->constructed || type->tag != V_ASN1_OBJECT)
        return std::nullopt;
    const std::optional<DerElement> explicitContent = readElement(type->end, contentInfo->end);
    if (!explicitContent || !explicitContent->constructed
        || explicitContent->tagClass != V_ASN1_CONTEXT_SPECIFIC || explicitContent->tag != 0
        || explicitContent->end != contentInfo->end)
        return std::nullopt;
    const std::optional<DerElement> signedData = readElement(explicitContent->content,
                                                             explicitContent->end);
    if (!isSequence(signedData) || signedData->end != explicitContent->end)
        return std::nullopt;
    // version, digestAlgorithms, encapContentInfo, then [0] IMPLICIT certificates if present.
    const unsigned char *p = signedData->content;
    for (int skipped = 0; skipped < 3; ++skipped) {
        const std::optional<DerElement> field = readElement(p, signedData->end);
        if (!field)
            return std::nullopt;
        p = field->end;
    }
    const std::optional<DerElement> certificates = readElement(p, signedData->end);
    if (!certificates || !certificates->constructed
        || certificates->tagClass != V_ASN1_CONTEXT_SPECIFIC || certificates->tag != 0)
        return std::nullopt;
    SplitSignedData split;
    for (const unsigned char *c = certificates->content; c < certificates->end;) {
        const std::optional<DerElement> certificate = readElement(c, certificates->end);
        // Other certificate formats ([1] .. [3]) go the ordinary way.
        if (!isSequence(certificate))
            return std::nullopt;
        split.certificates.append(QByteArray(reinterpret_cast<const char *>(certificate->begin),
                                             certificate->end - certificate->begin));
        c = certificate->end;
    }
    const auto bytes = [](const unsigned char *from, const unsigned char *to) {
        return QByteArrayView(reinterpret_cast<const char *>(from), to - from);
    };
    const qsizetype signedDataLength = (signedData->end - signedData->content)
                                       - (certificates->end - certificates->begin);
    const QByteArray signedDataHeader = derHeader(
        V_ASN1_SEQUENCE, V_ASN1_UNIVERSAL, signedDataLength);
    const qsizetype explicitLength = signedDataHeader.size() + signedDataLength;
    const QByteArray explicitHeader = derHeader(0, V_ASN1_CONTEXT_SPECIFIC, explicitLength);
    const qsizetype typeLength = type->end - type->begin;
    const qsizetype contentInfoLength = typeLength + explicitHeader.size() + explicitLength;
    QByteArray &out = split.withoutCertificates;
    out.reserve(contentInfoLength + 8);
    out += derHeader(V_ASN1_SEQUENCE, V_ASN1_UNIVERSAL, contentInfoLength);
    out += bytes(type->begin, type->end);
    out += explicitHeader;
    out += signedDataHeader;
    out += bytes(signedData->content, certificates->begin);
    out += bytes(certificates->end, signedData->end);
    return split;
}

// Certificates parsed before, by their DER. Bounded: it starts over when full.
Result<QList<Certificate>> reusedCertificates(const QList<QByteArray> &ders)
{
    constexpr qsizetype MaxCached = 4096;
    static QMutex mutex;
    static QHash<QByteArray, Certificate> cache;
    QList<Certificate> certificates;
    certificates.reserve(ders.size());
    for (const QByteArray &der : ders) {
        {
            QMutexLocker locker(&mutex);
            if (const auto found = cache.constFind(der); found != cache.cend()) {
                certificates.append(*found);
                continue;
            }
        }
        Result<Certificate> parsed = Certificate::fromDer(der);
        if (!parsed)
            return fail(parsed.error());
        QMutexLocker locker(&mutex);
        if (cache.size() >= MaxCached)
            cache.clear();
        cache.insert(der, *parsed);
        certificates.append(std::move(*parsed));
    }
    return certificates;
}

tl::unexpected<Error> verifyFailure()
{
    if (OpenSslHandles::errorIs(ERR_LIB_CMS, CMS_R_SIGNER_CERTIFICATE_NOT_FOUND)) {
        return OpenSsl::failure(
            Error::Code::InvalidInput,
            Cms::tr("The signed data does not include the signer's certificate."));
    }
    return OpenSsl::failure(Error::Code::Crypto,
                            Cms::tr("The signature does not match the signed data."));
}

} // namespace

Result<QByteArray> Cms::signAttached(QByteArrayView content,
                                     const Certificate &signer,
                                     const PrivateKey &key,
                                     const QList<Certificate> &chain)
{
    return sign(content, signer, key, chain, false);
}

Result<QByteArray> Cms::signDetached(QByteArrayView content,
                                     const Certificate &signer,
                                     const PrivateKey &key,
                                     const QList<Certificate> &chain)
{
    return sign(content, signer, key, chain, true);
}

Result<Cms::Verified> Cms::verify(QByteArrayView cms)
{
    return verify(cms, VerifyOptions());
}

Result<Cms::Verified> Cms::verify(QByteArrayView data, const VerifyOptions &options)
{
    if (data.isEmpty() || data.size() > MaxCmsSize)
        return fail(Error::Code::InvalidInput, tr("The signed data could not be read."));
    ERR_clear_error(); // failures are told apart by their OpenSSL reasons
    // With reuseCertificates, a DER signature is read without its certificates, which come
    // from the cache and are handed to CMS_verify instead; BER and anything unusual is read
    // whole.
    std::optional<SplitSignedData> split;
    QList<Certificate> reused;
    if (options.reuseCertificates)
        split = splitCertificates(data);
    if (split) {
        Result<QList<Certificate>> known = reusedCertificates(split->certificates);
        if (!known) {
            return fail(Error::Code::InvalidInput,
                        tr("The signed data could not be read."),
                        known.error().detail);
        }
        reused = std::move(*known);
    }
    BioPtr in = OpenSslHandles::readBio(split ? QByteArrayView(split->withoutCertificates) : data);
    // d2i_CMS_bio reads BER as well as DER, including the indefinite lengths some devices send.
    CmsPtr cms(in ? d2i_CMS_bio(in.get(), nullptr) : nullptr);
    if (!cms) {
        return OpenSsl::failure(Error::Code::InvalidInput,
                                tr("The signed data could not be read."));
    }
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return fail(Error::Code::InvalidInput, tr("The data is not signed data."));

    const bool detached = CMS_is_detached(cms.get()) == 1;
    if (detached && !options.detachedContent) {
        return fail(Error::Code::InvalidInput,
                    tr("The signature is detached; the signed content is needed to check it."));
    }
    // Checking a detached body against a signature that carries its own content would
    // verify the wrong bytes, so it is refused outright.
    if (!detached && options.detachedContent)
        return fail(Error::Code::InvalidInput, tr("The signed data carries its own content."));
    if (detached && options.detachedContent->size() > MaxContentSize)
        return fail(Error::Code::InvalidInput, tr("The signed content is too large."));
    BioPtr content = detached ? OpenSslHandles::readBio(*options.detachedContent) : BioPtr();
    BioPtr out(BIO_new(BIO_s_mem()));
    if ((detached && !content) || !out)
        return OpenSsl::failure(Error::Code::Crypto, tr("The signature could not be checked."));

    // Step one is the signature math alone, against the signer certificate inside the CMS.
    // The chain is checked separately below, so a failure says which of the two went wrong
    // and the purpose is ours to choose. CMS_BINARY matters here too: without it OpenSSL
    // rewrites the line endings of detached content to CR LF before digesting it, and a
    // plist body with bare LFs would never verify.
    X509StackPtr reusedStack = split ? OpenSslHandles::x509Stack(reused) : X509StackPtr();
    if (split && !reusedStack)
        return OpenSsl::failure(Error::Code::Crypto, tr("The signature could not be checked."));
    if (CMS_verify(cms.get(),
                   reusedStack.get(),
                   nullptr,
                   content.get(),
                   detached ? nullptr : out.get(),
                   CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY)
        != 1) {
        return verifyFailure();
    }
    Verified verified;
    verified.content = detached ? *options.detachedContent : OpenSslHandles::bioContents(out.get());
    {
        // CMS_get0_signers returns a new stack of borrowed certificates.
        BorrowedX509StackPtr signers(CMS_get0_signers(cms.get()));
        verified.signers = OpenSslHandles::certificates(signers.get());
    }
    if (verified.signers.isEmpty())
        return OpenSsl::failure(Error::Code::InvalidInput, tr("The signed data names no signer."));
    if (split) {
        verified.certificates = std::move(reused);
    } else {
        X509StackPtr embedded(CMS_get1_certs(cms.get()));
        verified.certificates = OpenSslHandles::certificates(embedded.get());
    }
    ERR_clear_error();
    if (options.trustedRoots.isEmpty())
        return verified;

    for (const Certificate &signer : std::as_const(verified.signers)) {
        if (Result<void> chained = signer.verifyChain(
                options.trustedRoots, options.at, verified.certificates, options.purpose);
            !chained) {
            return fail(chained.error());
        }
    }
    verified.trusted = true;
    return verified;
}

Result<Cms::Contents> Cms::inspect(QByteArrayView data)
{
    if (data.isEmpty() || data.size() > MaxCmsSize)
        return fail(Error::Code::InvalidInput, tr("The signed data could not be read."));
    ERR_clear_error();
    BioPtr in = OpenSslHandles::readBio(data);
    CmsPtr cms(in ? d2i_CMS_bio(in.get(), nullptr) : nullptr);
    if (!cms) {
        return OpenSsl::failure(Error::Code::InvalidInput,
                                tr("The signed data could not be read."));
    }
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return fail(Error::Code::InvalidInput, tr("The data is not signed data."));
    Contents contents;
    if (ASN1_OCTET_STRING **content = CMS_get0_content(cms.get()); content && *content) {
        contents.content = QByteArray(
            reinterpret_cast<const char *>(ASN1_STRING_get0_data(*content)),
            ASN1_STRING_length(*content));
    }
    X509StackPtr embedded(CMS_get1_certs(cms.get()));
    contents.certificates = OpenSslHandles::certificates(embedded.get());
    // The signer infos name their certificates by issuer and serial (or key id); match them
    // against the embedded ones without verifying anything.
    STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(cms.get());
    for (int i = 0; i < sk_CMS_SignerInfo_num(infos); ++i) {
        CMS_SignerInfo *info = sk_CMS_SignerInfo_value(infos, i);
        for (const Certificate &certificate : std::as_const(contents.certificates)) {
            if (CMS_SignerInfo_cert_cmp(info, OpenSslHandles::x509(certificate)) == 0) {
                contents.signers.append(certificate);
                break;
            }
        }
    }
    ERR_clear_error();
    return contents;
}

Result<QByteArray> Cms::encrypt(QByteArrayView content, const QList<Certificate> &recipients)
{
    if (recipients.isEmpty()
        || std::any_of(
            recipients.cbegin(), recipients.cend(), [](const auto &c) { return c.isNull(); })) {
        return fail(Error::Code::InvalidInput, tr("A recipient certificate is needed to encrypt."));
    }
    if (content.size() > MaxContentSize)
        return fail(Error::Code::InvalidInput, tr("The data is too large to encrypt."));
    X509StackPtr certificates = OpenSslHandles::x509Stack(recipients);
    BioPtr data = OpenSslHandles::readBio(content);
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!certificates || !data || !out)
        return OpenSsl::failure(Error::Code::Crypto, tr("The data could not be encrypted."));
    CmsPtr cms(CMS_encrypt(certificates.get(), data.get(), EVP_aes_256_cbc(), CMS_BINARY));
    if (!cms || i2d_CMS_bio(out.get(), cms.get()) != 1)
        return OpenSsl::failure(Error::Code::Crypto, tr("The data could not be encrypted."));
    return OpenSslHandles::bioContents(out.get());
}

Result<QByteArray> Cms::decrypt(QByteArrayView data,
                                const Certificate &recipient,
                                const PrivateKey &key)
{
    X509 *x509 = OpenSslHandles::x509(recipient);
    EVP_PKEY *pkey = OpenSslHandles::key(key);
    if (!x509 || !pkey) {
        return fail(Error::Code::InvalidInput,
                    tr("A certificate and its key are needed to decrypt."));
    }
    if (!key.matches(recipient)) {
        return fail(Error::Code::InvalidInput,
                    tr("The key does not belong to the recipient certificate."));
    }
    if (data.isEmpty() || data.size() > MaxCmsSize)
        return fail(Error::Code::InvalidInput, tr("The encrypted data could not be read."));
    ERR_clear_error(); // failures are told apart by their OpenSSL reasons
    BioPtr in = OpenSslHandles::readBio(data);
    CmsPtr cms(in ? d2i_CMS_bio(in.get(), nullptr) : nullptr);
    if (!cms) {
        return OpenSsl::failure(Error::Code::InvalidInput,
                                tr("The encrypted data could not be read."));
    }
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_enveloped)
        return fail(Error::Code::InvalidInput, tr("The data is not encrypted data."));
    // The output BIO wipes its buffer: the content may be secret.
    BioPtr out = OpenSslHandles::secureWriteBio();
    if (!out)
        return OpenSsl::failure(Error::Code::Crypto, tr("The data could not be decrypted."));
    // With the certificate given, only the recipient entries naming it are tried.
    if (CMS_decrypt(cms.get(), pkey, x509, nullptr, out.get(), CMS_BINARY) != 1) {
        if (OpenSslHandles::errorIs(ERR_LIB_CMS, CMS_R_NO_MATCHING_RECIPIENT)) {
            return OpenSsl::failure(Error::Code::Crypto,
                                    tr("The data is not encrypted to this certificate."));
        }
        return OpenSsl::failure(Error::Code::Crypto, tr("The data could not be decrypted."));
    }
    ERR_clear_error();
    return OpenSslHandles::bioContents(out.get());
}

} // namespace Espalier
