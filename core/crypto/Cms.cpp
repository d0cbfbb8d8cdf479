// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Cms.h"

#include "core/crypto/OpenSsl.h"
#include "core/crypto/OpenSslHandles.h"
#include "core/crypto/PrivateKey.h"

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
    BioPtr in = OpenSslHandles::readBio(data);
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
    if (CMS_verify(cms.get(),
                   nullptr,
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
    {
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
