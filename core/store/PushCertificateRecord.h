// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Espalier {

// One APNs push certificate as stored: Apple's certificate (public DER and the fields people
// look for) and a reference to its private key in the keychain (SecretStore), never the key.
// Rows are kept for history; a renewal adds a new row and retires the old one.
struct PushCertificateRecord
{
    QString id;      // lower-case hex of the DER's SHA-256
    QString topic;   // the subject UID, com.apple.mgmt.External.<uuid>
    QString serial;  // upper-case hex
    QString subject; // one line, RFC 2253 style
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray der;
    QString keyRef;  // SecretStore key of the private key
    QString appleId; // the Apple Account that created it in Apple's portal, as typed by people
    QString notes;   // the portal's notes text, or the admin's own
    QDateTime createdAt;
    QDateTime activatedAt; // invalid until it is used for pushes
    QDateTime retiredAt;   // invalid until a renewal replaced it, or it was retired by hand
    QString replacedBy;    // the id of the certificate that replaced it

    [[nodiscard]] bool isActive() const { return activatedAt.isValid() && !retiredAt.isValid(); }

    [[nodiscard]] bool isRetired() const { return retiredAt.isValid(); }
};

} // namespace Espalier
