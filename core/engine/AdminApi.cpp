// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/AdminApi.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/crypto/Digest.h"
#include "core/crypto/OpenSsl.h"
#include "core/engine/AdminCommandFactory.h"
#include "core/engine/AdminJson.h"
#include "core/engine/AdminTokenFile.h"
#include "core/mdm/MdmService.h"
#include "core/pki/EnrollmentLinkService.h"
#include "core/plist/Plist.h"
#include "core/server/HttpRequest.h"
#include "core/server/HttpResponder.h"
#include "core/server/HttpResponse.h"
#include "core/server/HttpServer.h"
#include "core/store/Database.h"
#include "core/store/EnrollmentTokenRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <openssl/crypto.h>

#include <cmath>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

HttpResponse json(int status, const QJsonObject &object)
{
    return HttpResponse::json(AdminJson::serialize(object), status);
}

HttpResponse errorReply(int status,
                        const QString &message,
                        const QString &detail = {},
                        const QJsonObject &extra = {})
{
    QJsonObject object = extra;
    object.insert(u"error"_s, message);
    object.insert(u"detail"_s, detail);
    return json(status, object);
}

int statusFor(Error::Code code)
{
    switch (code) {
    case Error::Code::NotFound:
        return 404;
    case Error::Code::Conflict:
    case Error::Code::Cancelled:
        return 409;
    case Error::Code::InvalidInput:
    case Error::Code::Unsupported:
        return 422;
    case Error::Code::Database:
    case Error::Code::Network:
    case Error::Code::Tls:
    case Error::Code::Crypto:
    case Error::Code::Keychain:
    case Error::Code::Io:
        break;
    }
    return 500;
}

bool isServerFault(Error::Code code)
{
    return statusFor(code) == 500;
}

HttpResponse failure(const Error &error, const QJsonObject &extra = {})
{
    const int status = statusFor(error.code);
    if (status == 500)
        qCWarning(lcEngine).noquote() << "admin API:" << error.toString();
    return errorReply(status, error.message, error.detail, extra);
}

// A request body that must be a JSON object; an empty body counts as {} when allowed.
Result<QJsonObject> parseObject(const QByteArray &body, bool emptyAllowed)
{
    if (body.trimmed().isEmpty()) {
        if (emptyAllowed)
            return QJsonObject();
        return fail(Error::Code::InvalidInput,
                    AdminApi::tr("The request needs a JSON object as its body."),
                    u"empty body"_s);
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return fail(Error::Code::InvalidInput,
                    AdminApi::tr("The request body is not valid JSON."),
                    u"%1 at offset %2"_s.arg(error.errorString()).arg(error.offset));
    }
    if (!document.isObject()) {
        return fail(Error::Code::InvalidInput,
                    AdminApi::tr("The request body must be a JSON object."),
                    u"not an object"_s);
    }
    return document.object();
}

// The first key of object that is not among known, or an empty string.
QString unknownKey(const QJsonObject &object, const QStringList &known)
{
    const QStringList keys = object.keys();
    for (const QString &key : keys) {
        if (!known.contains(key))
            return key;
    }
    return {};
}

HttpResponse unknownField(const QString &field, const QStringList &known)
{
    return errorReply(400,
                      AdminApi::tr("The request has an unknown field \"%1\". Known fields: %2.")
                          .arg(field, known.join(u", "_s)),
                      u"unknown field"_s);
}

// An ISO 8601 time ("2026-05-01T12:00:00Z"); a JSON null or a missing field is nullopt.
Result<std::optional<QDateTime>> parseTime(const QJsonObject &object, const QString &field)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QDateTime at = value.isString()
                             ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs)
                             : QDateTime();
    if (!at.isValid()) {
        return fail(Error::Code::InvalidInput,
                    AdminApi::tr("\"%1\" must be an ISO 8601 time such as "
                                 "2026-05-01T12:00:00Z.")
                        .arg(field),
                    u"bad time"_s);
    }
    return at.toUTC();
}

