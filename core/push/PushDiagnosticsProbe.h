// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/push/PushDiagnostics.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHostInfo>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QSslSocket>
#include <QTimer>

#include <functional>

namespace Espalier {

// One check of PushDiagnostics: lookup, TCP connection, TLS handshake for one host and port,
// each step bounded by the timeout. Reports once through `done` and then deletes itself.
// Internal to core/push; lives on its parent's thread.
class PushDiagnosticsProbe final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const PushDiagnostics::Check &)>;

    PushDiagnosticsProbe(PushDiagnostics::Endpoint endpoint,
                         const QList<QSslCertificate> &trustedRoots,
                         int timeoutMs,
                         Done done,
                         QObject *parent);
    ~PushDiagnosticsProbe() override;

    void start();

private:
    enum class Phase {
        Idle,
        Lookup,
        Connect,
        Handshake,
        Done,
    };

    void lookedUp(const QHostInfo &info);
    void connectTo(const QHostAddress &address);
    void connected();
    void encrypted();
    void sslErrors(const QList<QSslError> &errors);
    void socketError(QAbstractSocket::SocketError error);
    void timedOut();
    void finish(PushDiagnostics::Outcome outcome, const QString &text, const QString &detail);
    void notePeer(const QSslCertificate &certificate);

    PushDiagnostics::Check m_check;
    QList<QSslCertificate> m_trustedRoots;
    int m_timeoutMs;
    Done m_done;
    Phase m_phase = Phase::Idle;
    int m_lookupId = -1;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    QPointer<QSslSocket> m_socket;
};

} // namespace Espalier
