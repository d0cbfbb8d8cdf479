// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Pkcs12.h"

#include "core/crypto/OpenSsl.h"
#include "core/crypto/OpenSslHandles.h"

#include <QScopeGuard>

#include <openssl/err.h>

namespace Espalier {

namespace {

// An identity file holds a key and a few certificates: some KB.
constexpr qsizetype MaxPkcs12Size = qsizetype{16} * 1024 * 1024;

tl::unexpected<Error> wrongPassword()
{
    ERR_clear_error();
    return fail(Error::Code::Crypto, Pkcs12::tr("The password is wrong."));
}

bool unsupportedAlgorithm()
{
    return OpenSslHandles::errorIs(0, ERR_R_UNSUPPORTED)
           || OpenSslHandles::errorIs(ERR_LIB_EVP, EVP_R_UNSUPPORTED_ALGORITHM)
           || OpenSslHandles::errorIs(ERR_LIB_EVP, EVP_R_UNSUPPORTED_CIPHER);
}

tl::unexpected<Error> unsupported()
{
    return OpenSsl::failure(Error::Code::Unsupported,
                            Pkcs12::tr("The file is protected with an algorithm this system "
                                       "cannot read."));
}

} // namespace

Result<QByteArray> Pkcs12::create(const PrivateKey &key,
                                  const Certificate &certificate,
                                  const QList<Certificate> &chain,
                                  const QString &password,
                                  const QString &friendlyName)
{
    EVP_PKEY *pkey = OpenSslHandles::key(key);
    X509 *x509 = OpenSslHandles::x509(certificate);
    if (!pkey || !x509)
        return fail(Error::Code::InvalidInput, tr("A key and its certificate are needed."));
    if (!key.matches(certificate))
        return fail(Error::Code::InvalidInput, tr("The key does not belong to the certificate."));
    if (password.isEmpty())
        return fail(Error::Code::InvalidInput, tr("Choose a password to protect the file."));

    QByteArray utf8 = password.toUtf8();
    const auto scrub = qScopeGuard([&utf8] { OpenSsl::cleanse(utf8); });
    const QByteArray name = friendlyName.toUtf8();
    X509StackPtr certificates = OpenSslHandles::x509Stack(chain);
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!certificates || !out)
        return OpenSsl::failure(Error::Code::Crypto, tr("The file could not be created."));
    // Named explicitly rather than left to the library's defaults, so a different OpenSSL
    // build cannot quietly fall back to RC2 or 3DES.
    Pkcs12Ptr p12(PKCS12_create(utf8.constData(),
                                name.isEmpty() ? nullptr : name.constData(),
                                pkey,
                                x509,
                                certificates.get(),
                                NID_aes_256_cbc,
                                NID_aes_256_cbc,
                                PKCS12_DEFAULT_ITER,
                                -1,
                                0));
    if (!p12
        || !PKCS12_set_mac(p12.get(),
                           utf8.constData(),
                           static_cast<int>(utf8.size()),
                           nullptr,
                           0,
                           PKCS12_DEFAULT_ITER,
                           EVP_sha256())
        || i2d_PKCS12_bio(out.get(), p12.get()) != 1) {
        return OpenSsl::failure(Error::Code::Crypto, tr("The file could not be created."));
    }
    return OpenSslHandles::bioContents(out.get());
}

Result<Pkcs12::Identity> Pkcs12::parse(QByteArrayView data, const QString &password)
{
    // Legacy files need the legacy provider, which initialize() loads once per process.
    if (Result<void> initialized = OpenSsl::initialize(); !initialized)
        return fail(initialized.error());
    const auto damaged = [] {
        return OpenSsl::failure(Error::Code::InvalidInput,
                                tr("The file is not a PKCS #12 file, or it is damaged."));
    };
    if (data.isEmpty() || data.size() > MaxPkcs12Size)
        return damaged();
    // The failures below are told apart by their OpenSSL reasons, so nothing older may linger.
    ERR_clear_error();
    BioPtr in = OpenSslHandles::readBio(data);
    Pkcs12Ptr p12(in ? d2i_PKCS12_bio(in.get(), nullptr) : nullptr);
    if (!p12)
        return damaged();

    QByteArray utf8 = password.toUtf8();
    const auto scrub = qScopeGuard([&utf8] { OpenSsl::cleanse(utf8); });
    // An empty password is written by some tools as "" and by others as no password at all.
    const char *pass = utf8.constData();
    if (PKCS12_mac_present(p12.get())) {
        bool verified = PKCS12_verify_mac(p12.get(), pass, static_cast<int>(utf8.size())) == 1;
        if (!verified && utf8.isEmpty() && PKCS12_verify_mac(p12.get(), nullptr, 0) == 1) {
            verified = true;
            pass = nullptr;
        }
        if (!verified) {
            if (unsupportedAlgorithm())
                return unsupported();
            // A mismatching MAC is what a wrong password looks like; OpenSSL raises nothing.
            if (OpenSslHandles::errorIs(ERR_LIB_PKCS12, PKCS12_R_MAC_GENERATION_ERROR))
                return damaged();
            return wrongPassword();
        }
    }

    EVP_PKEY *rawKey = nullptr;
    X509 *rawCertificate = nullptr;
    STACK_OF(X509) *rawChain = nullptr;
    const bool parsed = PKCS12_parse(p12.get(), pass, &rawKey, &rawCertificate, &rawChain) == 1;
    EvpPkeyPtr key(rawKey);
    X509Ptr certificate(rawCertificate);
    X509StackPtr chain(rawChain);
    if (!parsed) {
        if (unsupportedAlgorithm())
            return unsupported();
        // Without a MAC a wrong password only shows as bags that do not decrypt.
        if (!PKCS12_mac_present(p12.get()))
            return wrongPassword();
        return damaged();
    }
    ERR_clear_error();
    if (!key)
        return fail(Error::Code::InvalidInput, tr("The file holds no private key."));
    if (!certificate)
        return fail(Error::Code::InvalidInput, tr("The file holds no certificate for its key."));

    Identity identity;
    int aliasLength = 0;
    const unsigned char *alias = X509_alias_get0(certificate.get(), &aliasLength);
    if (alias && aliasLength > 0) {
        identity.friendlyName = QString::fromUtf8(reinterpret_cast<const char *>(alias),
                                                  aliasLength);
    }
    identity.key = OpenSslHandles::wrapPrivateKey(std::move(key));
    identity.certificate = OpenSslHandles::wrapCertificate(std::move(certificate));
    identity.chain = OpenSslHandles::certificates(chain.get());
    if (!identity.key.matches(identity.certificate)) {
        return fail(Error::Code::InvalidInput,
                    tr("The key and the certificate in the file do not belong together."));
    }
    return identity;
}

} // namespace Espalier