QStringList allStateNames()
{
    QStringList names;
    for (qint64 value = 0; const std::optional<CommandState> state = commandStateFromValue(value);
         ++value)
        names.append(commandStateName(*state));
    return names;
}

QString remoteOf(const HttpRequest &request)
{
    return u"%1:%2"_s.arg(request.remoteAddress().toString()).arg(request.remotePort());
}

} // namespace

AdminApi::AdminApi(Database &database,
                   MdmService &mdm,
                   EnrollmentLinkService &links,
                   const Clock &clock,
                   Settings settings,
                   QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_mdm(mdm)
    , m_links(links)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_devices(database, clock)
    , m_enrollments(database, clock)
    , m_commands(database, clock)
    , m_audit(database, clock)
{}

AdminApi::~AdminApi()
{
    stop();
}

QString AdminApi::actor()
{
    return u"api"_s;
}

Result<void> AdminApi::start()
{
    if (m_server)
        return {};
    if (!m_settings.address.isLoopback()) {
        return fail(Error::Code::InvalidInput,
                    tr("The admin API serves plain HTTP, so it listens only on a loopback "
                       "address (127.0.0.1 or ::1), not on %1.")
                        .arg(m_settings.address.toString()),
                    u"non-loopback admin address"_s);
    }
    Result<QByteArray> token = AdminTokenFile::loadOrCreate(m_settings.tokenFile);
    if (!token)
        return fail(token.error());
    m_tokenDigest = Digest::sha256(*token);
    OpenSsl::cleanse(*token);

    HttpServer::Limits limits;
    // Scripts on this machine, not a fleet of devices.
    limits.maxConnections = 64;
    m_server = new HttpServer(limits, this);
    m_server->addRoute(
        {"GET"_ba, "POST"_ba, "PUT"_ba, "PATCH"_ba, "DELETE"_ba},
        u"/v1/"_s,
        [this](const HttpRequest &request, HttpResponder responder) {
            responder.respond(dispatch(request));
        },
        HttpRouter::Match::Prefix,
        MaxBodyBytes);
    if (Result<void> listening = m_server->listen(
            m_settings.address, m_settings.port, std::nullopt);
        !listening) {
        delete m_server;
        m_server = nullptr;
        return fail(Error::Code::Network,
                    tr("The admin API cannot listen on %1 port %2: %3")
                        .arg(m_settings.address.toString())
                        .arg(m_settings.port)
                        .arg(listening.error().message),
                    listening.error().detail);
    }
    qCInfo(lcEngine).noquote()
        << "admin API listening on"
        << u"%1:%2"_s.arg(m_settings.address.toString()).arg(m_server->serverPort());
    return {};
}

void AdminApi::stop()
{
    delete m_server;
    m_server = nullptr;
}

bool AdminApi::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 AdminApi::serverPort() const
{
    return isListening() ? m_server->serverPort() : 0;
}

bool AdminApi::isAuthorized(const HttpRequest &request) const
{
    if (m_tokenDigest.isEmpty())
        return false;
    // "Bearer <token>"; the scheme is case-insensitive (RFC 9110 §11.1).
    const QByteArray header = request.header("Authorization").trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space <= 0 || header.left(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return false;
    const QByteArray presented = header.mid(space + 1).trimmed();
    if (presented.isEmpty())
        return false;
    // Digests of equal length, compared in constant time: the answer's timing tells nothing
    // about how much of a guess was right, nor how long the token is.
    const QByteArray digest = Digest::sha256(presented);
    return digest.size() == m_tokenDigest.size()
           && CRYPTO_memcmp(digest.constData(), m_tokenDigest.constData(), size_t(digest.size()))
                  == 0;
}

HttpResponse AdminApi::dispatch(const HttpRequest &request)
{
    if (!isAuthorized(request)) {
        qCInfo(lcEngine).noquote()
            << "admin API: refused a request without a valid token from" << remoteOf(request);
        HttpResponse response = errorReply(
            401,
            tr("The admin API needs a valid token."),
            tr("Send \"Authorization: Bearer <token>\" with the token from the admin token "
               "file."));
        response.setHeader("WWW-Authenticate"_ba, "Bearer realm=\"espalier-admin\""_ba);
        return response;
    }

    const QByteArray method = request.method() == "HEAD" ? "GET"_ba : request.method();
    // The route is "/v1/", so the first segment is always "v1".
    const QStringList path = request.path().split(u'/', Qt::SkipEmptyParts).mid(1);

    using Handler = std::function<HttpResponse(const QString &id)>;

    struct Route
    {
        QByteArray method;
        QStringList pattern; // "*" matches one segment, the id
        Handler handler;
    };

    const QString any = u"*"_s;
    const QList<Route> routes = {
        {"GET"_ba, {u"devices"_s}, [this](const QString &) { return listDevices(); }},
        {"GET"_ba, {u"enrollments"_s}, [this](const QString &) { return listEnrollments(); }},
        {"GET"_ba, {u"command-types"_s}, [this](const QString &) { return listCommandTypes(); }},
        {"GET"_ba,
         {u"commands"_s},
         [this, &request](const QString &) { return listCommands(request.query()); }},
        {"POST"_ba,
         {u"commands"_s},
         [this, &request](const QString &) { return queueCommands(request.body()); }},
        {"GET"_ba, {u"commands"_s, any}, [this](const QString &id) { return showCommand(id); }},
        {"DELETE"_ba,
         {u"commands"_s, any},
         [this](const QString &id) { return cancelCommand(id); }},
        {"POST"_ba,
         {u"commands"_s, any, u"retry"_s},
         [this](const QString &id) { return retryCommand(id); }},
        {"GET"_ba,
         {u"enrollment-links"_s},
         [this](const QString &) { return listEnrollmentLinks(); }},
        {"POST"_ba,
         {u"enrollment-links"_s},
         [this, &request](const QString &) { return createEnrollmentLink(request.body()); }},
        {"GET"_ba,
         {u"enrollment-links"_s, any},
         [this](const QString &id) { return showEnrollmentLink(id); }},
        {"DELETE"_ba,
         {u"enrollment-links"_s, any},
         [this](const QString &id) { return revokeEnrollmentLink(id); }},
    };

    QByteArrayList allowed;
    for (const Route &route : routes) {
        if (route.pattern.size() != path.size())
            continue;
        QString id;
        bool matches = true;
        for (qsizetype i = 0; i < path.size() && matches; ++i) {
            if (route.pattern.at(i) == any)
                id = path.at(i);
            else
                matches = route.pattern.at(i) == path.at(i);
        }
        if (!matches)
            continue;
        if (route.method == method) {
            HttpResponse response = route.handler(id);
            qCDebug(lcEngine).noquote()
                << "admin API:" << request.method() << request.path() << response.status();
            return response;
        }
        allowed.append(route.method);
    }
    if (!allowed.isEmpty()) {
        if (allowed.contains("GET"_ba))
            allowed.append("HEAD"_ba);
        HttpResponse response = errorReply(
            405,
            tr("%1 is not allowed on %2.")
                .arg(QString::fromLatin1(request.method()), request.path()),
            tr("Allowed: %1.").arg(QString::fromLatin1(allowed.join(", "_ba))));
        response.setHeader("Allow"_ba, allowed.join(", "_ba));
        return response;
    }
    return errorReply(
        404, tr("The admin API has no resource %1.").arg(request.path()), u"no such route"_s);
}

HttpResponse AdminApi::listDevices()
{
    Result<QList<Device>> devices = m_devices.list();
    if (!devices)
        return failure(devices.error());
    Result<QList<Enrollment>> enrollments = m_enrollments.list();
    if (!enrollments)
        return failure(enrollments.error());
    QHash<QString, QList<Enrollment>> byDevice;
    for (const Enrollment &enrollment : std::as_const(*enrollments))
        byDevice[enrollment.deviceId].append(enrollment);
    QJsonArray array;
    for (const Device &device : std::as_const(*devices))
        array.append(AdminJson::device(device, byDevice.value(device.udid)));
    return json(200, {{u"devices"_s, array}});
}

HttpResponse AdminApi::listEnrollments()
{
    Result<QList<Enrollment>> enrollments = m_enrollments.list();
    if (!enrollments)
        return failure(enrollments.error());
    QJsonArray array;
    for (const Enrollment &enrollment : std::as_const(*enrollments))
        array.append(AdminJson::enrollment(enrollment));
    return json(200, {{u"enrollments"_s, array}});
}

HttpResponse AdminApi::listCommandTypes()
{
    QJsonArray array;
    for (const AdminCommandFactory::CommandType &type : AdminCommandFactory::types()) {
        QJsonArray parameters;
        for (const AdminCommandFactory::Parameter &parameter : type.parameters) {
            QJsonObject object{{u"name"_s, parameter.name},
                               {u"kind"_s, AdminCommandFactory::kindName(parameter.kind)}};
            if (!parameter.choices.isEmpty())
                object.insert(u"choices"_s, QJsonArray::fromStringList(parameter.choices));
            parameters.append(object);
        }
        array.append(QJsonObject{
            {u"type"_s, type.type},
            {u"name"_s, AdminCommandFactory::displayName(type.type)},
            {u"params"_s, parameters},
        });
    }
    return json(200, {{u"command_types"_s, array}});
}

HttpResponse AdminApi::listCommands(const QUrlQuery &query)
{
    const QStringList known{u"enrollment"_s, u"state"_s, u"limit"_s};
    const QList<std::pair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!known.contains(key)) {
            return errorReply(400,
                              tr("Unknown query parameter \"%1\". Known parameters: %2.")
                                  .arg(key, known.join(u", "_s)),
                              u"unknown query parameter"_s);
        }
    }

    QList<CommandState> states;
    const QString stateText = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    if (!stateText.isEmpty()) {
        const QStringList names = stateText.split(u',', Qt::SkipEmptyParts);
        for (const QString &name : names) {
            const std::optional<CommandState> state = commandStateFromName(name.trimmed());
            if (!state) {
                return errorReply(400,
                                  tr("Unknown command state \"%1\". States: %2.")
                                      .arg(name, allStateNames().join(u", "_s)),
                                  u"unknown state"_s);
            }
            states.append(*state);
        }
    }

    int limit = DefaultCommandLimit;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > MaxCommandLimit) {
            return errorReply(400,
                              tr("\"limit\" must be a number from 1 to %1.").arg(MaxCommandLimit),
                              u"bad limit"_s);
        }
    }

    Result<QList<Command>> commands = QList<Command>();
    const QString enrollment = query.queryItemValue(u"enrollment"_s, QUrl::FullyDecoded);
    if (!enrollment.isEmpty()) {
        Result<std::optional<Enrollment>> found = m_enrollments.find(enrollment);
        if (!found)
            return failure(found.error());
        if (!*found) {
            return errorReply(404,
                              tr("The enrollment \"%1\" does not exist.").arg(enrollment),
                              u"unknown enrollment"_s);
        }
        commands = m_commands.listForEnrollment(enrollment);
        if (commands && !states.isEmpty()) {
            commands->removeIf(
                [&states](const Command &command) { return !states.contains(command.state); });
        }
    } else {
        commands = m_commands.listAll(states);
    }
    if (!commands)
        return failure(commands.error());

    const qsizetype total = commands->size();
    // Oldest first, as stored; a limit keeps the newest.
    const QList<Command> shown = commands->mid(std::max<qsizetype>(0, total - limit));
    QJsonArray array;
    for (const Command &command : shown)
        array.append(AdminJson::commandSummary(command));
    return json(200,
                {{u"commands"_s, array},
                 {u"total"_s, qint64(total)},
                 {u"truncated"_s, shown.size() < total}});
}

