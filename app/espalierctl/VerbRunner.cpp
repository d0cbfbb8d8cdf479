// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/espalierctl/VerbRunner.h"

#include "app/espalierctl/TextTable.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <chrono>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// Requests that take longer than this count as a lost connection.
constexpr auto RequestTimeout = std::chrono::seconds(30);
constexpr int FirstPollDelayMs = 200;
constexpr int MaxPollDelayMs = 2000;
// The admin API takes bodies up to 1 MiB; base64 makes a plist a third larger.
constexpr qint64 MaxRawFileBytes = qint64{700} * 1024;

void writeTo(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void printOut(const QString &text)
{
    writeTo(stdout, text);
}

void printErr(const QString &text)
{
    writeTo(stderr, u"espalierctl: "_s + text + u'\n');
}

QString orDash(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return u"-"_s;
    if (value.isBool())
        return value.toBool() ? u"yes"_s : u"no"_s;
    if (value.isDouble())
        return QString::number(value.toDouble());
    const QString text = value.toString();
    return text.isEmpty() ? u"-"_s : text;
}

// An API time in local time, to the minute for tables or to the second.
QString when(const QJsonValue &value, bool seconds = false)
{
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        return u"-"_s;
    return at.toLocalTime().toString(seconds ? u"yyyy-MM-dd HH:mm:ss"_s : u"yyyy-MM-dd HH:mm"_s);
}

std::optional<bool> parseBool(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == u"true"_s || lower == u"yes"_s || lower == u"on"_s || lower == u"1"_s)
        return true;
    if (lower == u"false"_s || lower == u"no"_s || lower == u"off"_s || lower == u"0"_s)
        return false;
    return std::nullopt;
}

// A parameter the API did not describe: numbers and booleans as such, anything else as text.
QJsonValue guessValue(const QString &text)
{
    if (text == u"true"_s || text == u"false"_s)
        return text == u"true"_s;
    bool isInteger = false;
    const qlonglong integer = text.toLongLong(&isInteger);
    if (isInteger)
        return qint64(integer);
    bool isNumber = false;
    const double number = text.toDouble(&isNumber);
    if (isNumber)
        return number;
    return text;
}

} // namespace

VerbRunner::VerbRunner(CommandLine::Invocation invocation, QObject *parent)
    : QObject(parent)
    , m_invocation(std::move(invocation))
{
    m_client = new AdminClient(m_invocation.url, m_invocation.token, RequestTimeout, this);
}

void VerbRunner::start()
{
    const QString &verb = m_invocation.verb;
    if (verb == u"devices"_s)
        listDevices();
    else if (verb == u"enrollments"_s)
        listEnrollments();
    else if (verb == u"types"_s)
        listTypes();
    else if (verb == u"link create"_s)
        createLink();
    else if (verb == u"links"_s)
        listLinks();
    else if (verb == u"command"_s)
        queueCommand();
    else if (verb == u"raw"_s)
        queueRawCommand();
    else if (verb == u"commands"_s)
        listCommands();
    else if (verb == u"show"_s)
        showCommand();
    else if (verb == u"cancel"_s)
        cancelCommand();
    else if (verb == u"retry"_s)
        retryCommand();
    else if (verb == u"wait"_s) {
        m_waitClock.start();
        m_pollDelayMs = FirstPollDelayMs;
        poll();
    } else
        usageError(tr("Unknown verb \"%1\".").arg(verb));
}

void VerbRunner::get(const QString &path,
                     const QUrlQuery &query,
                     const std::function<void(const QJsonObject &)> &done)
{
    m_client->send("GET"_ba, path, query, std::nullopt, [this, done](const AdminClient::Reply &r) {
        if (std::optional<QJsonObject> object = accept(r))
            done(*object);
    });
}

void VerbRunner::post(const QByteArray &method,
                      const QString &path,
                      const QJsonObject &body,
                      const std::function<void(const QJsonObject &)> &done)
{
    m_client->send(method, path, {}, body, [this, done](const AdminClient::Reply &r) {
        if (std::optional<QJsonObject> object = accept(r))
            done(*object);
    });
}

