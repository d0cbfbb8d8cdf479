// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Espalier {

// What a credential is for.
enum class CredentialKind {
    PushCertificate, // Apple's APNs certificate: wakes the devices
    DeviceCa,        // issues device identities (SCEP) and the server certificate
    ServerTls,       // the HTTPS server's identity, which also signs enrollment profiles
};

// How close a credential is to expiring, for colour and text.
enum class ExpiryState {
    Valid,
    Soon,   // 60 days or fewer
    Urgent, // 10 days or fewer
    Expired,
};

// One credential the server depends on, as the Certificates page lists it: public facts only,
// never a key. A plain value.
struct Credential
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::Credential)

public:
    CredentialKind kind = CredentialKind::PushCertificate;
    QString id; // lower-case hex of the certificate's SHA-256
    QString subject;
    QString issuer;
    QString topic;   // push certificates only
    QString appleId; // push certificates only
    QDateTime notBefore;
    QDateTime notAfter;
    // Whether the key is held (in the keychain), so the identity can be exported.
    bool hasKey = false;

    [[nodiscard]] ExpiryState expiryState(const QDateTime &now) const;

    // "Push certificate", "Device certificate authority", "Server certificate (HTTPS, profile
    // signing)"; translated.
    [[nodiscard]] static QString kindText(CredentialKind kind);
    [[nodiscard]] static ExpiryState expiryState(const QDateTime &notAfter, const QDateTime &now);
    // "45 days left", "Expires today", "Expired 3 days ago"; translated.
    [[nodiscard]] static QString daysLeftText(const QDateTime &notAfter, const QDateTime &now);
};

} // namespace Espalier
