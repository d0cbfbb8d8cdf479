// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/ChannelIdentity.h"

#include "core/mdm/MessageFields.h"

using namespace Qt::StringLiterals;

namespace Espalier {

Result<ChannelIdentity> ChannelIdentity::fromMessage(const QVariantMap &message)
{
    using Presence = MessageFields::Presence;
    constexpr qsizetype idLength = MessageFields::MaxIdentifierLength;
    const MessageFields fields(message);
    Result<QString> udid = fields.string(u"UDID"_s, Presence::Optional, idLength);
    if (!udid)
        return fail(udid.error());
    Result<QString> enrollmentId = fields.string(u"EnrollmentID"_s, Presence::Optional, idLength);
    if (!enrollmentId)
        return fail(enrollmentId.error());
    Result<QString> userId = fields.string(u"UserID"_s, Presence::Optional, idLength);
    if (!userId)
        return fail(userId.error());
    Result<QString> enrollmentUserId = fields.string(
        u"EnrollmentUserID"_s, Presence::Optional, idLength);
    if (!enrollmentUserId)
        return fail(enrollmentUserId.error());
    Result<QString> shortName = fields.string(u"UserShortName"_s, Presence::Optional, idLength);
    if (!shortName)
        return fail(shortName.error());
    Result<QString> longName = fields.string(u"UserLongName"_s, Presence::Optional);
    if (!longName)
        return fail(longName.error());

    // Channel ids join these with ':' (UDID:UserID), so none of them may hold one: "A:B" as a
    // UDID would otherwise name user channel B of device A.
    for (const QString *part :
         {&*udid, &*enrollmentId, &*userId, &*enrollmentUserId, &*shortName}) {
        if (part->contains(u':'))
            return MessageFields::malformed(u"an identifier contains ':'"_s);
    }

    ChannelIdentity channel;
    channel.userShortName = *shortName;
    channel.userLongName = *longName;
    if (!udid->isEmpty()) {
        channel.deviceChannelId = *udid;
        if (userId->isEmpty()) {
            channel.id = *udid;
            return channel;
        }
        channel.type = EnrollmentType::User;
        channel.userId = *userId;
        if (*userId == SharedIPadUserId) {
            // Every Shared iPad user sends the same UserID; the Managed Apple Account tells them
            // apart.
            if (shortName->isEmpty())
                return MessageFields::malformed(u"Shared iPad user without UserShortName"_s);
            channel.sharedIPad = true;
            channel.id = *udid + u':' + *shortName;
        } else {
            channel.id = *udid + u':' + *userId;
        }
        return channel;
    }
    if (!enrollmentId->isEmpty()) {
        channel.userEnrollment = true;
        channel.deviceChannelId = *enrollmentId;
        if (enrollmentUserId->isEmpty()) {
            channel.id = *enrollmentId;
            return channel;
        }
        channel.type = EnrollmentType::User;
        channel.userId = *enrollmentUserId;
        channel.id = *enrollmentId + u':' + *enrollmentUserId;
        return channel;
    }
    return MessageFields::malformed(u"neither UDID nor EnrollmentID"_s);
}

Enrollment ChannelIdentity::toEnrollment() const
{
    Enrollment e;
    e.id = id;
    e.type = type;
    e.parentId = isUserChannel() ? deviceChannelId : QString();
    e.userEnrollment = userEnrollment;
    e.userId = userId;
    e.userShortName = userShortName;
    e.userLongName = userLongName;
    return e;
}

} // namespace Espalier
