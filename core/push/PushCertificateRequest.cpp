// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/push/PushCertificateRequest.h"

using namespace Qt::StringLiterals;

namespace Espalier {

PushCertificateRequest::PushCertificateRequest() = default;

DistinguishedName PushCertificateRequest::defaultSubject(const QString &organization)
{
    return DistinguishedName{
        .commonName = u"Espalier MDM push certificate"_s,
        .organization = organization,
        .organizationalUnit = {},
        .country = {},
        .userId = {},
    };
}

Result<PushCertificateRequest> PushCertificateRequest::generate(const DistinguishedName &subject)
{
    Result<PrivateKey> key = PrivateKey::generateRsa(KeyBits);
    if (!key)
        return fail(key.error());
    Result<CertificateRequest> csr = CertificateRequest::create(
        CertificateRequest::Parameters{
            .subject = subject,
            .challengePassword = {},
            .subjectAltNames = {},
            .keyUsage = {},
            .extendedKeyUsage = {},
        },
        *key);
    if (!csr)
        return fail(csr.error());
    return fromParts(*key, *csr);
}

Result<PushCertificateRequest> PushCertificateRequest::fromParts(const PrivateKey &key,
                                                                 const CertificateRequest &csr)
{
    if (key.isNull() || csr.isNull() || !(key.publicKey() == csr.publicKey())) {
        return fail(Error::Code::InvalidInput,
                    tr("The push key in the keychain does not belong to this request."));
    }
    PushCertificateRequest request;
    request.m_key = key;
    request.m_csr = csr;
    return request;
}

QString PushCertificateRequest::keyRef(const QString &requestId)
{
    return u"push/request/"_s + requestId + u"/key"_s;
}

QString PushCertificateRequest::encryptionKeyRef(const QString &requestId)
{
    return u"push/request/"_s + requestId + u"/encryption-key"_s;
}

} // namespace Espalier
