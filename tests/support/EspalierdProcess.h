// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QString>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Espalier {

// The real espalierd binary for tests: an INI in a private folder with ports fixed at the first
// start (so a restart serves the same URLs the devices have in their profiles), stdout and stderr
// appended to files there across restarts, and the admin API called with the token from its
// file. Lives on the test's thread; the calls that wait spin that thread's event loop, so
// simulated devices on it keep running meanwhile.
class EspalierdProcess final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString program;   // the espalierd binary
        QString directory; // holds the INI, the store, the token file and the logs
        // Written as QT_LOGGING_RULES for the process, e.g. "*=true" to log every category.
        QString loggingRules{};
    };

    struct Reply
    {
        int status = 0; // 0 when no answer came
        QByteArray body{};

        [[nodiscard]] QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    };

    explicit EspalierdProcess(Options options, QObject *parent = nullptr);
    ~EspalierdProcess() override;

    // Starts espalierd and waits until it says the engine runs (or fails, or timeoutMs pass).
    [[nodiscard]] Result<void> start(int timeoutMs = 60000);
    // SIGKILL, as a crash or a power cut of the process would end it; waits until it is gone.
    void kill();
    // SIGTERM; fails unless it stops cleanly with exit code 0.
    [[nodiscard]] Result<void> stop(int timeoutMs = 30000);

    [[nodiscard]] bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    [[nodiscard]] qint64 pid() const { return m_process.processId(); }

    [[nodiscard]] quint16 serverPort() const { return m_serverPort; }

    [[nodiscard]] quint16 adminPort() const { return m_adminPort; }

    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] QString stdoutPath() const;
    [[nodiscard]] QString stderrPath() const;

    [[nodiscard]] QByteArray adminToken() const { return m_token; }

    [[nodiscard]] QString keychainService() const { return m_keychainService; }

    // An admin API request with the token from the token file, or with `token` instead (an
    // empty one sends no Authorization header at all).
    [[nodiscard]] Reply call(const QByteArray &verb,
                             const QString &path,
                             const QJsonObject &body = {},
                             const std::optional<QByteArray> &token = std::nullopt,
                             int timeoutMs = 60000);

    // The device CA, fetched from /scep without verifying the server: the certificate devices
    // then pin.
    [[nodiscard]] Result<Certificate> fetchDeviceCa();

private:
    [[nodiscard]] Result<void> writeIni();

    Options m_options;
    QProcess m_process;
    std::unique_ptr<QNetworkAccessManager> m_network;
    quint16 m_serverPort = 0;
    quint16 m_adminPort = 0;
    QByteArray m_token;
    QString m_keychainService;
};

} // namespace Espalier
