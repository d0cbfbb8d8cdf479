// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/Certificate.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

namespace Espalier {

// Checks whether this machine can reach Apple's push service: for each host and port, that the
// name resolves, that a TCP connection opens, and that a TLS handshake completes with a
// certificate chain ending in a trusted root and naming the host. Every failure comes with what
// it means and what to change, in plain words. The hosts, ports and roots are options, so tests
// check a server of their own on 127.0.0.1.
// Lives on the thread that made it, whose event loop runs the lookups, sockets and timers; the
// checks of one run go in parallel. Destroying it cancels a run in progress.
class PushDiagnostics final : public QObject
{
    Q_OBJECT

public:
    struct Endpoint
    {
        QString host{};
        quint16 port = 443;
    };

    enum class Outcome {
        Reachable,
        DnsFailed,          // the name did not resolve (or not in time)
        ConnectionRefused,  // actively refused: a firewall rejects it, or nothing listens
        ConnectionTimedOut, // no answer: a firewall drops it
        ConnectionFailed,   // no route, network down, or another socket error
        TlsTimedOut,        // connected, but the handshake never finished
        TlsFailed,          // the handshake broke off
        Untrusted,          // the chain does not end in a trusted root: TLS interception
        WrongServer,        // the certificate names another host
        CertificateDates,   // expired or not yet valid by this machine's clock
    };

    struct Check
    {
        Endpoint endpoint{};
        Outcome outcome = Outcome::ConnectionFailed;
        // The address it connected to, when the name resolved.
        QString address{};
        qint64 elapsedMs = 0;
        // The server certificate's subject and issuer, when one was presented.
        QString serverSubject{};
        QString serverIssuer{};
        // What happened and what to do, translated.
        QString text{};
        // The socket's own error text, for logs.
        QString detail{};

        [[nodiscard]] bool isReachable() const { return outcome == Outcome::Reachable; }
    };

    struct Report
    {
        QList<Check> checks{}; // in the order of Options::endpoints
        QString summary{};

        [[nodiscard]] bool isAllReachable() const;
        [[nodiscard]] bool isAnyReachable() const;
    };

    struct Options
    {
        QList<Endpoint> endpoints = defaultEndpoints();
        // The roots Apple's chain must end in; empty means the system's trusted roots.
        QList<Certificate> trustedRoots{};
        // For each step: the lookup, the connection, the handshake.
        int timeoutMs = 10000;
    };

    // api.push.apple.com and api.sandbox.push.apple.com, each on 443 and 2197.
    [[nodiscard]] static QList<Endpoint> defaultEndpoints();

    // With the default options: Apple's hosts, the system's roots.
    explicit PushDiagnostics(QObject *parent = nullptr);
    explicit PushDiagnostics(Options options, QObject *parent = nullptr);
    ~PushDiagnostics() override;

    // Runs every check once. The future never fails; each check carries its own outcome. It is
    // cancelled if this object goes away first.
    [[nodiscard]] QFuture<Report> run();

    // One line about the whole run, translated.
    [[nodiscard]] static QString summarize(const QList<Check> &checks);

    [[nodiscard]] static QString outcomeName(Outcome outcome);

private:
    Options m_options;
};

} // namespace Espalier
