// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/ProfileTemplates.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Espalier::ProfileTemplates {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Espalier::ProfileTemplates", text);
}

QString freshUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

const QString BaseIdentifier = u"com.example.espalier"_s;

ProfileDocument profile(const QString &suffix, const QString &displayName, int targetDeviceType)
{
    ProfileDocument document;
    document.topLevel = {
        {u"PayloadType"_s, u"Configuration"_s},
        {u"PayloadVersion"_s, 1},
        {u"PayloadIdentifier"_s, QString(BaseIdentifier + u'.' + suffix)},
        {u"PayloadUUID"_s, freshUuid()},
        {u"PayloadDisplayName"_s, displayName},
    };
    if (targetDeviceType != 0)
        document.topLevel.insert(u"TargetDeviceType"_s, targetDeviceType);
    return document;
}

QVariantMap payload(const ProfileDocument &document,
                    const QString &type,
                    const QString &displayName,
                    QVariantMap keys)
{
    const QString uuid = freshUuid();
    keys.insert(u"PayloadType"_s, type);
    keys.insert(u"PayloadVersion"_s, 1);
    keys.insert(u"PayloadIdentifier"_s, QString(document.identifier() + u'.' + uuid));
    keys.insert(u"PayloadUUID"_s, uuid);
    keys.insert(u"PayloadDisplayName"_s, displayName);
    return keys;
}

} // namespace

QList<Kind> all()
{
    return {Kind::LockScreenMessage,
            Kind::WiFi,
            Kind::PrivacyForAgent,
            Kind::KernelExtensionAllowList,
            Kind::FileVaultEscrow};
}

QString title(Kind kind)
{
    switch (kind) {
    case Kind::LockScreenMessage:
        return tr("Lock screen message");
    case Kind::WiFi:
        return tr("Wi-Fi network");
    case Kind::PrivacyForAgent:
        return tr("Privacy access for a security agent");
    case Kind::KernelExtensionAllowList:
        return tr("Kernel extensions of a vendor");
    case Kind::FileVaultEscrow:
        return tr("FileVault with key escrow");
    }
    return {};
}

QString description(Kind kind)
{
    switch (kind) {
    case Kind::LockScreenMessage:
        return tr("A message on the Mac login window, such as who to call if the Mac is found.");
    case Kind::WiFi:
        return tr("Joins a WPA2 or WPA3 personal network with its password.");
    case Kind::PrivacyForAgent:
        return tr("Gives an endpoint security agent Full Disk Access without asking the user.");
    case Kind::KernelExtensionAllowList:
        return tr("Lets every kernel extension signed by one developer team load.");
    case Kind::FileVaultEscrow:
        return tr("Turns FileVault on and sends the recovery key to this server, encrypted.");
    }
    return {};
}

ProfileDocument create(Kind kind)
{
    switch (kind) {
    case Kind::LockScreenMessage:
        return lockScreenMessage(tr("If found, please call +1 555 0100."));
    case Kind::WiFi:
        return wifi(u"Example-WiFi"_s, u"change-this-password"_s);
    case Kind::PrivacyForAgent:
        return privacyForAgent(u"com.example.agent"_s,
                               u"identifier \"com.example.agent\" and anchor apple generic and "
                               "certificate leaf[subject.OU] = \"ABCDE12345\""_s);
    case Kind::KernelExtensionAllowList:
        return kernelExtensionAllowList({u"ABCDE12345"_s});
    case Kind::FileVaultEscrow:
        return fileVaultEscrow({}, tr("Example IT department"));
    }
    return {};
}

ProfileDocument lockScreenMessage(const QString &message, bool forIos)
{
    ProfileDocument document = profile(u"lockscreen"_s, tr("Lock screen message"), forIos ? 1 : 5);
    if (forIos) {
        document.payloads.append(payload(document,
                                         u"com.apple.shareddeviceconfiguration"_s,
                                         tr("Lock screen message"),
                                         {{u"LockScreenFootnote"_s, message}}));
    } else {
        document.payloads.append(payload(document,
                                         u"com.apple.loginwindow"_s,
                                         tr("Login window message"),
                                         {{u"LoginwindowText"_s, message}}));
    }
    return document;
}

ProfileDocument wifi(const QString &ssid, const QString &password, WiFiSecurity security)
{
    ProfileDocument document = profile(u"wifi"_s, tr("Wi-Fi: %1").arg(ssid), 0);
    document.payloads.append(payload(
        document,
        u"com.apple.wifi.managed"_s,
        tr("Wi-Fi"),
        {{u"SSID_STR"_s, ssid},
         {u"EncryptionType"_s, security == WiFiSecurity::Wpa3Personal ? u"WPA3"_s : u"WPA2"_s},
         {u"Password"_s, password},
         {u"AutoJoin"_s, true}}));
    return document;
}

ProfileDocument privacyForAgent(const QString &identifier,
                                const QString &codeRequirement,
                                bool identifierIsPath,
                                const QStringList &services)
{
    ProfileDocument document = profile(u"pppc"_s, tr("Privacy access: %1").arg(identifier), 5);
    const QVariantMap entry{
        {u"Identifier"_s, identifier},
        {u"IdentifierType"_s, identifierIsPath ? u"path"_s : u"bundleID"_s},
        {u"CodeRequirement"_s, codeRequirement},
        {u"StaticCode"_s, false},
        {u"Allowed"_s, true},
    };
    QVariantMap granted;
    for (const QString &service : services)
        granted.insert(service, QVariantList{entry});
    document.payloads.append(payload(document,
                                     u"com.apple.TCC.configuration-profile-policy"_s,
                                     tr("Privacy preferences"),
                                     {{u"Services"_s, granted}}));
    return document;
}

ProfileDocument kernelExtensionAllowList(const QStringList &teamIdentifiers)
{
    ProfileDocument document = profile(u"kext"_s, tr("Kernel extensions"), 5);
    QVariantList teams;
    for (const QString &team : teamIdentifiers)
        teams.append(team);
    document.payloads.append(
        payload(document,
                u"com.apple.syspolicy.kernel-extension-policy"_s,
                tr("Kernel extension policy"),
                {{u"AllowedTeamIdentifiers"_s, teams}, {u"AllowUserOverrides"_s, false}}));
    return document;
}

ProfileDocument fileVaultEscrow(const QByteArray &certificateDer, const QString &location)
{
    ProfileDocument document = profile(u"filevault"_s, tr("FileVault"), 5);
    QVariantMap certificate = payload(document,
                                      u"com.apple.security.pkcs1"_s,
                                      tr("Recovery key encryption certificate"),
                                      {{u"PayloadContent"_s, certificateDer},
                                       {u"PayloadCertificateFileName"_s, u"escrow.cer"_s}});
    const QString certificateUuid = certificate.value(u"PayloadUUID"_s).toString();
    document.payloads.append(payload(document,
                                     u"com.apple.MCX.FileVault2"_s,
                                     tr("FileVault"),
                                     {{u"Enable"_s, u"On"_s},
                                      {u"Defer"_s, true},
                                      {u"UseRecoveryKey"_s, true},
                                      {u"ShowRecoveryKey"_s, false}}));
    document.payloads.append(
        payload(document,
                u"com.apple.security.FDERecoveryKeyEscrow"_s,
                tr("Recovery key escrow"),
                {{u"Location"_s, location}, {u"EncryptCertPayloadUUID"_s, certificateUuid}}));
    document.payloads.append(certificate);
    return document;
}

} // namespace Espalier::ProfileTemplates
