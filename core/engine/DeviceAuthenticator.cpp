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

// How long a chain that held is taken as holding (the certificate's own validity is still
// checked on every request), and how many identities are remembered before starting over.
constexpr qint64 ChainRecheckMs = 5 * 60 * 1000;
constexpr qsizetype MaxRememberedChains = 16 * 1024;

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

    // The signature math here; the chain below, where a known identity is quick.
    Cms::VerifyOptions options;
    options.detachedContent = body;
    options.reuseCertificates = true;
    Result<Cms::Verified> verified = Cms::verify(decoded.decoded, options);
    if (!verified)
        return fail(verified.error());
    if (verified->signers.size() != 1)
        return fail(Error::Code::InvalidInput,
                    tr("The Mdm-Signature must have exactly one signer, not %1.")
                        .arg(verified->signers.size()));
    const Certificate &signer = verified->signers.constFirst();
    const QString fingerprint = signer.sha256Fingerprint();
    if (Result<void> trusted = verifyChain(signer, fingerprint, verified->certificates); !trusted)
        return fail(Error::Code::Tls,
                    tr("The device identity was not issued by this server."),
                    trusted.error().detail);
    return DeviceIdentity{signer, fingerprint};
}

void DeviceAuthenticator::setDeviceCaRoots(QList<Certificate> roots)
{
    m_roots = std::move(roots);
    m_chained.clear();
}

Result<void> DeviceAuthenticator::verifyChain(const Certificate &leaf,
                                              const QString &fingerprint,
                                              const QList<Certificate> &intermediates) const
{
    const QDateTime now = m_clock.now();
    const auto known = m_chained.constFind(fingerprint);
    if (known != m_chained.cend() && *known <= now && known->msecsTo(now) < ChainRecheckMs
        && leaf.notBefore() <= now && now <= leaf.notAfter()) {
        return {};
    }
    Result<void> chained = leaf.verifyChain(
        m_roots, now, intermediates, Certificate::Purpose::TlsClient);
    if (!chained) {
        m_chained.remove(fingerprint);
        return chained;
    }
    if (m_chained.size() >= MaxRememberedChains)
        m_chained.clear();
    m_chained.insert(fingerprint, now);
    return {};
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
    const QString fingerprint = leaf.sha256Fingerprint();
    if (Result<void> trusted = verifyChain(leaf, fingerprint, chain); !trusted)
        return fail(Error::Code::Tls,
                    tr("The client certificate was not issued by this server."),
                    trusted.error().detail);
    return DeviceIdentity{leaf, fingerprint};
}

} // namespace Espalier
