// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/CertificateRequest.h"
#include "core/crypto/DistinguishedName.h"
#include "core/crypto/PrivateKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Espalier {

// The customer's side of a push certificate: an RSA-2048 key pair and the PKCS#10 request
// (SHA-256) that gets vendor-signed and uploaded to Apple's portal. Apple ignores the subject
// and issues its own, so it only needs to say whose request it is. A plain value; generating
// takes up to a second, so call generate() on a worker thread. The key goes to the keychain
// (PushCertificateStore), never to a file.
class PushCertificateRequest final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::PushCertificateRequest)

public:
    static constexpr int KeyBits = 2048;

    PushCertificateRequest();

    // CN "Espalier MDM push certificate", plus the organisation when one is given.
    [[nodiscard]] static DistinguishedName defaultSubject(const QString &organization = {});

    [[nodiscard]] static Result<PushCertificateRequest> generate(const DistinguishedName &subject
                                                                 = defaultSubject());
    // A request made earlier, with its key back from the keychain. InvalidInput when the key
    // is not the request's.
    [[nodiscard]] static Result<PushCertificateRequest> fromParts(const PrivateKey &key,
                                                                  const CertificateRequest &csr);

    [[nodiscard]] bool isNull() const { return m_csr.isNull(); }

    [[nodiscard]] const PrivateKey &key() const { return m_key; }

    [[nodiscard]] const CertificateRequest &csr() const { return m_csr; }

    [[nodiscard]] QByteArray csrDer() const { return m_csr.toDer(); }

    [[nodiscard]] QByteArray csrPem() const { return m_csr.toPem(); }

    // The keychain entries of a request's push key and of the key a CSR-signing service
    // encrypts its reply to.
    [[nodiscard]] static QString keyRef(const QString &requestId);
    [[nodiscard]] static QString encryptionKeyRef(const QString &requestId);

private:
    PrivateKey m_key;
    CertificateRequest m_csr;
};

} // namespace Espalier
