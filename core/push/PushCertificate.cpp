// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/push/PushCertificate.h"

#include "core/crypto/CertificateRequest.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// A push certificate is under 2 KB; a portal download is never anywhere near this.
constexpr qsizetype MaxFileSize = qsizetype{1024} * 1024;
constexpr qint64 MsecsPerDay = qint64{24} * 60 * 60 * 1000;

QString dateText(const QDateTime &time)
{
    return time.toUTC().date().toString(Qt::ISODate);
}

tl::unexpected<Error> notACertificate(const QString &detail)
{
    return fail(Error::Code::InvalidInput,
                PushCertificate::tr("This file is not a push certificate. Pick the .pem file that "
                                    "Apple's Push Certificates Portal gave you; its name starts "
                                    "with MDM_."),
                detail);
}

// What a file that is no certificate is, so the message can name the right one instead.
tl::unexpected<Error> explainOtherFile(QByteArrayView data)
{
    const QByteArray text = data.toByteArray();
    if (text.contains("-----BEGIN CERTIFICATE REQUEST-----")
        || text.contains("-----BEGIN NEW CERTIFICATE REQUEST-----")
        || (!text.startsWith("-----") && CertificateRequest::fromDer(data))) {
        return fail(Error::Code::InvalidInput,
                    PushCertificate::tr("This is the certificate request, not the certificate. "
                                        "Get it signed, upload the signed request to Apple's Push "
                                        "Certificates Portal, and import the .pem file the portal "
                                        "gives back."),
                    u"a CSR"_s);
    }
    if (text.contains("PRIVATE KEY-----")) {
        return fail(Error::Code::InvalidInput,
                    PushCertificate::tr("This file holds a private key, not the certificate. "
                                        "Import the .pem file from Apple's Push Certificates "
                                        "Portal; the key stays in the keychain."),
                    u"a private key"_s);
    }
    QByteArray compact = text;
    compact.replace('\r', "").replace('\n', "").replace(' ', "").replace('\t', "");
    const auto decoded = QByteArray::fromBase64Encoding(compact,
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (decoded && decoded.decoded.contains("PushCertRequestCSR")) {
        return fail(Error::Code::InvalidInput,
                    PushCertificate::tr("This is the signed request for Apple's Push "
                                        "Certificates Portal, not the certificate. Upload it "
                                        "there, then import the .pem file the portal gives back."),
                    u"a vendor-signed request"_s);
    }
    return notACertificate(u"neither PEM nor DER certificate"_s);
}

} // namespace

PushCertificate::PushCertificate() = default;

Result<PushCertificate> PushCertificate::fromFile(QByteArrayView data)
{
    if (data.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, tr("The file is empty."));
    if (data.size() > MaxFileSize)
        return notACertificate(u"%1 bytes"_s.arg(data.size()));
    QByteArrayView text = data.trimmed();
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3).trimmed();

    if (text.contains("-----BEGIN CERTIFICATE-----")) {
        Result<QList<Certificate>> certificates = Certificate::chainFromPem(text);
        if (!certificates) {
            return fail(Error::Code::InvalidInput,
                        tr("The certificate in this file is damaged. Download it again from "
                           "Apple's Push Certificates Portal."),
                        certificates.error().detail);
        }
        // A file with more than one certificate (a chain someone saved with it) is fine as
        // long as one of them is the push certificate.
        for (const Certificate &certificate : std::as_const(*certificates)) {
            if (certificate.subject().userId.startsWith(TopicPrefix))
                return fromCertificate(certificate);
        }
        return fromCertificate(certificates->constFirst());
    }
    if (!text.startsWith("-----")) {
        if (Result<Certificate> certificate = Certificate::fromDer(data); certificate)
            return fromCertificate(*certificate);
    }
    return explainOtherFile(data);
}

