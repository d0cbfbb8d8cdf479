// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHostAddress>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace Espalier {

class Clock;
class Database;
struct EngineConfig;

// The console's server configuration, kept in the store's settings table: where the engine
// listens, the public URL devices use, the APNs environment and the two housekeeping intervals.
// espalierd takes the same values from its INI file instead. Plain value; load() and save() run
// on the thread of the Database they are given.
struct ServerSettings
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::ServerSettings)

public:
    static constexpr std::chrono::minutes DefaultInventoryRefresh{24 * 60};
    static constexpr std::chrono::minutes DefaultRepush{60};
    static constexpr std::chrono::minutes MinInterval{5};
    static constexpr std::chrono::minutes MaxInterval{30 * 24 * 60};

    QHostAddress listenAddress = QHostAddress::Any;
    quint16 listenPort = 8443;
    // How devices reach us; empty until the server has been set up.
    QUrl publicUrl;
    bool apnsSandbox = false;
    // A device whose inventory is older than this is asked for it again.
    std::chrono::minutes inventoryRefreshInterval = DefaultInventoryRefresh;
    // A device that stays silent after its pushes is pushed again this often.
    std::chrono::minutes repushInterval = DefaultRepush;

    [[nodiscard]] bool isConfigured() const { return !publicUrl.isEmpty(); }

    // Whether the values can be served; the message names the field and what to do.
    [[nodiscard]] Result<void> validate() const;

    // https://host[:port] from what an administrator typed; the message says what is wrong.
    [[nodiscard]] static Result<QUrl> publicUrlFor(const QString &host, int port);

    // A listen address as people write it: "0.0.0.0" stands for every network, IPv4 and IPv6
    // (QHostAddress::Any).
    [[nodiscard]] static QString addressText(const QHostAddress &address);
    [[nodiscard]] static std::optional<QHostAddress> parseAddress(const QString &text);

    // What the store holds; defaults for what it does not.
    [[nodiscard]] static Result<ServerSettings> load(Database &database);
    // Replaces every stored value in one transaction. The values must validate().
    [[nodiscard]] Result<void> save(Database &database, const Clock &clock) const;

    // What the console shows on its Settings page, read through a reader connection on the
    // worker pool.
    struct Overview;
    [[nodiscard]] static QFuture<Result<Overview>> loadOverview(const QString &databasePath);

    // Overwrites the fields of config that these settings decide.
    void applyTo(EngineConfig &config) const;

    [[nodiscard]] bool operator==(const ServerSettings &other) const = default;
};

struct ServerSettings::Overview
{
    ServerSettings settings;
    // Device channels that are enrolled now (their profiles carry the public URL).
    int enrolledDevices = 0;
    // The current ones; null when there is none yet.
    Certificate certificateAuthority;
    Certificate serverCertificate;
};

} // namespace Espalier