HttpResponse AdminApi::showCommand(const QString &uuid)
{
    Result<std::optional<Command>> command = m_commands.find(uuid);
    if (!command)
        return failure(command.error());
    if (!*command) {
        return errorReply(
            404, tr("The command %1 does not exist.").arg(uuid), u"unknown command"_s);
    }
    return json(200, AdminJson::commandDetail(**command));
}

Result<MdmCommand> AdminApi::buildTyped(const QString &type,
                                        const QJsonObject &params,
                                        const Enrollment &enrollment)
{
    Result<const AdminCommandFactory::CommandType *> kind = AdminCommandFactory::lookup(type);
    if (!kind)
        return fail(kind.error());
    Result<std::optional<Device>> device = m_devices.find(enrollment.deviceId);
    if (!device)
        return fail(device.error());

    QByteArray unlockToken;
    bool hasUnlockToken = false;
    // Only a device channel holds an unlock token; the builder refuses user channels anyway.
    if ((*kind)->needsUnlockToken && enrollment.type == EnrollmentType::Device) {
        if (!m_settings.unlockTokenBox) {
            return fail(Error::Code::Unsupported,
                        tr("Clear Passcode is not available through this engine's admin API: "
                           "it has no access to the escrowed unlock tokens."),
                        u"no unlock token box"_s);
        }
        EnrollmentTokenRepository tokens(m_database, m_clock, *m_settings.unlockTokenBox);
        Result<std::optional<QByteArray>> stored = tokens.unlockToken(enrollment.id);
        if (!stored)
            return fail(stored.error());
        if (*stored) {
            unlockToken = std::move(**stored);
            hasUnlockToken = true;
        }
    }
    const CommandTarget target = AdminCommandFactory::target(enrollment, *device, hasUnlockToken);
    Result<MdmCommand> built = AdminCommandFactory::build(type, params, target, unlockToken);
    OpenSsl::cleanse(unlockToken);
    return built;
}

