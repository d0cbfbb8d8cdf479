// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pki/CertificateAuthorityImport.h"

#include "core/crypto/KeyUsage.h"
#include "core/crypto/Pkcs12.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Espalier {

Result<CertificateAuthority> CertificateAuthorityImport::fromPem(QByteArrayView certificatePem,
                                                                 QByteArrayView keyPem,
                                                                 const QString &passphrase,
                                                                 const QDateTime &now)
{
    Result<QList<Certificate>> certificates = Certificate::chainFromPem(certificatePem);
    if (!certificates || certificates->isEmpty())
        return fail(Error::Code::InvalidInput,
                    tr("The certificate file holds no readable PEM certificate. Choose the CA's "
                       "certificate (a file starting with -----BEGIN CERTIFICATE-----)."),
                    certificates ? QString() : certificates.error().detail);
    Result<PrivateKey> key = PrivateKey::fromPem(keyPem, passphrase);
    if (!key)
        return fail(Error::Code::InvalidInput,
                    tr("The key file could not be read: %1 Check the file and its passphrase.")
                        .arg(key.error().message),
                    key.error().detail);
    // The key picks its certificate, so a file with the whole chain works too.
    for (const Certificate &certificate : std::as_const(*certificates)) {
        if (key->matches(certificate))
            return check(certificate, *key, now);
    }
    return check(certificates->constFirst(), *key, now);
}

Result<CertificateAuthority> CertificateAuthorityImport::fromPkcs12(QByteArrayView data,
                                                                    const QString &password,
                                                                    const QDateTime &now)
{
    Result<Pkcs12::Identity> identity = Pkcs12::parse(data, password);
    if (!identity)
        return fail(identity.error());
    if (identity->certificate.isNull() || identity->key.isNull())
        return fail(Error::Code::InvalidInput,
                    tr("The PKCS#12 file needs both the CA's certificate and its private key."));
    return check(identity->certificate, identity->key, now);
}

Result<CertificateAuthority> CertificateAuthorityImport::check(const Certificate &certificate,
                                                               const PrivateKey &key,
                                                               const QDateTime &now)
{
    const QString subject = certificate.subjectText();
    if (!certificate.isCa())
        return fail(Error::Code::InvalidInput,
                    tr("%1 is not a certificate authority: its basic constraints do not allow it "
                       "to issue certificates. Choose the CA's own certificate, not a server or "
                       "device certificate issued by it.")
                        .arg(subject));
    if (!certificate.keyUsage().testFlag(KeyUsage::KeyCertSign))
        return fail(Error::Code::InvalidInput,
                    tr("%1 may not sign certificates (its key usage lacks keyCertSign), so devices "
                       "would refuse the identities Espalier issues with it.")
                        .arg(subject));
    if (!key.matches(certificate))
        return fail(Error::Code::InvalidInput,
                    tr("The private key does not belong to %1. Choose the key that was made with "
                       "this CA certificate.")
                        .arg(subject));
    if (now < certificate.notBefore())
        return fail(Error::Code::InvalidInput,
                    tr("%1 is not valid before %2. Check this computer's clock, or wait until "
                       "then.")
                        .arg(subject,
                             QLocale().toString(certificate.notBefore().toLocalTime(),
                                                QLocale::ShortFormat)));
    if (now >= certificate.notAfter())
        return fail(Error::Code::InvalidInput,
                    tr("%1 expired on %2. Renew the CA first, or let Espalier create a new one.")
                        .arg(subject,
                             QLocale().toString(certificate.notAfter().toLocalTime(),
                                                QLocale::ShortFormat)));
    return CertificateAuthority::fromParts(certificate, key);
}

} // namespace Espalier
