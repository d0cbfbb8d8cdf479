// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificates/Credential.h"

#include "core/push/PushCertificate.h"

namespace Espalier {

ExpiryState Credential::expiryState(const QDateTime &now) const
{
    return expiryState(notAfter, now);
}

QString Credential::kindText(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::PushCertificate:
        return tr("Push certificate");
    case CredentialKind::DeviceCa:
        return tr("Device certificate authority");
    case CredentialKind::ServerTls:
        return tr("Server certificate (HTTPS, profile signing)");
    }
    return {};
}

ExpiryState Credential::expiryState(const QDateTime &notAfter, const QDateTime &now)
{
    // The push certificate's warning levels, for every credential: each one stops the server.
    switch (PushCertificate::expiryWarning(notAfter, now)) {
    case PushCertificate::ExpiryWarning::None:
        return ExpiryState::Valid;
    case PushCertificate::ExpiryWarning::Days60:
    case PushCertificate::ExpiryWarning::Days30:
        return ExpiryState::Soon;
    case PushCertificate::ExpiryWarning::Days10:
    case PushCertificate::ExpiryWarning::Days1:
        return ExpiryState::Urgent;
    case PushCertificate::ExpiryWarning::Expired:
        return ExpiryState::Expired;
    }
    return ExpiryState::Valid;
}

QString Credential::daysLeftText(const QDateTime &notAfter, const QDateTime &now)
{
    if (!notAfter.isValid())
        return {};
    if (now >= notAfter) {
        const auto ago = static_cast<int>(notAfter.secsTo(now) / (24 * 60 * 60));
        return ago < 1 ? tr("Expired today") : tr("Expired %n day(s) ago", nullptr, ago);
    }
    const qint64 days = PushCertificate::daysLeft(notAfter, now);
    if (days < 1)
        return tr("Expires today");
    return tr("%n day(s) left", nullptr, static_cast<int>(days));
}

} // namespace Espalier
