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
#include <QString>

#include <memory>

namespace Espalier {

class PrivateKey;

// A PKCS#10 certificate signing request: the push-certificate request we send for vendor
// signing, and the requests devices send through SCEP. Copies share one immutable request and
// may cross threads. Parsing takes untrusted bytes; a parsed request is not trusted until
// verifySignature() says so.
class CertificateRequest final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::CertificateRequest)

public:
    // What a new request asks for. Empty fields are left out.
    struct Parameters
    {
        DistinguishedName subject{};
        // The SCEP challenge. It is a secret: never log it.
        QString challengePassword{};
        SubjectAltNames subjectAltNames{};
        KeyUsages keyUsage{};
        ExtendedKeyUsages extendedKeyUsage{};
    };

    CertificateRequest();

    // Signed with SHA-256 by the key, whose public half goes into the request.
    [[nodiscard]] static Result<CertificateRequest> create(const Parameters &parameters,
                                                           const PrivateKey &key);
    [[nodiscard]] static Result<CertificateRequest> fromPem(QByteArrayView pem);
    [[nodiscard]] static Result<CertificateRequest> fromDer(QByteArrayView der);

    [[nodiscard]] bool isNull() const { return !d; }

    [[nodiscard]] QByteArray toPem() const;
    [[nodiscard]] QByteArray toDer() const;

    [[nodiscard]] DistinguishedName subject() const;
    [[nodiscard]] QString subjectText() const;
    [[nodiscard]] PublicKey publicKey() const;
    // Empty when the request has none.
    [[nodiscard]] QString challengePassword() const;
    // What the requested extensions ask for; the issuer decides what it grants.
    [[nodiscard]] SubjectAltNames requestedSubjectAltNames() const;
    [[nodiscard]] KeyUsages requestedKeyUsage() const;
    [[nodiscard]] ExtendedKeyUsages requestedExtendedKeyUsage() const;

    // The request is signed by the private half of the key it carries.
    [[nodiscard]] bool verifySignature() const;

private:
    struct Private;
    std::shared_ptr<const Private> d;
    friend class OpenSslHandles;
};

} // namespace Espalier