std::optional<QJsonObject> VerbRunner::accept(const AdminClient::Reply &reply)
{
    if (!reply.answered) {
        printErr(tr("Cannot reach the admin API at %1: %2")
                     .arg(m_invocation.url.toString(), reply.networkError));
        printErr(tr("Check that the engine runs with an admin port, and the --url."));
        finish(ExitCode::Connection);
        return std::nullopt;
    }
    if (reply.isSuccess() && reply.object)
        return reply.object;
    if (reply.isSuccess()) {
        printErr(tr("The admin API answered with something that is not JSON (HTTP %1).")
                     .arg(reply.status));
        finish(ExitCode::Refused);
        return std::nullopt;
    }
    if (m_invocation.json && reply.object)
        printOut(QString::fromUtf8(QJsonDocument(*reply.object).toJson(QJsonDocument::Indented)));
    if (reply.object) {
        printErr(
            tr("%1 (HTTP %2)").arg(reply.object->value(u"error"_s).toString()).arg(reply.status));
        // The detail is for logs and bug reports; indented so the message stands out.
        const QString detail = reply.object->value(u"detail"_s).toString();
        if (!detail.isEmpty())
            writeTo(stderr, u"  "_s + detail + u'\n');
    } else {
        printErr(tr("The admin API refused the request (HTTP %1): %2")
                     .arg(reply.status)
                     .arg(QString::fromUtf8(reply.body.trimmed().left(500))));
    }
    if (reply.status == 401)
        printErr(tr("Check the token (--token-file or ESPALIER_TOKEN)."));
    finish(ExitCode::Refused);
    return std::nullopt;
}

bool VerbRunner::printJson(const QJsonObject &object)
{
    if (!m_invocation.json)
        return false;
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    return true;
}

void VerbRunner::usageError(const QString &message)
{
    printErr(message);
    finish(ExitCode::Usage);
}

void VerbRunner::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(toInt(code));
}

void VerbRunner::listDevices()
{
    get(u"/v1/devices"_s, {}, [this](const QJsonObject &answer) {
        if (!printJson(answer)) {
            TextTable table(
                {tr("UDID"), tr("SERIAL"), tr("NAME"), tr("MODEL"), tr("OS"), tr("ENROLLMENTS")});
            const QJsonArray devices = answer.value(u"devices"_s).toArray();
            for (const QJsonValue value : devices) {
                const QJsonObject device = value.toObject();
                QStringList channels;
                const QJsonArray enrollments = device.value(u"enrollments"_s).toArray();
                for (const QJsonValue channel : enrollments) {
                    channels.append(u"%1 (%2)"_s.arg(channel[u"id"_s].toString(),
                                                     channel[u"state"_s].toString()));
                }
                QString model = device.value(u"model_name"_s).toString();
                if (model.isEmpty())
                    model = device.value(u"product_name"_s).toString();
                const QString os = QStringList{device.value(u"platform"_s).toString(),
                                               device.value(u"os_version"_s).toString()}
                                       .join(u' ')
                                       .trimmed();
                table.addRow({device.value(u"udid"_s).toString(),
                              orDash(device.value(u"serial_number"_s)),
                              orDash(device.value(u"name"_s)),
                              orDash(model),
                              orDash(os),
                              channels.isEmpty() ? u"-"_s : channels.join(u", "_s)});
            }
            printOut(table.toString());
        }
        finish(ExitCode::Success);
    });
}

void VerbRunner::listEnrollments()
{
    get(u"/v1/enrollments"_s, {}, [this](const QJsonObject &answer) {
        if (!printJson(answer)) {
            TextTable table(
                {tr("ID"), tr("TYPE"), tr("DEVICE"), tr("STATE"), tr("PUSH"), tr("LAST SEEN")});
            const QJsonArray enrollments = answer.value(u"enrollments"_s).toArray();
            for (const QJsonValue value : enrollments) {
                const QJsonObject enrollment = value.toObject();
                table.addRow({enrollment.value(u"id"_s).toString(),
                              enrollment.value(u"type"_s).toString(),
                              orDash(enrollment.value(u"device"_s)),
                              enrollment.value(u"state"_s).toString(),
                              enrollment.value(u"push_token_state"_s).toString(),
                              when(enrollment.value(u"last_seen_at"_s))});
            }
            printOut(table.toString());
        }
        finish(ExitCode::Success);
    });
}

