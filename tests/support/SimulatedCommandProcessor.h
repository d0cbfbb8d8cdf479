// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/SimulatedDeviceState.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

namespace Espalier {

// Runs MDM commands on a simulated device as Apple documents them: which platform, channel,
// supervision and AccessRights each command needs, and which keys its answer carries
// (Apple's schemas, mdm/commands/*.yaml). Turns one Command dict into the answer's Status and
// keys; the caller adds CommandUUID and the channel's identifiers. Used on the owning
// simulator's thread only.
class SimulatedCommandProcessor final
{
public:
    using Channel = SimulatedDeviceState::Channel;

    // What the device does once its answer is out.
    enum class Aftermath {
        None,
        // Restarts or shuts down: the session ends, whatever the server answers.
        EndSession,
        // Wipes itself: no further contact, no CheckOut.
        Erase,
        // The enrollment profile was removed: CheckOut (when asked for), then unenrolled.
        Unenroll,
        // InstallProfile brought a new enrollment profile: enroll again (SCEP, Authenticate,
        // TokenUpdate) before answering.
        Reenroll,
    };

    struct Outcome
    {
        QVariantMap response{};
        Aftermath aftermath = Aftermath::None;
        QByteArray profile{}; // Reenroll: the profile to install
    };

    explicit SimulatedCommandProcessor(SimulatedDeviceState &state);

    [[nodiscard]] Outcome process(const QVariantMap &command, Channel channel);

    // The answer every device gives a command it cannot parse or does not support.
    [[nodiscard]] static QVariantMap commandFormatError(const QString &description);
    [[nodiscard]] static QVariantMap error(const QString &domain,
                                           int code,
                                           const QString &description);
    [[nodiscard]] static QVariantMap errorChainItem(const QString &domain,
                                                    int code,
                                                    const QString &description);

private:
    [[nodiscard]] QVariantMap deviceInformation(const QVariantMap &command, Channel channel) const;
    [[nodiscard]] QVariantMap allQueryResponses(Channel channel) const;
    [[nodiscard]] QVariantMap securityInfo() const;
    [[nodiscard]] QVariantMap installedApplicationList(const QVariantMap &command) const;
    [[nodiscard]] QVariantMap profileList(const QVariantMap &command) const;
    [[nodiscard]] QVariantMap certificateList() const;
    [[nodiscard]] Outcome installProfile(const QVariantMap &command);
    [[nodiscard]] Outcome removeProfile(const QVariantMap &command);
    [[nodiscard]] QVariantMap deviceLock(const QVariantMap &command);
    [[nodiscard]] Outcome eraseDevice(const QVariantMap &command);
    [[nodiscard]] QVariantMap clearPasscode(const QVariantMap &command);
    [[nodiscard]] QVariantMap lostMode(const QString &requestType, const QVariantMap &command);
    [[nodiscard]] QVariantMap settings(const QVariantMap &command, Channel channel);
    [[nodiscard]] QVariantMap settingsItem(const QVariantMap &item, Channel channel);
    [[nodiscard]] QVariantList applicationCatalog() const;

    SimulatedDeviceState &m_state;
};

} // namespace Espalier
