// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/Enrollment.h"

#include <QString>
#include <QVariantMap>

namespace Espalier {

// Which MDM channel a check-in message or command report comes from, resolved from its
// identifier keys the way NanoMDM does:
//   UDID                                   device channel, id UDID
//   UDID + UserID                          macOS user channel, id UDID:UserID
//   UDID + UserID FFFFFFFF-… + UserShortName  Shared iPad user, id UDID:UserShortName
//   EnrollmentID                           User Enrollment device channel, id EnrollmentID
//   EnrollmentID + EnrollmentUserID        User Enrollment user channel, id
//   EnrollmentID:EnrollmentUserID
// A user channel's certificate binding and queue clearing go through its device channel
// (deviceChannelId). Plain value; any thread.
struct ChannelIdentity
{
    // The UserID a Shared iPad sends for its users: no directory authentication happens.
    static constexpr QStringView SharedIPadUserId = u"FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF";

    QString id;              // the enrollment (channel) id
    QString deviceChannelId; // id of the device channel: id itself, or the parent's
    EnrollmentType type = EnrollmentType::Device;
    bool userEnrollment = false; // identified by EnrollmentID (no UDID)
    bool sharedIPad = false;     // a Shared iPad user channel
    QString userId;              // UserID or EnrollmentUserID
    QString userShortName;
    QString userLongName;

    [[nodiscard]] bool isUserChannel() const { return type == EnrollmentType::User; }

    // Reads UDID, EnrollmentID, UserID, UserShortName, UserLongName and EnrollmentUserID. Wrong
    // types, oversized or missing identifiers, and a Shared iPad user without UserShortName
    // fail with InvalidInput.
    [[nodiscard]] static Result<ChannelIdentity> fromMessage(const QVariantMap &message);

    // An Enrollment with the channel fields set (id, type, parent, User Enrollment flag, user
    // fields), for EnrollmentRepository.
    [[nodiscard]] Enrollment toEnrollment() const;
};

} // namespace Espalier
