// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profiles/ProfileDocument.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Starting points for the common jobs. Each builds a whole ProfileDocument with fresh UUIDs that
// validates clean against Espalier's own schemas; the admin then edits it. No state; any thread.
namespace Espalier::ProfileTemplates {

enum class Kind {
    LockScreenMessage,
    WiFi,
    PrivacyForAgent,
    KernelExtensionAllowList,
    FileVaultEscrow,
};

[[nodiscard]] QList<Kind> all();
[[nodiscard]] QString title(Kind kind);
[[nodiscard]] QString description(Kind kind);

// The template with placeholder values (example.com names) for the admin to replace.
[[nodiscard]] ProfileDocument create(Kind kind);

// macOS: a Login Window payload with LoginwindowText. iOS: a lock screen footnote (the
// device must be supervised for iOS to show it).
[[nodiscard]] ProfileDocument lockScreenMessage(const QString &message, bool forIos = false);

enum class WiFiSecurity {
    Wpa2Personal,
    Wpa3Personal,
};

[[nodiscard]] ProfileDocument wifi(const QString &ssid,
                                   const QString &password,
                                   WiFiSecurity security = WiFiSecurity::Wpa2Personal);

// PPPC for a security agent: Full Disk Access (SystemPolicyAllFiles) and the other services
// listed, each granted to one code identity.
[[nodiscard]] ProfileDocument privacyForAgent(const QString &identifier,
                                              const QString &codeRequirement,
                                              bool identifierIsPath = false,
                                              const QStringList &services = {
                                                  QStringLiteral("SystemPolicyAllFiles"),
                                                  QStringLiteral("SystemPolicySysAdminFiles")});

[[nodiscard]] ProfileDocument kernelExtensionAllowList(const QStringList &teamIdentifiers);

// FileVault turned on at the next logout, with the personal recovery key escrowed to the MDM
// server encrypted to certificateDer (a certificate payload in the same profile).
[[nodiscard]] ProfileDocument fileVaultEscrow(const QByteArray &certificateDer,
                                              const QString &location);

} // namespace Espalier::ProfileTemplates