Result<PushCertificate> PushCertificate::fromCertificate(const Certificate &certificate)
{
    if (certificate.isNull())
        return notACertificate(u"null certificate"_s);
    const QString topic = certificate.subject().userId;
    if (!topic.startsWith(TopicPrefix)) {
        return fail(Error::Code::InvalidInput,
                    tr("This certificate is not an MDM push certificate: it names no push topic "
                       "(its subject is \"%1\"). Pick the .pem file that Apple's Push "
                       "Certificates Portal gave you.")
                        .arg(certificate.subjectText()),
                    u"subject UID '%1'"_s.arg(topic));
    }
    PushCertificate push;
    push.m_certificate = certificate;
    push.m_topic = topic;
    return push;
}

Result<void> PushCertificate::checkValidity(const QDateTime &now) const
{
    if (isNull())
        return notACertificate(u"null certificate"_s);
    if (m_certificate.notAfter() <= now) {
        return fail(Error::Code::InvalidInput,
                    tr("This push certificate expired on %1, so devices cannot be woken with it. "
                       "Renew it in Apple's Push Certificates Portal (press Renew next to the "
                       "certificate for topic %2) and import the new one.")
                        .arg(dateText(m_certificate.notAfter()), m_topic),
                    u"notAfter %1"_s.arg(m_certificate.notAfter().toString(Qt::ISODate)));
    }
    if (m_certificate.notBefore() > now) {
        return fail(Error::Code::InvalidInput,
                    tr("This push certificate is not valid until %1. Check that this computer's "
                       "date and time are right.")
                        .arg(m_certificate.notBefore().toUTC().toString(Qt::ISODate)),
                    u"notBefore %1"_s.arg(m_certificate.notBefore().toString(Qt::ISODate)));
    }
    return {};
}

PushCertificate::ExpiryWarning PushCertificate::expiryWarning(const QDateTime &now) const
{
    return expiryWarning(m_certificate.notAfter(), now);
}

PushCertificate::ExpiryWarning PushCertificate::expiryWarning(const QDateTime &notAfter,
                                                              const QDateTime &now)
{
    if (!notAfter.isValid() || !now.isValid())
        return ExpiryWarning::None;
    const qint64 left = now.msecsTo(notAfter);
    if (left <= 0)
        return ExpiryWarning::Expired;
    if (left <= 1 * MsecsPerDay)
        return ExpiryWarning::Days1;
    if (left <= 10 * MsecsPerDay)
        return ExpiryWarning::Days10;
    if (left <= 30 * MsecsPerDay)
        return ExpiryWarning::Days30;
    if (left <= 60 * MsecsPerDay)
        return ExpiryWarning::Days60;
    return ExpiryWarning::None;
}

qint64 PushCertificate::daysLeft(const QDateTime &notAfter, const QDateTime &now)
{
    const qint64 left = now.msecsTo(notAfter);
    // Rounded toward minus infinity, so half a day past expiry is day -1, not day 0.
    return left >= 0 ? left / MsecsPerDay : -((-left + MsecsPerDay - 1) / MsecsPerDay);
}

QString PushCertificate::expiryText(const QDateTime &notAfter, const QDateTime &now)
{
    switch (expiryWarning(notAfter, now)) {
    case ExpiryWarning::None:
        return {};
    case ExpiryWarning::Expired:
        return tr("The push certificate expired on %1. Devices cannot be woken until it is "
                  "renewed: renew it in Apple's Push Certificates Portal now.")
            .arg(dateText(notAfter));
    case ExpiryWarning::Days60:
    case ExpiryWarning::Days30:
    case ExpiryWarning::Days10:
    case ExpiryWarning::Days1:
        break;
    }
    const qint64 days = daysLeft(notAfter, now);
    if (days < 1) {
        return tr("The push certificate expires within a day, on %1. Renew it in Apple's Push "
                  "Certificates Portal now.")
            .arg(notAfter.toUTC().toString(Qt::ISODate));
    }
    return tr("The push certificate expires in %n day(s), on %1. Renew it in Apple's Push "
              "Certificates Portal.",
              nullptr,
              static_cast<int>(days))
        .arg(dateText(notAfter));
}

} // namespace Espalier