HttpResponse AdminApi::queueCommands(const QByteArray &body)
{
    Result<QJsonObject> parsed = parseObject(body, false);
    if (!parsed)
        return errorReply(400, parsed.error().message, parsed.error().detail);
    const QJsonObject &request = *parsed;
    const QStringList known{u"enrollments"_s, u"type"_s, u"params"_s, u"raw"_s, u"expires_at"_s};
    if (const QString unknown = unknownKey(request, known); !unknown.isEmpty())
        return unknownField(unknown, known);

    const QJsonValue targetsValue = request.value(u"enrollments"_s);
    const QJsonArray targetsArray = targetsValue.toArray();
    QStringList targets;
    for (const QJsonValue value : targetsArray) {
        if (!value.isString() || value.toString().isEmpty()) {
            targets.clear();
            break;
        }
        targets.append(value.toString());
    }
    if (!targetsValue.isArray() || targets.isEmpty()) {
        return errorReply(400,
                          tr("\"enrollments\" must be a non-empty list of enrollment ids."),
                          u"bad enrollments"_s);
    }
    targets.removeDuplicates();
    if (targets.size() > MaxTargets) {
        return errorReply(400,
                          tr("One request may name at most %1 enrollments.").arg(MaxTargets),
                          u"too many enrollments"_s);
    }

    const bool typed = request.contains(u"type"_s);
    const bool raw = request.contains(u"raw"_s);
    if (typed == raw) {
        return errorReply(400,
                          tr("Give either \"type\" (with \"params\") or \"raw\"."),
                          typed ? u"both type and raw"_s : u"neither type nor raw"_s);
    }
    if (raw && request.contains(u"params"_s)) {
        return errorReply(400,
                          tr("\"params\" belongs to a typed command; a raw command carries its "
                             "keys in its property list."),
                          u"params with raw"_s);
    }
    Result<std::optional<QDateTime>> expiresAt = parseTime(request, u"expires_at"_s);
    if (!expiresAt)
        return errorReply(400, expiresAt.error().message, expiresAt.error().detail);

    QString type;
    QJsonObject params;
    MdmCommand rawCommand;
    if (typed) {
        if (!request.value(u"type"_s).isString())
            return errorReply(400, tr("\"type\" must be a string."), u"bad type"_s);
        type = request.value(u"type"_s).toString();
        if (Result<const AdminCommandFactory::CommandType *> kind = AdminCommandFactory::lookup(
                type);
            !kind)
            return failure(kind.error());
        const QJsonValue paramsValue = request.value(u"params"_s);
        if (!paramsValue.isUndefined() && !paramsValue.isNull() && !paramsValue.isObject()) {
            return errorReply(400, tr("\"params\" must be a JSON object."), u"bad params"_s);
        }
        params = paramsValue.toObject();
    } else {
        const QJsonValue rawValue = request.value(u"raw"_s);
        QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
            rawValue.toString().toLatin1(),
            QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!rawValue.isString() || !decoded || decoded.decoded.isEmpty()) {
            return errorReply(
                400, tr("\"raw\" must be a property list encoded as base64."), u"bad base64"_s);
        }
        Result<QVariant> plist = Plist::parse(decoded.decoded);
        if (!plist) {
            return errorReply(
                422, tr("The raw command is not a valid property list."), plist.error().detail);
        }
        QVariantMap fields = plist->toMap();
        if (plist->metaType().id() != QMetaType::QVariantMap) {
            return errorReply(422,
                              tr("The raw command must be a dictionary with a RequestType."),
                              u"not a dict"_s);
        }
        if (fields.contains(u"Command"_s) || fields.contains(u"CommandUUID"_s)) {
            return errorReply(422,
                              tr("Give the Command dictionary itself (with its RequestType), "
                                 "without CommandUUID: the queue adds those."),
                              u"envelope given"_s);
        }
        const QVariant requestType = fields.take(u"RequestType"_s);
        if (requestType.metaType().id() != QMetaType::QString
            || requestType.toString().trimmed().isEmpty()) {
            return errorReply(
                422, tr("The raw command has no RequestType string."), u"no RequestType"_s);
        }
        rawCommand = MdmCommand{requestType.toString(), fields};
    }

    // Every target is checked and every command built before anything is written, so a refusal
    // for one target queues nothing for the others.
    struct Group
    {
        MdmCommand command;
        QStringList enrollments;
    };

    QList<Group> groups;
    for (const QString &id : std::as_const(targets)) {
        const QJsonObject where{{u"enrollment"_s, id}};
        Result<std::optional<Enrollment>> enrollment = m_enrollments.find(id);
        if (!enrollment)
            return failure(enrollment.error());
        if (!*enrollment) {
            return errorReply(404,
                              tr("The enrollment \"%1\" does not exist.").arg(id),
                              u"unknown enrollment"_s,
                              where);
        }
        if ((*enrollment)->isCheckedOut()) {
            return errorReply(409,
                              tr("The enrollment \"%1\" has checked out; the device is no "
                                 "longer enrolled.")
                                  .arg(id),
                              u"checked out"_s,
                              where);
        }
        MdmCommand command = rawCommand;
        if (typed) {
            Result<MdmCommand> built = buildTyped(type, params, **enrollment);
            if (!built) {
                if (isServerFault(built.error().code))
                    return failure(built.error(), where);
                return errorReply(422, built.error().message, built.error().detail, where);
            }
            command = std::move(*built);
        }
        // Targets that get the same command share one queue call.
        auto same = std::find_if(groups.begin(), groups.end(), [&command](const Group &group) {
            return group.command.requestType == command.requestType
                   && group.command.fields == command.fields;
        });
        if (same == groups.end())
            groups.append(Group{std::move(command), {id}});
        else
            same->enrollments.append(id);
    }

    QHash<QString, QString> uuidOf;
    Result<void> queued = m_database.transaction([&]() -> Result<void> {
        for (const Group &group : std::as_const(groups)) {
            Result<QStringList> uuids = m_mdm.commandQueue().enqueue(
                group.enrollments, group.command, actor(), *expiresAt);
            if (!uuids)
                return fail(uuids.error());
            for (qsizetype i = 0; i < uuids->size() && i < group.enrollments.size(); ++i)
                uuidOf.insert(group.enrollments.at(i), uuids->at(i));
        }
        return {};
    });
    if (!queued)
        return failure(queued.error());

    QStringList uuids;
    QJsonArray pairs;
    for (const QString &id : std::as_const(targets)) {
        const QString uuid = uuidOf.value(id);
        uuids.append(uuid);
        pairs.append(QJsonObject{{u"enrollment"_s, id}, {u"uuid"_s, uuid}});
    }
    qCInfo(lcEngine).noquote() << "admin API queued" << (typed ? type : rawCommand.requestType)
                               << (raw ? "(raw)" : "") << "for" << targets.size()
                               << "enrollment(s)";
    Q_EMIT commandsChanged(uuids);
    Q_EMIT pushRequested(targets, QDateTime());
    return json(201, {{u"commands"_s, QJsonArray::fromStringList(uuids)}, {u"queued"_s, pairs}});
}

