// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace Espalier {

enum class EnrollmentType {
    Device,
    User,
};

// What the last push, or the last TokenUpdate, said about the push token.
enum class PushTokenState {
    None,         // no TokenUpdate since the last Authenticate
    Ok,           // set by TokenUpdate
    Bad,          // APNs refused it (e.g. BadDeviceToken)
    Unregistered, // APNs 410: the token is dead until the next TokenUpdate
};

// One MDM channel: a device's own enrollment, or a user channel on it. id is the channel id the
// protocol layer derives from the check-in keys (UDID, EnrollmentID, or a device id joined with
// UserID/UserShortName/EnrollmentUserID for user channels); store code never derives it.
// The unlock and bootstrap tokens live in the keychain; only references to them are here.
struct Enrollment
{
    QString id;
    EnrollmentType type = EnrollmentType::Device;
    QString parentId; // the device channel's id, for user channels
    QString deviceId; // key into devices: the UDID, or the EnrollmentID of a User Enrollment
    bool userEnrollment = false;
    QString userId; // UserID or EnrollmentUserID, user channels only
    QString userShortName;
    QString userLongName;

    QString topic;
    // Lower-case hex of the raw APNs token; read only through a repository that holds the key
    // the token is sealed with. hasPushToken says whether one is stored at all.
    QString pushTokenHex;
    bool hasPushToken = false;
    QString pushMagic;
    PushTokenState pushTokenState = PushTokenState::None;
    QDateTime pushTokenStateAt;
    QDateTime pushTokenUnregisteredAt; // APNs' 410 timestamp; only while Unregistered
    QDateTime lastPushAt;              // when APNs last accepted a push to this channel
    QString lastPushApnsId;            // the apns-id of that push
    QString unlockTokenRef;
    QString bootstrapTokenRef;
    QString identityCertSha256; // lower-case hex of the identity certificate's DER hash

    bool awaitingConfiguration = false;
    bool enabled = false; // true from TokenUpdate until the next Authenticate or CheckOut
    int tokenUpdateCount = 0;
    QDateTime enrolledAt;
    QDateTime lastSeenAt;
    QDateTime tokenUpdatedAt;
    QDateTime checkedOutAt;

    [[nodiscard]] bool isCheckedOut() const { return checkedOutAt.isValid(); }

    // Whether a push to this channel can wake the device.
    [[nodiscard]] bool canPush() const
    {
        return enabled && pushTokenState == PushTokenState::Ok && hasPushToken
               && !pushMagic.isEmpty();
    }
};

// Stable names, as stored and as written to logs and exports.
[[nodiscard]] QString enrollmentTypeName(EnrollmentType type);
[[nodiscard]] std::optional<EnrollmentType> enrollmentTypeFromName(QStringView name);
[[nodiscard]] QString pushTokenStateName(PushTokenState state);
[[nodiscard]] std::optional<PushTokenState> pushTokenStateFromName(QStringView name);

} // namespace Espalier
