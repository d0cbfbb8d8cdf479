// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/Certificate.h"
#include "tests/support/SimulatedHardware.h"
#include "tests/support/SimulatedProfile.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariantMap>

namespace Espalier {

// What a simulated device remembers between commands: settings, installed profiles, lock and
// Lost Mode state. Owned by its DeviceSimulator and changed only by the command processor on
// that simulator's thread; tests read it to check a command took effect.
struct SimulatedDeviceState
{
    enum class Channel {
        Device,
        User, // the macOS user channel
    };

    SimulatedHardware hardware{};
    bool supervised = false;
    bool passcodePresent = true;
    bool lostMode = false;
    // The profile's AccessRights; every right when it gives none.
    int accessRights = 8191;
    // In installation order; the enrollment profile is among them.
    QList<SimulatedProfile> profiles{};
    QString enrollmentProfileIdentifier{};
    Certificate identityCertificate{};
    QList<Certificate> caCertificates{};
    QByteArray unlockToken{};
    QByteArray userPushToken{};
    QString userId{};
    QString userShortName{};
    QString userLongName{};
    // Settings applied through the Settings command, by item ("Bluetooth" -> false, ...).
    QVariantMap appliedSettings{};
    QVariantMap organizationInfo{};
    QString hostName{};
    QString lostModeMessage{};
    int lockCount = 0;
    QString lastLockPin{};
    int restartCount = 0;
    int shutDownCount = 0;
    int lostModeSoundCount = 0;
};

} // namespace Espalier