void VerbRunner::listTypes()
{
    get(u"/v1/command-types"_s, {}, [this](const QJsonObject &answer) {
        if (!printJson(answer)) {
            TextTable table({tr("TYPE"), tr("PARAMETERS")});
            const QJsonArray types = answer.value(u"command_types"_s).toArray();
            for (const QJsonValue value : types) {
                QStringList parameters;
                const QJsonArray params = value[u"params"_s].toArray();
                for (const QJsonValue param : params) {
                    QString kind = param[u"kind"_s].toString();
                    const QJsonArray choices = param[u"choices"_s].toArray();
                    if (!choices.isEmpty()) {
                        QStringList names;
                        for (const QJsonValue choice : choices)
                            names.append(choice.toString());
                        kind = names.join(u'|');
                    }
                    parameters.append(u"%1=<%2>"_s.arg(param[u"name"_s].toString(), kind));
                }
                table.addRow({value[u"type"_s].toString(),
                              parameters.isEmpty() ? u"-"_s : parameters.join(u' ')});
            }
            printOut(table.toString());
        }
        finish(ExitCode::Success);
    });
}

void VerbRunner::createLink()
{
    QJsonObject body;
    if (!m_invocation.label.isEmpty())
        body.insert(u"label"_s, m_invocation.label);
    if (m_invocation.maxUses)
        body.insert(u"max_uses"_s, *m_invocation.maxUses);
    if (!m_invocation.expiresAt.isEmpty())
        body.insert(u"expires_at"_s, m_invocation.expiresAt);
    post("POST"_ba, u"/v1/enrollment-links"_s, body, [this](const QJsonObject &answer) {
        if (!printJson(answer)) {
            printOut(tr("Created enrollment link %1").arg(answer.value(u"id"_s).toString()) + u'\n'
                     + answer.value(u"url"_s).toString() + u'\n');
        }
        finish(ExitCode::Success);
    });
}

void VerbRunner::listLinks()
{
    get(u"/v1/enrollment-links"_s, {}, [this](const QJsonObject &answer) {
        if (!printJson(answer)) {
            TextTable table(
                {tr("ID"), tr("LABEL"), tr("STATE"), tr("USES"), tr("EXPIRES"), tr("CREATED")});
            const QJsonArray links = answer.value(u"enrollment_links"_s).toArray();
            for (const QJsonValue value : links) {
                const QJsonObject link = value.toObject();
                QString uses = QString::number(link.value(u"use_count"_s).toInt());
                if (!link.value(u"max_uses"_s).isNull())
                    uses += u'/' + QString::number(link.value(u"max_uses"_s).toInt());
                table.addRow({link.value(u"id"_s).toString(),
                              orDash(link.value(u"label"_s)),
                              link.value(u"state"_s).toString(),
                              uses,
                              link.value(u"expires_at"_s).isNull()
                                  ? tr("never")
                                  : when(link.value(u"expires_at"_s)),
                              when(link.value(u"created_at"_s))});
            }
            printOut(table.toString());
        }
        finish(ExitCode::Success);
    });
}

void VerbRunner::queueCommand()
{
    // The parameter kinds tell "pin=0123" (text) from "managed_only=true" (a boolean) and which
    // values are lists. An API that cannot describe them gets the values guessed.
    m_client->send("GET"_ba,
                   u"/v1/command-types"_s,
                   {},
                   std::nullopt,
                   [this](const AdminClient::Reply &reply) {
                       if (!reply.answered) {
                           (void)accept(reply);
                           return;
                       }
                       queueTypedCommand(reply.isSuccess() ? reply.object : std::nullopt);
                   });
}

