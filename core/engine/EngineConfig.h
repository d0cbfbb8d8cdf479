// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>

namespace Espalier {

// What the engine serves and where it keeps its data. The console builds one from its settings;
// espalierd reads one from an INI file (see fromIniFile for the keys). Plain value.
struct EngineConfig
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::EngineConfig)

public:
    // The SQLite database file; its folder is created when missing.
    QString databasePath;

    // The device-facing HTTPS listener. Port 0 picks a free port (tests); serving is off when
    // publicUrl is empty, so a console that has not been set up yet only opens its store.
    QHostAddress listenAddress = QHostAddress::Any;
    quint16 listenPort = 8443;
    // How devices reach us, e.g. https://mdm.example.com:8443 — baked into every enrollment
    // profile, so it must not change while devices are enrolled.
    QUrl publicUrl;
    // The console: when the store opens, the server settings kept in it (ServerSettings) replace
    // listen address and port, public URL, APNs environment and the two intervals below.
    bool settingsFromStore = false;

    // A device that stays silent after its pushes is pushed again this often.
    std::chrono::minutes repushInterval{60};
    // Devices whose inventory is older than this are asked for a DeviceInformation again; zero
    // turns that off.
    std::chrono::minutes inventoryRefreshInterval{0};

    // The APNs topic (the UID of the push certificate) devices enroll under.
    QString pushTopic;
    // Where pushes go: Apple's production service unless sandbox is asked for; host and port
    // override it (port 2197 where outbound 443 is blocked; tests use a stand-in on 127.0.0.1,
    // whose certificate chains to apnsTrustedRoots instead of the system's roots).
    bool apnsSandbox = false;
    QString apnsHost;
    quint16 apnsPort = 443;
    QList<Certificate> apnsTrustedRoots;

    // The admin API for scripts and espalierctl: plain HTTP on loopback only, token required.
    // Port 0 turns it off.
    quint16 adminPort = 0;
    // A file holding the admin token; created with a random token (mode 0600) when missing.
    QString adminTokenFile;

    // The keychain service name under which the engine keeps its keys ("Espalier"; tests use
    // their own so they never touch a user's entries).
    QString keychainService = QStringLiteral("Espalier");

    // Keys, under their INI groups:
    //   [store]  database = /var/lib/espalier/espalier.sqlite
    //   [server] listen = 0.0.0.0, port = 8443, public_url = https://mdm.example.com:8443
    //   [push]   topic = com.apple.mgmt.External.<uuid>, environment = production | sandbox,
    //            host = <APNs host>, port = 443 | 2197, ca_file = <PEM roots for host>,
    //            repush_minutes = 60
    //   [inventory] refresh_minutes = 1440 (0: off)
    //   [admin]  port = 8444, token_file = /var/lib/espalier/admin.token
    //   [keychain] service = Espalier
    // Relative paths are taken from the file's folder. Unknown keys are an error, so a typo never
    // passes silently.
    [[nodiscard]] static Result<EngineConfig> fromIniFile(const QString &path);

    // Only a store, serving nothing: the console before setup, and tests.
    [[nodiscard]] static EngineConfig storeOnly(const QString &databasePath);
    // The console's: the store, with the server settings read from it (settingsFromStore).
    [[nodiscard]] static EngineConfig console(const QString &databasePath);
};

} // namespace Espalier