HttpResponse AdminApi::cancelCommand(const QString &uuid)
{
    Result<std::optional<Command>> command = m_commands.find(uuid);
    if (!command)
        return failure(command.error());
    if (!*command) {
        return errorReply(
            404, tr("The command %1 does not exist.").arg(uuid), u"unknown command"_s);
    }
    if (isFinal((*command)->state)) {
        return errorReply(409,
                          tr("The command %1 has already finished (%2); it can no longer be "
                             "cancelled.")
                              .arg(uuid, commandStateName((*command)->state)),
                          u"already final"_s,
                          {{u"state"_s, commandStateName((*command)->state)}});
    }
    Result<Command> cancelled = m_mdm.cancel(uuid, actor());
    if (!cancelled)
        return failure(cancelled.error());
    qCInfo(lcEngine).noquote() << "admin API cancelled" << uuid;
    return json(200, AdminJson::commandSummary(*cancelled));
}

HttpResponse AdminApi::retryCommand(const QString &uuid)
{
    Result<QString> retried = m_mdm.retry(uuid, actor());
    if (!retried)
        return failure(retried.error());
    qCInfo(lcEngine).noquote() << "admin API retried" << uuid << "as" << *retried;
    return json(201, {{u"uuid"_s, *retried}, {u"retry_of"_s, uuid}});
}