void VerbRunner::queueTypedCommand(const std::optional<QJsonObject> &types)
{
    const QString type = m_invocation.arguments.first();
    QHash<QString, QJsonObject> described;
    if (types) {
        const QJsonArray list = types->value(u"command_types"_s).toArray();
        for (const QJsonValue value : list) {
            if (value[u"type"_s].toString() != type)
                continue;
            const QJsonArray params = value[u"params"_s].toArray();
            for (const QJsonValue param : params)
                described.insert(param[u"name"_s].toString(), param.toObject());
        }
    }

    QStringList enrollments;
    QJsonObject params;
    for (const QString &argument : m_invocation.arguments.mid(1)) {
        const qsizetype equals = argument.indexOf(u'=');
        if (equals < 0) {
            enrollments.append(argument);
            continue;
        }
        const QString key = argument.left(equals);
        const QString text = argument.mid(equals + 1);
        if (key.isEmpty()) {
            usageError(tr("\"%1\" has no parameter name before the \"=\".").arg(argument));
            return;
        }
        if (params.contains(key)) {
            usageError(tr("The parameter \"%1\" is given twice.").arg(key));
            return;
        }
        const auto found = described.constFind(key);
        const QString kind = found == described.cend() ? QString()
                                                       : found->value(u"kind"_s).toString();
        if (kind == u"string"_s) {
            params.insert(key, text);
        } else if (kind == u"boolean"_s) {
            const std::optional<bool> flag = parseBool(text);
            if (!flag) {
                usageError(
                    tr("The parameter \"%1\" takes true or false, not \"%2\".").arg(key, text));
                return;
            }
            params.insert(key, *flag);
        } else if (kind == u"string-list"_s) {
            QJsonArray list;
            const QStringList items = text.split(u',', Qt::SkipEmptyParts);
            for (const QString &item : items) {
                if (!item.trimmed().isEmpty())
                    list.append(item.trimmed());
            }
            params.insert(key, list);
        } else if (kind == u"data"_s) {
            if (text.startsWith(u'@')) {
                QFile file(text.mid(1));
                if (!file.open(QIODevice::ReadOnly)) {
                    usageError(tr("Cannot read %1 for the parameter \"%2\": %3")
                                   .arg(file.fileName(), key, file.errorString()));
                    return;
                }
                params.insert(key, QString::fromLatin1(file.readAll().toBase64()));
            } else {
                params.insert(key, text);
            }
        } else {
            params.insert(key, guessValue(text));
        }
    }

    QJsonObject body{{u"enrollments"_s, QJsonArray::fromStringList(enrollments)},
                     {u"type"_s, type},
                     {u"params"_s, params}};
    if (!m_invocation.expiresAt.isEmpty())
        body.insert(u"expires_at"_s, m_invocation.expiresAt);
    post("POST"_ba, u"/v1/commands"_s, body, [this](const QJsonObject &answer) {
        printQueued(answer);
    });
}

void VerbRunner::queueRawCommand()
{
    QStringList enrollments = m_invocation.arguments;
    QFile file(enrollments.takeLast());
    if (!file.open(QIODevice::ReadOnly)) {
        usageError(
            tr("Cannot read the command file %1: %2").arg(file.fileName(), file.errorString()));
        return;
    }
    if (file.size() > MaxRawFileBytes) {
        usageError(tr("The command file %1 is larger than %2 KiB, more than the admin API takes.")
                       .arg(file.fileName())
                       .arg(MaxRawFileBytes / 1024));
        return;
    }
    QJsonObject body{{u"enrollments"_s, QJsonArray::fromStringList(enrollments)},
                     {u"raw"_s, QString::fromLatin1(file.readAll().toBase64())}};
    if (!m_invocation.expiresAt.isEmpty())
        body.insert(u"expires_at"_s, m_invocation.expiresAt);
    post("POST"_ba, u"/v1/commands"_s, body, [this](const QJsonObject &answer) {
        printQueued(answer);
    });
}

void VerbRunner::printQueued(const QJsonObject &answer)
{
    if (!printJson(answer)) {
        QString lines;
        const QJsonArray uuids = answer.value(u"commands"_s).toArray();
        for (const QJsonValue uuid : uuids)
            lines += uuid.toString() + u'\n';
        printOut(lines);
    }
    finish(ExitCode::Success);
}

void VerbRunner::listCommands()
{
    QUrlQuery query;
    if (!m_invocation.state.isEmpty())
        query.addQueryItem(u"state"_s, m_invocation.state);
    if (!m_invocation.enrollment.isEmpty())
        query.addQueryItem(u"enrollment"_s, m_invocation.enrollment);
    if (m_invocation.limit)
        query.addQueryItem(u"limit"_s, QString::number(*m_invocation.limit));
    get(u"/v1/commands"_s, query, [this](const QJsonObject &answer) {
        if (!printJson(answer)) {
            TextTable table({tr("UUID"),
                             tr("ENROLLMENT"),
                             tr("TYPE"),
                             tr("STATE"),
                             tr("CREATED"),
                             tr("COMPLETED")});
            const QJsonArray commands = answer.value(u"commands"_s).toArray();
            for (const QJsonValue value : commands) {
                const QJsonObject command = value.toObject();
                table.addRow({command.value(u"uuid"_s).toString(),
                              command.value(u"enrollment"_s).toString(),
                              command.value(u"type"_s).toString(),
                              command.value(u"state"_s).toString(),
                              when(command.value(u"created_at"_s)),
                              when(command.value(u"completed_at"_s))});
            }
            printOut(table.toString());
            if (answer.value(u"truncated"_s).toBool()) {
                printErr(tr("Showing the newest %1 of %2 commands; use --limit for more.")
                             .arg(commands.size())
                             .arg(answer.value(u"total"_s).toInteger()));
            }
        }
        finish(ExitCode::Success);
    });
}

