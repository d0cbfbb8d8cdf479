// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace Espalier {

class PrivateKey;

// CMS (PKCS#7) SignedData: signed .mobileconfig profiles (content attached) and the
// Mdm-Signature header (detached signature over the exact HTTP body); and EnvelopedData: content
// encrypted to a recipient's certificate, as CSR-signing services return a signed push
// certificate request. Stateless and thread-safe; verifying and decrypting take untrusted bytes,
// DER or BER with indefinite lengths.
class Cms final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::Cms)

public:
    struct VerifyOptions
    {
        // The signed bytes of a detached signature; must be absent for attached content.
        std::optional<QByteArray> detachedContent{};
        // Without roots only the signature math is checked, against the signer certificate
        // embedded in the CMS. With roots every signer must also chain to one of them, through
        // the other embedded certificates, at `at` (invalid means now) and for `purpose`.
        QList<Certificate> trustedRoots{};
        QDateTime at{};
        Certificate::Purpose purpose = Certificate::Purpose::Any;
        // Take the embedded certificates from a bounded, process-wide cache of ones seen
        // before instead of parsing them again: with OpenSSL 3.0, reading a certificate costs
        // several times what checking an RSA signature does. For paths that meet the same
        // signers over and over (devices' Mdm-Signature); the result is the same either way.
        bool reuseCertificates = false;
    };

    struct Verified
    {
        // The signed content: embedded content, or a copy of the detached content.
        QByteArray content{};
        QList<Certificate> signers{};
        // Every certificate the signed data carries (the signers' and any intermediates).
        QList<Certificate> certificates{};
        // The signers chained to VerifyOptions::trustedRoots (false when none were given).
        bool trusted = false;
    };

    // What signed data carries, read without checking anything: so a profile whose signature no
    // longer matches can still be shown, marked as such.
    struct Contents
    {
        QByteArray content{}; // empty for a detached signature
        QList<Certificate> signers{};
        QList<Certificate> certificates{};
    };

    Cms() = delete;

    // DER with the content inside, SHA-256, the signer and chain certificates embedded, no
    // S/MIME capabilities and no text translation (CMS_BINARY | CMS_NOSMIMECAP), like the
    // signed profiles Apple's tools make.
    [[nodiscard]] static Result<QByteArray> signAttached(QByteArrayView content,
                                                         const Certificate &signer,
                                                         const PrivateKey &key,
                                                         const QList<Certificate> &chain = {});
    // DER without the content, as carried (base64) in the Mdm-Signature header.
    [[nodiscard]] static Result<QByteArray> signDetached(QByteArrayView content,
                                                         const Certificate &signer,
                                                         const PrivateKey &key,
                                                         const QList<Certificate> &chain = {});

    // A bad signature or a changed content fails with Error::Code::Crypto, an untrusted signer
    // with Tls, unreadable data with InvalidInput.
    [[nodiscard]] static Result<Verified> verify(QByteArrayView cms, const VerifyOptions &options);
    [[nodiscard]] static Result<Verified> verify(QByteArrayView cms);

    // The content and certificates of SignedData, unchecked; unreadable data or another CMS type
    // fails with InvalidInput. Never a substitute for verify().
    [[nodiscard]] static Result<Contents> inspect(QByteArrayView cms);

    // EnvelopedData (DER): the content under a fresh AES-256-CBC key, and that key encrypted to
    // each recipient's public key. Content bytes are taken as they are (CMS_BINARY).
    [[nodiscard]] static Result<QByteArray> encrypt(QByteArrayView content,
                                                    const QList<Certificate> &recipients);

    // The content of EnvelopedData addressed to this certificate, decrypted with its key.
    // Unreadable data or another CMS type fails with InvalidInput; data addressed to someone
    // else, or that does not decrypt, with Crypto.
    [[nodiscard]] static Result<QByteArray> decrypt(QByteArrayView cms,
                                                    const Certificate &recipient,
                                                    const PrivateKey &key);
};

} // namespace Espalier
