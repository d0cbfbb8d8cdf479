// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pki/ServerIdentity.h"

#include "core/crypto/Pkcs12.h"
#include "core/pki/CertificateAuthority.h"
#include "core/pki/PkiOpenSsl.h"

#include <QHostAddress>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QString normalisedHost(const QString &name)
{
    QString host = name.trimmed().toLower();
    if (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

// Walks up from the certificate through the pool by subject and signature; the first certificate
// whose issuer is not there, or a null certificate when the walk reaches a self-signed one.
Certificate firstWithoutIssuer(const Certificate &certificate, const QList<Certificate> &pool)
{
    Certificate current = certificate;
    // Bounded, in case the pool holds a cycle of cross-signed certificates.
    for (qsizetype step = 0; step <= pool.size(); ++step) {
        if (current.isSelfSigned())
            return {};
        const auto issuer = std::find_if(pool.cbegin(), pool.cend(), [&](const Certificate &c) {
            return c.subject() == current.issuer() && current.verifySignedBy(c);
        });
        if (issuer == pool.cend())
            return current;
        current = *issuer;
    }
    return {};
}

QString describeNames(const SubjectAltNames &names)
{
    QStringList entries = names.dnsNames;
    for (const QHostAddress &address : names.ipAddresses)
        entries.append(address.toString());
    return entries.join(u", "_s);
}

} // namespace

ServerIdentity::ServerIdentity() = default;

ServerIdentity::ServerIdentity(Certificate certificate, PrivateKey key, QList<Certificate> chain)
    : m_certificate(std::move(certificate))
    , m_key(std::move(key))
    , m_chain(std::move(chain))
{}

Result<ServerIdentity> ServerIdentity::fromPem(QByteArrayView certificatesPem,
                                               QByteArrayView keyPem,
                                               const QString &passphrase)
{
    Result<QList<Certificate>> certificates = Certificate::chainFromPem(certificatesPem);
    if (!certificates) {
        return fail(Error::Code::InvalidInput,
                    tr("The file holds no readable certificate."),
                    certificates.error().detail);
    }
    Result<PrivateKey> key = PrivateKey::fromPem(keyPem, passphrase);
    if (!key)
        return fail(key.error());
    ServerIdentity identity;
    identity.m_key = *key;
    for (const Certificate &certificate : std::as_const(*certificates)) {
        if (identity.m_certificate.isNull() && key->matches(certificate))
            identity.m_certificate = certificate;
        else if (certificate != identity.m_certificate && !identity.m_chain.contains(certificate))
            identity.m_chain.append(certificate);
    }
    if (identity.m_certificate.isNull()) {
        return fail(Error::Code::InvalidInput,
                    tr("The private key does not belong to any of the certificates."));
    }
    return identity;
}

Result<ServerIdentity> ServerIdentity::fromPkcs12(QByteArrayView data, const QString &password)
{
    Result<Pkcs12::Identity> identity = Pkcs12::parse(data, password);
    if (!identity)
        return fail(identity.error());
    if (identity->certificate.isNull() || identity->key.isNull()) {
        return fail(Error::Code::InvalidInput,
                    tr("The PKCS#12 file needs both the server certificate and its key."));
    }
    return ServerIdentity(identity->certificate, identity->key, identity->chain);
}

bool ServerIdentity::dnsNameMatches(const QString &pattern, const QString &host)
{
    const QString name = normalisedHost(pattern);
    const QString target = normalisedHost(host);
    if (name.isEmpty() || target.isEmpty())
        return false;
    if (!name.startsWith(u"*."_s))
        return name == target;
    // A wildcard stands for exactly one whole left-most label.
    const qsizetype dot = target.indexOf(u'.');
    return dot > 0 && target.mid(dot) == name.mid(1);
}

Result<ServerIdentity::Anchor> ServerIdentity::check(const CheckOptions &options) const
{
    if (m_certificate.isNull() || m_key.isNull()) {
        return fail(Error::Code::InvalidInput,
                    tr("The server certificate and its private key are both needed."));
    }
    const QString subject = m_certificate.subjectText();
    if (!m_key.matches(m_certificate)) {
        return fail(Error::Code::InvalidInput,
                    tr("The private key does not belong to the server certificate."),
                    subject);
    }
    if (m_certificate.isCa()) {
        return fail(Error::Code::InvalidInput,
                    tr("This is a certificate authority's certificate, not a server certificate."),
                    subject);
    }
    const SubjectAltNames names = m_certificate.subjectAltNames();
    if (names.dnsNames.isEmpty() && names.ipAddresses.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    tr("The server certificate has no subject alternative name (DNS name). Apple "
                       "devices ignore the common name and would refuse it."),
                    subject);
    }
    if (!options.hostName.isEmpty()) {
        bool covered = false;
        const QHostAddress address(options.hostName);
        if (!address.isNull()) {
            covered = names.ipAddresses.contains(address);
        } else {
            for (const QString &name : names.dnsNames)
                covered = covered || dnsNameMatches(name, options.hostName);
        }
        if (!covered) {
            return fail(Error::Code::InvalidInput,
                        tr("The server certificate is for %1, not for %2.")
                            .arg(describeNames(names), options.hostName),
                        subject);
        }
    }
    if (!m_certificate.extendedKeyUsage().testFlag(ExtendedKeyUsage::ServerAuth)) {
        return fail(Error::Code::InvalidInput,
                    tr("The certificate is not made for TLS servers: Apple devices require the "
                       "extended key usage \"TLS Web Server Authentication\" (serverAuth)."),
                    subject);
    }
    const KeyUsages keyUsage = m_certificate.keyUsage();
    if (keyUsage && !keyUsage.testFlag(KeyUsage::DigitalSignature)
        && !keyUsage.testFlag(KeyUsage::KeyEncipherment)) {
        return fail(Error::Code::InvalidInput,
                    tr("The certificate's key usage does not allow TLS."),
                    subject);
    }
    const PublicKey publicKey = m_certificate.publicKey();
    if ((publicKey.algorithm() == KeyAlgorithm::Rsa
         && publicKey.bits() < CertificateAuthority::MinimumRsaBits)
        || (publicKey.algorithm() == KeyAlgorithm::Ec && publicKey.bits() < 256)
        || publicKey.algorithm() == KeyAlgorithm::Other) {
        return fail(Error::Code::InvalidInput,
                    tr("The certificate's key is too weak: Apple devices need RSA with at least "
                       "2048 bits, or ECC."),
                    u"%1 bits"_s.arg(publicKey.bits()));
    }
    const int digest = PkiOpenSsl::signatureDigestNid(m_certificate);
    if (digest != NID_sha256 && digest != NID_sha384 && digest != NID_sha512
        && digest != NID_sha224) {
        return fail(Error::Code::InvalidInput,
                    tr("The certificate is not signed with SHA-2, which Apple devices require."),
                    u"signature digest %1"_s.arg(QString::fromLatin1(OBJ_nid2sn(digest))));
    }
    const QDateTime at = options.at.isValid() ? options.at.toUTC()
                                              : QDateTime::currentDateTimeUtc();
    if (at < m_certificate.notBefore()) {
        return fail(Error::Code::InvalidInput,
                    tr("The server certificate is not valid before %1.")
                        .arg(m_certificate.notBefore().toString(Qt::ISODate)),
                    subject);
    }
    if (at >= m_certificate.notAfter()) {
        return fail(Error::Code::InvalidInput,
                    tr("The server certificate expired on %1.")
                        .arg(m_certificate.notAfter().toString(Qt::ISODate)),
                    subject);
    }
    const qint64 lifetime = m_certificate.notBefore().secsTo(m_certificate.notAfter());
    if (lifetime > qint64{CertificateAuthority::MaxServerValidityDays} * 24 * 3600) {
        return fail(Error::Code::InvalidInput,
                    tr("The server certificate is valid for %1 days; Apple devices refuse TLS "
                       "certificates valid for more than %2 days.")
                        .arg(lifetime / (24 * 3600))
                        .arg(CertificateAuthority::MaxServerValidityDays),
                    subject);
    }

    Result<void> trusted = m_certificate.verifyChain(
        options.trustedRoots, at, m_chain, Certificate::Purpose::TlsServer);
    if (trusted)
        return Anchor::TrustedRoot;
    QList<Certificate> includedRoots;
    for (const Certificate &certificate : m_chain) {
        if (certificate.isSelfSigned())
            includedRoots.append(certificate);
    }
    if (!includedRoots.isEmpty()) {
        if (m_certificate.verifyChain(includedRoots, at, m_chain, Certificate::Purpose::TlsServer))
            return Anchor::IncludedRoot;
    }
    const Certificate orphan = firstWithoutIssuer(m_certificate, m_chain + options.trustedRoots);
    if (!orphan.isNull()) {
        return fail(Error::Code::Tls,
                    tr("The certificate chain is incomplete: the issuer of \"%1\" is missing. Add "
                       "the intermediate certificates to the file, or trust its root.")
                        .arg(orphan.subjectText()),
                    trusted.error().detail);
    }
    return fail(Error::Code::Tls,
                tr("The certificate chain does not hold: %1").arg(trusted.error().message),
                trusted.error().detail);
}

} // namespace Espalier
