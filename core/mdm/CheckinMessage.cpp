// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/CheckinMessage.h"

#include "core/mdm/MessageFields.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

using Presence = MessageFields::Presence;

constexpr std::array s_allTypes{
    CheckinMessage::Type::Authenticate,
    CheckinMessage::Type::TokenUpdate,
    CheckinMessage::Type::CheckOut,
    CheckinMessage::Type::UserAuthenticate,
    CheckinMessage::Type::SetBootstrapToken,
    CheckinMessage::Type::GetBootstrapToken,
    CheckinMessage::Type::DeclarativeManagement,
    CheckinMessage::Type::GetToken,
};

// Assigns a field's value or returns its failure from the enclosing function.
#define ESPALIER_READ(target, expression)                                                          \
    do {                                                                                           \
        auto espalierValue_ = (expression);                                                        \
        if (!espalierValue_)                                                                       \
            return fail(espalierValue_.error());                                                   \
        (target) = std::move(*espalierValue_);                                                     \
    } while (false)

Result<void> readAuthenticate(const MessageFields &fields, CheckinMessage &m)
{
    ESPALIER_READ(
        m.topic, fields.string(u"Topic"_s, Presence::Required, MessageFields::MaxIdentifierLength));
    ESPALIER_READ(m.deviceName, fields.string(u"DeviceName"_s, Presence::Optional));
    ESPALIER_READ(m.model, fields.string(u"Model"_s, Presence::Optional));
    ESPALIER_READ(m.modelName, fields.string(u"ModelName"_s, Presence::Optional));
    ESPALIER_READ(m.productName, fields.string(u"ProductName"_s, Presence::Optional));
    ESPALIER_READ(m.osVersion, fields.string(u"OSVersion"_s, Presence::Optional));
    ESPALIER_READ(m.buildVersion, fields.string(u"BuildVersion"_s, Presence::Optional));
    ESPALIER_READ(m.serialNumber, fields.string(u"SerialNumber"_s, Presence::Optional));
    ESPALIER_READ(m.imei, fields.string(u"IMEI"_s, Presence::Optional));
    ESPALIER_READ(m.meid, fields.string(u"MEID"_s, Presence::Optional));
    return {};
}

Result<void> readTokenUpdate(const MessageFields &fields, CheckinMessage &m)
{
    ESPALIER_READ(
        m.topic, fields.string(u"Topic"_s, Presence::Required, MessageFields::MaxIdentifierLength));
    // APNs tokens are 32 bytes today; Apple says not to rely on it, so only bound the size.
    ESPALIER_READ(m.token, fields.data(u"Token"_s, Presence::Required, 1024));
    ESPALIER_READ(
        m.pushMagic,
        fields.string(u"PushMagic"_s, Presence::Required, MessageFields::MaxIdentifierLength));
    ESPALIER_READ(m.unlockToken, fields.data(u"UnlockToken"_s, Presence::Optional));
    ESPALIER_READ(m.notOnConsole, fields.boolean(u"NotOnConsole"_s));
    std::optional<bool> awaiting;
    ESPALIER_READ(awaiting, fields.boolean(u"AwaitingConfiguration"_s));
    m.awaitingConfiguration = awaiting.value_or(false);
    return {};
}

Result<void> readBootstrap(const MessageFields &fields, CheckinMessage &m, bool set)
{
    if (set)
        ESPALIER_READ(m.bootstrapToken, fields.data(u"BootstrapToken"_s, Presence::Optional));
    std::optional<bool> awaiting;
    ESPALIER_READ(awaiting, fields.boolean(u"AwaitingConfiguration"_s));
    m.awaitingConfiguration = awaiting.value_or(false);
    return {};
}

Result<void> readUserAuthenticate(const MessageFields &fields, CheckinMessage &m)
{
    // The schema lists UDID and UserID as required; the channel already holds them, but a
    // message that resolved through EnrollmentID has no UDID.
    if (!fields.contains(u"UDID"_s) || !fields.contains(u"UserID"_s))
        return MessageFields::malformed(u"UserAuthenticate without UDID and UserID"_s);
    ESPALIER_READ(m.digestResponse, fields.string(u"DigestResponse"_s, Presence::Optional));
    return {};
}

Result<void> readDeclarativeManagement(const MessageFields &fields, CheckinMessage &m)
{
    ESPALIER_READ(m.endpoint, fields.string(u"Endpoint"_s, Presence::Required));
    // A status report can be large; the body limit bounds it.
    ESPALIER_READ(m.data, fields.data(u"Data"_s, Presence::Optional, qsizetype{4} * 1024 * 1024));
    return {};
}

