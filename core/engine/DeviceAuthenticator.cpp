// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/DeviceAuthenticator.h"

#include "core/common/Clock.h"
#include "core/crypto/Cms.h"
#include "core/server/HttpRequest.h"

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// A base64 CMS with a 4096-bit signer and a short chain stays well under this.
constexpr qsizetype MaxSignatureHeaderBytes = 32 * 1024;

} // namespace

DeviceAuthenticator::DeviceAuthenticator(QList<Certificate> deviceCaRoots, const Clock &clock)
    : m_roots(std::move(deviceCaRoots))
    , m_clock(clock)
{}

Result<DeviceIdentity> DeviceAuthenticator::authenticate(const HttpRequest &request) const
{
    const QByteArray signature = request.header("Mdm-Signature");
    if (!signature.isEmpty())
        return fromSignature(signature, request.body());
    if (!request.peerCertificateChain().isEmpty())
        return fromTlsClient(request);
    return fail(Error::Code::InvalidInput,
                tr("The request carries neither an Mdm-Signature nor a client certificate."));
}

Result<DeviceIdentity> DeviceAuthenticator::fromSignature(const QByteArray &header,
                                                          const QByteArray &body) const
{
    if (header.size() > MaxSignatureHeaderBytes)
        return fail(Error::Code::InvalidInput, tr("The Mdm-Signature header is too large."));
    const auto decoded = QByteArray::fromBase64Encoding(
        header.trimmed(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return fail(Error::Code::InvalidInput, tr("The Mdm-Signature header is not base64."));

    Cms::VerifyOptions options;
    options.detachedContent = body;
    options.trustedRoots = m_roots;
    options.at = m_clock.now();
    options.purpose = Certificate::Purpose::TlsClient;
    Result<Cms::Verified> verified = Cms::verify(decoded.decoded, options);
    if (!verified)
        return fail(verified.error());
    if (verified->signers.size() != 1)
        return fail(Error::Code::InvalidInput,
                    tr("The Mdm-Signature must have exactly one signer, not %1.")
                        .arg(verified->signers.size()));
    if (!verified->trusted)
        return fail(Error::Code::Tls, tr("The device identity was not issued by this server."));
    const Certificate &signer = verified->signers.constFirst();
    return DeviceIdentity{signer, signer.sha256Fingerprint()};
}

Result<DeviceIdentity> DeviceAuthenticator::fromTlsClient(const HttpRequest &request) const
{
    QList<Certificate> chain;
    for (const QSslCertificate &certificate : request.peerCertificateChain()) {
        Result<Certificate> parsed = Certificate::fromDer(certificate.toDer());
        if (!parsed)
            return fail(parsed.error());
        chain.append(std::move(*parsed));
    }
    const Certificate leaf = chain.takeFirst();
    Result<void> trusted = leaf.verifyChain(
        m_roots, m_clock.now(), chain, Certificate::Purpose::TlsClient);
    if (!trusted)
        return fail(Error::Code::Tls,
                    tr("The client certificate was not issued by this server."),
                    trusted.error().detail);
    return DeviceIdentity{leaf, leaf.sha256Fingerprint()};
}

} // namespace Espalier
