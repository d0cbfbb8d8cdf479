// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringView>

namespace Espalier {

// An APNs push certificate as Apple's Push Certificates Portal issues it (MDM_<name>.pem, or a
// .cer in DER): the certificate only, whose subject UID is the topic every enrolled device is
// bound to. A plain value: parsing and the checks here need no keychain or database, so they
// run on any thread.
class PushCertificate final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::PushCertificate)

public:
    // How close the certificate is to expiring: a warning starts 60, 30, 10 and 1 days before
    // notAfter, and each level is shown until the next one begins.
    enum class ExpiryWarning {
        None,
        Days60,
        Days30,
        Days10,
        Days1,
        Expired,
    };

    // The prefix every MDM topic has.
    static constexpr QStringView TopicPrefix = u"com.apple.mgmt.";
    // Apple's Push Certificates Portal, where signed requests are uploaded and renewed.
    static constexpr QStringView PortalUrl = u"https://identity.apple.com/pushcert/";

    PushCertificate();

    // A PEM or DER file from the portal. A file that is something else (the CSR, the signed
    // request, a certificate without an MDM topic, garbage) fails with InvalidInput and says
    // what the file is and which one to pick instead.
    [[nodiscard]] static Result<PushCertificate> fromFile(QByteArrayView data);
    // InvalidInput unless the certificate carries an MDM topic.
    [[nodiscard]] static Result<PushCertificate> fromCertificate(const Certificate &certificate);

    [[nodiscard]] bool isNull() const { return m_certificate.isNull(); }

    [[nodiscard]] const Certificate &certificate() const { return m_certificate; }

    // The subject UID, com.apple.mgmt.External.<uuid>.
    [[nodiscard]] QString topic() const { return m_topic; }

    // Valid at `now`: not expired and not before its start. Fails with InvalidInput, saying
    // which and what to do.
    [[nodiscard]] Result<void> checkValidity(const QDateTime &now) const;

    [[nodiscard]] ExpiryWarning expiryWarning(const QDateTime &now) const;
    [[nodiscard]] static ExpiryWarning expiryWarning(const QDateTime &notAfter,
                                                     const QDateTime &now);
    // Whole days until notAfter, rounded down; negative once it has passed.
    [[nodiscard]] static qint64 daysLeft(const QDateTime &notAfter, const QDateTime &now);
    // The warning in plain words for a banner or a list, translated; empty for None.
    [[nodiscard]] static QString expiryText(const QDateTime &notAfter, const QDateTime &now);

private:
    Certificate m_certificate;
    QString m_topic;
};

} // namespace Espalier
