// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mdm/ChannelIdentity.h"
#include "core/plist/Plist.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace Espalier {

// One check-in message (Content-Type application/x-apple-aspen-mdm-checkin), parsed and checked
// against Apple's schemas in mdm/checkin/*.yaml: the MessageType, the channel it comes from and
// the keys of that type. Keys of other types and unknown keys are ignored. Plain value; any
// thread. It may carry secrets (UnlockToken, BootstrapToken): never log it.
struct CheckinMessage
{
    enum class Type {
        Authenticate,
        TokenUpdate,
        CheckOut,
        UserAuthenticate,
        SetBootstrapToken,
        GetBootstrapToken,
        DeclarativeManagement,
        GetToken,
    };

    Type type = Type::Authenticate;
    ChannelIdentity channel;
    QString topic; // Authenticate, TokenUpdate, CheckOut

    // Authenticate (DeviceName, Model and ModelName come from macOS only; the rest are gated by
    // the Device Information access right, so all are optional here).
    QString deviceName;
    QString model;
    QString modelName;
    QString productName;
    QString osVersion;
    QString buildVersion;
    QString serialNumber;
    QString imei;
    QString meid;

    // TokenUpdate
    QByteArray token; // the raw APNs token, any length
    QString pushMagic;
    QByteArray unlockToken; // empty when not sent
    std::optional<bool> notOnConsole;

    // TokenUpdate, SetBootstrapToken, GetBootstrapToken
    bool awaitingConfiguration = false;

    // UserAuthenticate: absent in the first request of the exchange.
    QString digestResponse;

    // SetBootstrapToken: empty means "remove it".
    QByteArray bootstrapToken;

    // DeclarativeManagement
    QString endpoint;
    QByteArray data;

    // GetToken
    QString tokenServiceType;
    QVariantMap tokenParameters;

    // Parses a request body. A body that is not a plist dict, an unknown MessageType, a missing
    // required key, a value of the wrong type or over its bound, or a type sent on a channel
    // that never sends it (Authenticate or CheckOut from a user channel) fails with
    // InvalidInput; the detail names the key, never a value.
    [[nodiscard]] static Result<CheckinMessage> parse(const QByteArray &body,
                                                      const Plist::Limits &limits = {});
    [[nodiscard]] static Result<CheckinMessage> fromDict(const QVariantMap &dict);

    // The MessageType as the protocol spells it.
    [[nodiscard]] static QString typeName(Type type);
    [[nodiscard]] static std::optional<Type> typeFromName(const QString &name);
};

} // namespace Espalier