HttpResponse AdminApi::listEnrollmentLinks()
{
    Result<QList<EnrollmentLink>> links = m_links.list();
    if (!links)
        return failure(links.error());
    const QDateTime now = m_clock.now();
    QJsonArray array;
    for (const EnrollmentLink &link : std::as_const(*links))
        array.append(AdminJson::enrollmentLink(link, now));
    return json(200, {{u"enrollment_links"_s, array}});
}

HttpResponse AdminApi::showEnrollmentLink(const QString &id)
{
    Result<std::optional<EnrollmentLink>> link = m_links.find(id);
    if (!link)
        return failure(link.error());
    if (!*link) {
        return errorReply(404,
                          tr("The enrollment link %1 does not exist.").arg(id),
                          u"unknown enrollment link"_s);
    }
    return json(200, AdminJson::enrollmentLink(**link, m_clock.now()));
}

HttpResponse AdminApi::createEnrollmentLink(const QByteArray &body)
{
    Result<QJsonObject> parsed = parseObject(body, true);
    if (!parsed)
        return errorReply(400, parsed.error().message, parsed.error().detail);
    const QJsonObject &request = *parsed;
    const QStringList known{u"label"_s, u"max_uses"_s, u"expires_at"_s};
    if (const QString unknown = unknownKey(request, known); !unknown.isEmpty())
        return unknownField(unknown, known);
    if (m_settings.publicUrl.isEmpty()) {
        return errorReply(409,
                          tr("The engine has no public URL yet, so an enrollment link would "
                             "lead nowhere."),
                          u"no public URL"_s);
    }

    EnrollmentLinkService::CreateOptions options;
    options.createdBy = actor();
    const QJsonValue label = request.value(u"label"_s);
    if (!label.isUndefined() && !label.isNull() && !label.isString())
        return errorReply(400, tr("\"label\" must be a string."), u"bad label"_s);
    options.label = label.toString();
    const QJsonValue maxUses = request.value(u"max_uses"_s);
    if (!maxUses.isUndefined() && !maxUses.isNull()) {
        const double number = maxUses.toDouble(std::nan(""));
        if (!maxUses.isDouble() || std::trunc(number) != number
            || std::abs(number) > double(std::numeric_limits<int>::max())) {
            return errorReply(400, tr("\"max_uses\" must be a whole number."), u"bad max_uses"_s);
        }
        options.maxUses = int(number);
    }
    Result<std::optional<QDateTime>> expiresAt = parseTime(request, u"expires_at"_s);
    if (!expiresAt)
        return errorReply(400, expiresAt.error().message, expiresAt.error().detail);
    options.expiresAt = expiresAt->value_or(QDateTime());

    Result<EnrollmentLinkService::CreatedLink> created = m_database.transaction(
        [&]() -> Result<EnrollmentLinkService::CreatedLink> {
            Result<EnrollmentLinkService::CreatedLink> link = m_links.create(options);
            if (!link)
                return link;
            const QString detail = u"label \"%1\", max uses %2, expires %3"_s.arg(
                link->link.label,
                link->link.maxUses ? QString::number(*link->link.maxUses) : u"unlimited"_s,
                link->link.expiresAt.isValid() ? link->link.expiresAt.toString(Qt::ISODate)
                                               : u"never"_s);
            Result<AuditEntry> audited = m_audit.append(
                actor(), u"enrollment-link.created"_s, link->link.id, detail);
            if (!audited)
                return fail(audited.error());
            return link;
        });
    if (!created)
        return failure(created.error());

    QUrl url = m_settings.publicUrl;
    url.setPath(u"/enroll/"_s + created->token);
    url.setQuery(QString());
    url.setFragment(QString());
    QJsonObject answer = AdminJson::enrollmentLink(created->link, m_clock.now());
    answer.insert(u"url"_s, url.toString(QUrl::FullyEncoded));
    qCInfo(lcEngine).noquote() << "admin API created enrollment link" << created->link.id;
    return json(201, answer);
}

HttpResponse AdminApi::revokeEnrollmentLink(const QString &id)
{
    Result<std::optional<EnrollmentLink>> existing = m_links.find(id);
    if (!existing)
        return failure(existing.error());
    if (!*existing) {
        return errorReply(404,
                          tr("The enrollment link %1 does not exist.").arg(id),
                          u"unknown enrollment link"_s);
    }
    if ((*existing)->isRevoked())
        return json(200, AdminJson::enrollmentLink(**existing, m_clock.now()));
    Result<EnrollmentLink> revoked = m_database.transaction([&]() -> Result<EnrollmentLink> {
        Result<EnrollmentLink> link = m_links.revoke(id);
        if (!link)
            return link;
        Result<AuditEntry> audited = m_audit.append(
            actor(), u"enrollment-link.revoked"_s, id, u"label \"%1\""_s.arg(link->label));
        if (!audited)
            return fail(audited.error());
        return link;
    });
    if (!revoked)
        return failure(revoked.error());
    qCInfo(lcEngine).noquote() << "admin API revoked enrollment link" << id;
    return json(200, AdminJson::enrollmentLink(*revoked, m_clock.now()));
}

} // namespace Espalier
