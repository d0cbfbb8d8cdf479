// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/DistinguishedName.h"
#include "core/crypto/PrivateKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

namespace Espalier {

// Builds the enrollment profile (.mobileconfig) served at /enroll/<token> (mdm-protocol.md §8):
// a Configuration holding a SCEP payload that fetches the device's identity with the link's
// one-time challenge, the MDM payload that uses that identity, and optionally our CA as a root
// payload. Key names and types follow Apple's schema (mdm/profiles/*.yaml). The profile is
// signed (CMS SignedData with the plist inside, §12) by the identity the caller passes.
// A value class for one thread; signing is one RSA signature, so the engine thread may build.
class EnrollmentProfileBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::EnrollmentProfileBuilder)

public:
    struct Settings
    {
        // Reverse-DNS and stable per server: the same identifier makes a device replace its
        // enrollment profile rather than add a second one.
        QString profileIdentifier{};
        QString displayName{};
        QString organization{};
        QString description{};

        QUrl serverUrl{};
        // Empty: devices use serverUrl.
        QUrl checkInUrl{};
        // The push certificate's topic, "com.apple.mgmt.…".
        QString topic{};
        int accessRights = AllAccessRights;
        // Both are needed on macOS: the user channel, and bootstrap token escrow (§8.2).
        QStringList serverCapabilities{QStringLiteral("com.apple.mdm.per-user-connections"),
                                       QStringLiteral("com.apple.mdm.bootstraptoken")};

        QUrl scepUrl{};
        // The SCEP `Name`, sent back as GetCACert's message.
        QString scepName{};
        // The subject devices put in their request. A common name is required.
        DistinguishedName identitySubject{};
        // Our CA: pinned in the SCEP payload by fingerprint, and optionally added as a root.
        Certificate caCertificate{};
        bool includeCaRootPayload = false;

        // Who signs the profile: the server's TLS identity (best, when it chains to a root the
        // device trusts) or the CA. A null certificate leaves the profile unsigned.
        Certificate signer{};
        PrivateKey signerKey{};
        QList<Certificate> signerChain{};
    };

    struct Profile
    {
        QByteArray body;
        QByteArray contentType;
        QString profileUuid;
        bool isSigned = false;
    };

    // All thirteen access right bits.
    static constexpr int AllAccessRights = 8191;
    static constexpr int ScepKeySize = 2048;
    // Key Usage: 1 signing + 4 encryption.
    static constexpr int ScepKeyUsage = 5;

    explicit EnrollmentProfileBuilder(Settings settings);

    // Checks the settings once, so a bad configuration fails before a device downloads.
    [[nodiscard]] Result<void> validate() const;

    // The profile as a property list with a fresh PayloadUUID for every payload; challenge is the
    // link's one-time SCEP challenge.
    [[nodiscard]] Result<QVariantMap> payload(const QString &challenge) const;

    // The profile, serialised as an XML plist and signed when a signer is set, with the content
    // type to serve it with (application/x-apple-aspen-config).
    [[nodiscard]] Result<Profile> build(const QString &challenge) const;

    [[nodiscard]] static QByteArray contentType();

private:
    Settings m_settings;
};

} // namespace Espalier