Result<void> readGetToken(const MessageFields &fields, CheckinMessage &m)
{
    ESPALIER_READ(m.tokenServiceType,
                  fields.string(u"TokenServiceType"_s,
                                Presence::Required,
                                MessageFields::MaxIdentifierLength));
    ESPALIER_READ(m.tokenParameters, fields.dict(u"TokenParameters"_s, Presence::Optional));
    return {};
}

#undef ESPALIER_READ

} // namespace

Result<CheckinMessage> CheckinMessage::parse(const QByteArray &body, const Plist::Limits &limits)
{
    Result<QVariant> parsed = Plist::parse(body, limits);
    if (!parsed)
        return MessageFields::malformed(u"not a property list: %1"_s.arg(parsed.error().detail));
    if (parsed->metaType().id() != QMetaType::QVariantMap)
        return MessageFields::malformed(u"the property list is not a dictionary"_s);
    return fromDict(parsed->toMap());
}

Result<CheckinMessage> CheckinMessage::fromDict(const QVariantMap &dict)
{
    const MessageFields fields(dict);
    Result<QString> typeText = fields.string(
        u"MessageType"_s, Presence::Required, MessageFields::MaxIdentifierLength);
    if (!typeText)
        return fail(typeText.error());
    const std::optional<Type> type = typeFromName(*typeText);
    if (!type)
        return MessageFields::malformed(u"unknown MessageType"_s);

    Result<ChannelIdentity> channel = ChannelIdentity::fromMessage(dict);
    if (!channel)
        return fail(channel.error());

    CheckinMessage m;
    m.type = *type;
    m.channel = std::move(*channel);

    Result<void> read;
    switch (m.type) {
    case Type::Authenticate:
        read = readAuthenticate(fields, m);
        break;
    case Type::TokenUpdate:
        read = readTokenUpdate(fields, m);
        break;
    case Type::CheckOut:
        // The schema requires Topic; nothing is done with it.
        read = fields.string(u"Topic"_s, Presence::Required, MessageFields::MaxIdentifierLength)
                   .map([&m](const QString &value) { m.topic = value; });
        break;
    case Type::UserAuthenticate:
        read = readUserAuthenticate(fields, m);
        break;
    case Type::SetBootstrapToken:
        read = readBootstrap(fields, m, true);
        break;
    case Type::GetBootstrapToken:
        read = readBootstrap(fields, m, false);
        break;
    case Type::DeclarativeManagement:
        read = readDeclarativeManagement(fields, m);
        break;
    case Type::GetToken:
        read = readGetToken(fields, m);
        break;
    }
    if (!read)
        return fail(read.error());

    // Authenticate, CheckOut and the bootstrap token exchange belong to the device channel
    // (their schemas say userchannel: false); UserAuthenticate only ever comes from a user.
    const bool deviceOnly = m.type == Type::Authenticate || m.type == Type::CheckOut
                            || m.type == Type::SetBootstrapToken
                            || m.type == Type::GetBootstrapToken;
    if (deviceOnly && m.channel.isUserChannel())
        return MessageFields::malformed(u"%1 from a user channel"_s.arg(typeName(m.type)));
    if (m.type == Type::UserAuthenticate && !m.channel.isUserChannel())
        return MessageFields::malformed(u"UserAuthenticate from a device channel"_s);
    return m;
}

QString CheckinMessage::typeName(Type type)
{
    switch (type) {
    case Type::Authenticate:
        return u"Authenticate"_s;
    case Type::TokenUpdate:
        return u"TokenUpdate"_s;
    case Type::CheckOut:
        return u"CheckOut"_s;
    case Type::UserAuthenticate:
        return u"UserAuthenticate"_s;
    case Type::SetBootstrapToken:
        return u"SetBootstrapToken"_s;
    case Type::GetBootstrapToken:
        return u"GetBootstrapToken"_s;
    case Type::DeclarativeManagement:
        return u"DeclarativeManagement"_s;
    case Type::GetToken:
        return u"GetToken"_s;
    }
    return {};
}

std::optional<CheckinMessage::Type> CheckinMessage::typeFromName(const QString &name)
{
    for (Type type : s_allTypes) {
        if (name == typeName(type))
            return type;
    }
    return std::nullopt;
}

} // namespace Espalier
