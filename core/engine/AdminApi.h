// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBox.h"
#include "core/mdm/MdmCommand.h"
#include "core/store/AuditLog.h"
#include "core/store/CommandRepository.h"
#include "core/store/DeviceRepository.h"
#include "core/store/EnrollmentRepository.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace Espalier {

class Clock;
class Database;
class EnrollmentLinkService;
class HttpRequest;
class HttpResponse;
class HttpServer;
class MdmService;

// The admin API for scripts and espalierctl: JSON over plain HTTP on a loopback address, every
// request authorised by the bearer token in the token file. It reads the store through the
// engine's writer connection and writes only through the MDM service, the command queue and the
// enrollment link service, auditing each write as actor "api". Lives on the engine thread,
// created by the engine once it serves devices; every handler runs there and answers at once.
class AdminApi final : public QObject
{
    Q_OBJECT

public:
    // Request bodies beyond this are refused with 413 before they are read.
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;
    // Enrollments one command request may name.
    static constexpr int MaxTargets = 1000;
    // GET /v1/commands answers at most this many commands (the newest), unless limit= says
    // otherwise, up to MaxCommandLimit.
    static constexpr int DefaultCommandLimit = 1000;
    static constexpr int MaxCommandLimit = 10000;

    struct Settings
    {
        // Must be a loopback address: the API is plain HTTP.
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0; // 0 picks a free port (tests); see serverPort()
        QString tokenFile;
        // How devices reach the engine; enrollment link URLs are made from it.
        QUrl publicUrl;
        // Opens the unlock tokens escrowed in the store, for ClearPasscode. Without it
        // ClearPasscode is refused with a message that says so.
        std::optional<SecretBox> unlockTokenBox;
    };

    // The references must outlive this object; all of them live on the engine thread.
    AdminApi(Database &database,
             MdmService &mdm,
             EnrollmentLinkService &links,
             const Clock &clock,
             Settings settings,
             QObject *parent = nullptr);
    ~AdminApi() override;

    // Reads the token (creating the token file when it is missing) and starts listening. Fails,
    // listening on nothing, for a non-loopback address, a token file others can read, or a port
    // in use.
    [[nodiscard]] Result<void> start();
    // Stops listening and drops every connection.
    void stop();

    [[nodiscard]] bool isListening() const;
    // The port while listening, 0 otherwise.
    [[nodiscard]] quint16 serverPort() const;

    // The audit actor of every write made through the API.
    [[nodiscard]] static QString actor();

    // The answer to one request, token check included, as the listener sends it; the fuzz
    // target calls it without a socket.
    [[nodiscard]] HttpResponse dispatch(const HttpRequest &request);

Q_SIGNALS:
    // After a command request commits: the new commands, and the channels to wake now (an
    // invalid notBefore). The engine passes them on as its own commandsChanged and
    // pushRequested. Cancel and retry go through MdmService, which announces them itself.
    void commandsChanged(const QStringList &commandUuids);
    void pushRequested(const QStringList &enrollmentIds, const QDateTime &notBefore);

private:
    [[nodiscard]] bool isAuthorized(const HttpRequest &request) const;

    [[nodiscard]] HttpResponse listDevices();
    [[nodiscard]] HttpResponse listEnrollments();
    [[nodiscard]] HttpResponse listCommandTypes();
    [[nodiscard]] HttpResponse listCommands(const QUrlQuery &query);
    [[nodiscard]] HttpResponse showCommand(const QString &uuid);
    [[nodiscard]] HttpResponse queueCommands(const QByteArray &body);
    [[nodiscard]] HttpResponse cancelCommand(const QString &uuid);
    [[nodiscard]] HttpResponse retryCommand(const QString &uuid);
    [[nodiscard]] HttpResponse listEnrollmentLinks();
    [[nodiscard]] HttpResponse showEnrollmentLink(const QString &id);
    [[nodiscard]] HttpResponse createEnrollmentLink(const QByteArray &body);
    [[nodiscard]] HttpResponse revokeEnrollmentLink(const QString &id);

    // The MDM command for one target of a typed request.
    [[nodiscard]] Result<MdmCommand> buildTyped(const QString &type,
                                                const QJsonObject &params,
                                                const Enrollment &enrollment);

    Database &m_database;
    MdmService &m_mdm;
    EnrollmentLinkService &m_links;
    const Clock &m_clock;
    Settings m_settings;
    DeviceRepository m_devices;
    EnrollmentRepository m_enrollments;
    CommandRepository m_commands;
    AuditLog m_audit;
    // SHA-256 of the token: requests are compared against it, so the token itself is not kept.
    QByteArray m_tokenDigest;
    HttpServer *m_server = nullptr;
};

} // namespace Espalier
