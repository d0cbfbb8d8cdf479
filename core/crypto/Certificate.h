// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/DistinguishedName.h"
#include "core/crypto/ExtendedKeyUsage.h"
#include "core/crypto/KeyUsage.h"
#include "core/crypto/PublicKey.h"
#include "core/crypto/SubjectAltNames.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace Espalier {

// An X.509 certificate held by OpenSSL. Copies share one immutable certificate, so they are
// cheap and may cross threads. Parsing takes untrusted bytes and fails cleanly on any of them.
// A default-constructed certificate is null and its accessors return empty values.
class Certificate final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::Certificate)

public:
    // What a chain must be good for. Any skips the extendedKeyUsage check, which OpenSSL
    // otherwise makes for S/MIME signing when verifying CMS.
    enum class Purpose {
        Any,
        TlsServer,
        TlsClient,
    };

    Certificate();

    // The first certificate of a PEM text, or one DER certificate with nothing after it.
    [[nodiscard]] static Result<Certificate> fromPem(QByteArrayView pem);
    [[nodiscard]] static Result<Certificate> fromDer(QByteArrayView der);
    // Every certificate of a PEM text, in order; other blocks (keys) are skipped. No certificate
    // at all is an error.
    [[nodiscard]] static Result<QList<Certificate>> chainFromPem(QByteArrayView pem);

    [[nodiscard]] bool isNull() const { return !d; }

    [[nodiscard]] QByteArray toPem() const;
    [[nodiscard]] QByteArray toDer() const;

    [[nodiscard]] DistinguishedName subject() const;
    [[nodiscard]] DistinguishedName issuer() const;
    // The whole name on one line, RFC 2253 style ("UID=…,CN=…,O=…,C=…").
    [[nodiscard]] QString subjectText() const;
    [[nodiscard]] QString issuerText() const;

    // Upper-case hex as `openssl x509 -serial` prints it.
    [[nodiscard]] QString serialNumber() const;
    // In UTC.
    [[nodiscard]] QDateTime notBefore() const;
    [[nodiscard]] QDateTime notAfter() const;
    [[nodiscard]] SubjectAltNames subjectAltNames() const;
    // Lower-case hex of the digest of the DER, without separators.
    [[nodiscard]] QString sha1Fingerprint() const;
    [[nodiscard]] QString sha256Fingerprint() const;

    // basicConstraints says CA:TRUE.
    [[nodiscard]] bool isCa() const;
    // Empty when the extension is absent.
    [[nodiscard]] KeyUsages keyUsage() const;
    [[nodiscard]] ExtendedKeyUsages extendedKeyUsage() const;
    [[nodiscard]] PublicKey publicKey() const;

    // Issued by itself, with a valid signature over itself.
    [[nodiscard]] bool isSelfSigned() const;
    // The issuer's subject is this certificate's issuer, and its key made this signature.
    [[nodiscard]] bool verifySignedBy(const Certificate &issuer) const;

    // Builds a chain from this certificate through the intermediates to one of the trusted
    // roots, checking signatures, validity at `at` (an invalid QDateTime means now), CA flags
    // and the purpose. Pass Clock::now() for `at`. A chain that does not hold fails with
    // Error::Code::Tls and says why (expired, not yet valid, untrusted issuer, wrong purpose).
    [[nodiscard]] Result<void> verifyChain(const QList<Certificate> &trustedRoots,
                                           const QDateTime &at,
                                           const QList<Certificate> &intermediates = {},
                                           Purpose purpose = Purpose::Any) const;

    // The same DER.
    [[nodiscard]] bool operator==(const Certificate &other) const;

private:
    struct Private;
    std::shared_ptr<const Private> d;
    friend class OpenSslHandles;
};

} // namespace Espalier