void VerbRunner::showCommand()
{
    const QString uuid = m_invocation.arguments.first();
    get(u"/v1/commands/"_s + uuid, {}, [this](const QJsonObject &command) {
        if (!printJson(command)) {
            QString attempts = QString::number(command.value(u"attempts"_s).toInt());
            if (const int notNow = command.value(u"not_now_count"_s).toInt(); notNow > 0)
                attempts += tr(" (NotNow %1 times)").arg(notNow);
            const QList<std::pair<QString, QString>> fields{
                {tr("UUID"), command.value(u"uuid"_s).toString()},
                {tr("Enrollment"), command.value(u"enrollment"_s).toString()},
                {tr("Type"), command.value(u"type"_s).toString()},
                {tr("State"), command.value(u"state"_s).toString()},
                {tr("Created"),
                 tr("%1 by %2")
                     .arg(when(command.value(u"created_at"_s), true),
                          orDash(command.value(u"created_by"_s)))},
                {tr("Pushed"), when(command.value(u"pushed_at"_s), true)},
                {tr("Sent"), when(command.value(u"sent_at"_s), true)},
                {tr("Completed"), when(command.value(u"completed_at"_s), true)},
                {tr("Expires"), when(command.value(u"expires_at"_s), true)},
                {tr("Attempts"), attempts},
                {tr("Error chain"), orDash(command.value(u"error_chain"_s))},
            };
            qsizetype width = 0;
            for (const auto &field : fields)
                width = std::max(width, field.first.size());
            QString text;
            for (const auto &[label, value] : fields)
                text += QString(label + u':').leftJustified(width + 2) + value + u'\n';
            const QJsonValue result = command.value(u"result"_s);
            if (result.isObject()) {
                text += tr("Result:") + u'\n';
                const QString json = QString::fromUtf8(
                    QJsonDocument(result.toObject()).toJson(QJsonDocument::Indented));
                const QStringList lines = json.split(u'\n', Qt::SkipEmptyParts);
                for (const QString &line : lines)
                    text += u"  "_s + line + u'\n';
            } else {
                text += QString(tr("Result") + u':').leftJustified(width + 2) + u"-\n"_s;
            }
            printOut(text);
        }
        finish(ExitCode::Success);
    });
}

void VerbRunner::cancelCommand()
{
    const QString uuid = m_invocation.arguments.first();
    m_client->send("DELETE"_ba,
                   u"/v1/commands/"_s + uuid,
                   {},
                   std::nullopt,
                   [this, uuid](const AdminClient::Reply &reply) {
                       const std::optional<QJsonObject> answer = accept(reply);
                       if (!answer)
                           return;
                       if (!printJson(*answer))
                           printOut(tr("Cancelled %1").arg(uuid) + u'\n');
                       finish(ExitCode::Success);
                   });
}

void VerbRunner::retryCommand()
{
    const QString uuid = m_invocation.arguments.first();
    post("POST"_ba, u"/v1/commands/%1/retry"_s.arg(uuid), {}, [this](const QJsonObject &answer) {
        if (!printJson(answer))
            printOut(answer.value(u"uuid"_s).toString() + u'\n');
        finish(ExitCode::Success);
    });
}

void VerbRunner::poll()
{
    const QString uuid = m_invocation.arguments.first();
    get(u"/v1/commands/"_s + uuid, {}, [this, uuid](const QJsonObject &command) {
        const QString state = command.value(u"state"_s).toString();
        if (command.value(u"final"_s).toBool()) {
            if (!printJson(command)) {
                QString line = state;
                const QString chain = command.value(u"error_chain"_s).toString();
                if (!chain.isEmpty())
                    line += u": "_s + chain;
                printOut(line + u'\n');
            }
            finish(state == u"acknowledged"_s ? ExitCode::Success : ExitCode::NotAcknowledged);
            return;
        }
        const qint64 limitMs = qint64(m_invocation.waitSeconds * 1000);
        const qint64 remainingMs = limitMs - m_waitClock.elapsed();
        if (remainingMs <= 0) {
            printJson(command);
            printErr(tr("%1 is still %2 after %3 s.")
                         .arg(uuid, state, QString::number(m_invocation.waitSeconds)));
            finish(ExitCode::NotAcknowledged);
            return;
        }
        QTimer::singleShot(std::min<qint64>(m_pollDelayMs, remainingMs), this, &VerbRunner::poll);
        m_pollDelayMs = std::min(m_pollDelayMs * 2, MaxPollDelayMs);
    });
}

} // namespace Espalier
