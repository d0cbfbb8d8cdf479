// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/CertificateRequest.h"
#include "core/crypto/Pkcs12.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Espalier {

// The vendor-signed push certificate request Apple's Push Certificates Portal accepts, made
// with the admin's own MDM vendor identity (the "MDM CSR" certificate from an Apple Developer
// account, exported as .p12): an XML plist of
//   PushCertRequestCSR       base64 of the CSR's DER
//   PushCertCertificateChain PEM of the vendor certificate, its intermediate(s) and the root
//   PushCertSignature        base64 of the SHA-256 RSA (PKCS#1 v1.5) signature of the CSR DER
// and the upload file is that plist in base64. Stateless; reading a .p12 and signing take tens
// of milliseconds, so call them on a worker thread.
class VendorSigning final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::VendorSigning)

public:
    // What check() found about a vendor identity, in plain words. Problems stop signing;
    // warnings are shown, and signing goes on.
    struct Findings
    {
        QStringList problems{};
        QStringList warnings{};

        [[nodiscard]] bool canSign() const { return problems.isEmpty(); }
    };

    // A signed request read back from its file.
    struct SignedRequest
    {
        CertificateRequest csr{};
        QByteArray csrDer{};
        // Vendor certificate first, root last.
        QList<Certificate> chain{};
        QByteArray signature{};
    };

    // The signed request: the file to upload, and what the check found.
    struct Signed
    {
        QByteArray uploadFile{};
        QStringList warnings{};
    };

    VendorSigning() = delete;

    // The plist keys Apple reads.
    static constexpr QStringView CsrKey = u"PushCertRequestCSR";
    static constexpr QStringView ChainKey = u"PushCertCertificateChain";
    static constexpr QStringView SignatureKey = u"PushCertSignature";

    // The vendor identity from a .p12, current or legacy (RC2/3DES, as macOS Keychain Access
    // exports) encryption. Fails with the reason in plain words: wrong password, damaged file.
    [[nodiscard]] static Result<Pkcs12::Identity> readIdentity(QByteArrayView p12,
                                                               const QString &password);
    // Certificates from a .cer (DER) or .pem file, such as Apple's WWDR intermediate and root.
    [[nodiscard]] static Result<QList<Certificate>> readCertificates(QByteArrayView file);

    // The vendor certificate's chain up to a self-signed root, vendor first and root last,
    // built from the candidates (the .p12's chain and any certificates added by hand).
    // InvalidInput when it does not reach a root, naming the issuer that is missing.
    [[nodiscard]] static Result<QList<Certificate>> chain(const Certificate &vendor,
                                                          const QList<Certificate> &candidates);

    // Whether the identity can sign requests Apple will accept, at `now`: not expired, an RSA
    // key that may sign, a chain up to a root; and whether it looks like an MDM vendor
    // certificate at all.
    [[nodiscard]] static Findings check(const Pkcs12::Identity &identity,
                                        const QList<Certificate> &extraCertificates,
                                        const QDateTime &now);

    // The upload file for the CSR. Fails with InvalidInput, listing check()'s problems, when
    // the identity cannot sign.
    [[nodiscard]] static Result<Signed> sign(const CertificateRequest &csr,
                                             const Pkcs12::Identity &identity,
                                             const QList<Certificate> &extraCertificates,
                                             const QDateTime &now);

    // Reads an upload file (the base64 text, whitespace allowed, or the plist itself) and
    // checks that the chain holds together and that its first certificate signed the CSR.
    // InvalidInput for a file that is no signed request; Crypto for a signature that does not
    // match.
    [[nodiscard]] static Result<SignedRequest> read(QByteArrayView file);

    // The upload file for a plist or for base64 text of one: base64 without whitespace.
    [[nodiscard]] static QByteArray normalizedUploadFile(QByteArrayView file);
};

} // namespace Espalier
