// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/espalierctl/AdminClient.h"
#include "app/espalierctl/CommandLine.h"
#include "app/espalierctl/ExitCode.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <optional>

namespace Espalier {

// Runs one espalierctl verb against the admin API: sends its requests, prints tables (or the
// API's JSON with --json) to stdout and problems to stderr, and emits finished once with the
// exit status. Lives on the main thread; everything runs on its event loop.
class VerbRunner final : public QObject
{
    Q_OBJECT

public:
    explicit VerbRunner(CommandLine::Invocation invocation, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void listDevices();
    void listEnrollments();
    void listTypes();
    void createLink();
    void listLinks();
    void queueCommand();
    void queueTypedCommand(const std::optional<QJsonObject> &types);
    void queueRawCommand();
    void listCommands();
    void showCommand();
    void cancelCommand();
    void retryCommand();
    void poll();

    void get(const QString &path,
             const QUrlQuery &query,
             const std::function<void(const QJsonObject &)> &done);
    void post(const QByteArray &method,
              const QString &path,
              const QJsonObject &body,
              const std::function<void(const QJsonObject &)> &done);
    // The reply's object when the API accepted the request; otherwise prints why and finishes.
    std::optional<QJsonObject> accept(const AdminClient::Reply &reply);
    // With --json prints the object and returns true.
    bool printJson(const QJsonObject &object);
    void printQueued(const QJsonObject &answer);
    void usageError(const QString &message);
    void finish(ExitCode code);

    CommandLine::Invocation m_invocation;
    AdminClient *m_client = nullptr;
    QElapsedTimer m_waitClock;
    int m_pollDelayMs = 0;
    bool m_finished = false;
};

} // namespace Espalier
