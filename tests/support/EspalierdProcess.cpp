// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/EspalierdProcess.h"

#include "tests/support/Ports.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <csignal>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QByteArray readFrom(const QString &path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    return file.readAll();
}

// Waits for the reply in a local event loop, at most timeoutMs.
bool waitForReply(QNetworkReply *reply, int timeoutMs)
{
    if (reply->isFinished())
        return true;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return reply->isFinished();
}

} // namespace

EspalierdProcess::EspalierdProcess(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

EspalierdProcess::~EspalierdProcess()
{
    if (isRunning())
        kill();
}

QString EspalierdProcess::databasePath() const
{
    return QDir(m_options.directory).filePath(u"espalier.sqlite"_s);
}

QString EspalierdProcess::stdoutPath() const
{
    return QDir(m_options.directory).filePath(u"espalierd.stdout"_s);
}

QString EspalierdProcess::stderrPath() const
{
    return QDir(m_options.directory).filePath(u"espalierd.stderr"_s);
}

Result<void> EspalierdProcess::writeIni()
{
    const QList<quint16> ports = portsForLater(2);
    if (ports.isEmpty())
        return fail(Error::Code::Network, u"no free port on 127.0.0.1"_s);
    m_serverPort = ports.at(0);
    m_adminPort = ports.at(1);
    m_keychainService = u"Espalier-test-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
    QFile file(QDir(m_options.directory).filePath(u"espalierd.ini"_s));
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io, u"cannot write the INI"_s, file.errorString());
    file.write(u"[store]\ndatabase = espalier.sqlite\n"
               "[server]\nlisten = 127.0.0.1\nport = %1\npublic_url = https://127.0.0.1:%1\n"
               "[push]\ntopic = com.apple.mgmt.External.%2\n"
               "[admin]\nport = %3\n"
               "[keychain]\nservice = %4\n"_s.arg(m_serverPort)
                   .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
                   .arg(m_adminPort)
                   .arg(m_keychainService)
                   .toUtf8());
    return {};
}

Result<void> EspalierdProcess::start(int timeoutMs)
{
    if (isRunning())
        return fail(Error::Code::Conflict, u"espalierd runs already"_s);
    if (m_serverPort == 0) {
        if (Result<void> written = writeIni(); !written)
            return written;
    }
    const qint64 outputOffset = QFileInfo(stdoutPath()).size();
    const qint64 errorOffset = QFileInfo(stderrPath()).size();
    m_process.setStandardOutputFile(stdoutPath(), QIODevice::Append);
    m_process.setStandardErrorFile(stderrPath(), QIODevice::Append);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"QT_NO_GLIB"_s);
    if (!m_options.loggingRules.isEmpty())
        environment.insert(u"QT_LOGGING_RULES"_s, m_options.loggingRules);
    m_process.setProcessEnvironment(environment);
    m_process.start(m_options.program,
                    {u"--config"_s, QDir(m_options.directory).filePath(u"espalierd.ini"_s)});
    if (!m_process.waitForStarted())
        return fail(Error::Code::Io, u"espalierd did not start"_s, m_process.errorString());

    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const QByteArray output = readFrom(stdoutPath(), outputOffset);
        if (output.contains("Engine running"))
            break;
        const QByteArray errors = readFrom(stderrPath(), errorOffset);
        if (!isRunning() || errors.contains("engine failed") || deadline.hasExpired()) {
            if (isRunning())
                kill();
            return fail(Error::Code::Io,
                        u"espalierd did not come up"_s,
                        QString::fromUtf8(output.right(2000) + errors.right(2000)));
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(20);
    }

    QFile token(QDir(m_options.directory).filePath(u"admin.token"_s));
    if (!token.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, u"no admin token file"_s, token.errorString());
    m_token = token.readAll().trimmed();
    // Connections to the process that is gone must not be reused.
    m_network = std::make_unique<QNetworkAccessManager>();
    return {};
}

void EspalierdProcess::kill()
{
    if (!isRunning())
        return;
    ::kill(pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(30000);
}

Result<void> EspalierdProcess::stop(int timeoutMs)
{
    if (!isRunning())
        return fail(Error::Code::Conflict, u"espalierd is not running"_s);
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(timeoutMs)) {
        kill();
        return fail(Error::Code::Io, u"espalierd did not stop on SIGTERM"_s);
    }
    if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0)
        return fail(Error::Code::Io,
                    u"espalierd stopped with exit code %1"_s.arg(m_process.exitCode()));
    return {};
}

EspalierdProcess::Reply EspalierdProcess::call(const QByteArray &verb,
                                               const QString &path,
                                               const QJsonObject &body,
                                               const std::optional<QByteArray> &token,
                                               int timeoutMs)
{
    Reply answer;
    if (!m_network)
        return answer;
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_adminPort).arg(path)));
    const QByteArray bearer = token.value_or(m_token);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    QNetworkReply *reply = m_network->sendCustomRequest(
        request, verb, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    if (waitForReply(reply, timeoutMs)) {
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
    } else {
        reply->abort();
    }
    reply->deleteLater();
    return answer;
}

Result<Certificate> EspalierdProcess::fetchDeviceCa()
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(
        QUrl(u"https://127.0.0.1:%1/scep?operation=GetCACert"_s.arg(m_serverPort))));
    reply->ignoreSslErrors();
    const bool answered = waitForReply(reply, 30000);
    const QByteArray der = answered ? reply->readAll() : QByteArray();
    delete reply;
    if (der.isEmpty())
        return fail(Error::Code::Network, u"no CA certificate from espalierd"_s);
    return Certificate::fromDer(der);
}

} // namespace Espalier
