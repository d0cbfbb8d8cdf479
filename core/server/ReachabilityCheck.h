// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/Certificate.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>

class QSslSocket;
class QTimer;

namespace Espalier {

// Checks from this machine what a device does first when it talks to the server at a public
// URL: the host name resolves, the port accepts a connection, the TLS handshake succeeds with a
// certificate that names the host and chains to a trusted root, and GET /health answers like
// Espalier. Each failure is explained in plain words with what to do. Lives on the thread that
// made it (the UI thread in the console) and never blocks it: every step is asynchronous.
class ReachabilityCheck final : public QObject
{
    Q_OBJECT

public:
    enum class Step {
        Resolve,
        Connect,
        Handshake,
        Request,
    };
    Q_ENUM(Step)

    struct Options
    {
        QUrl url;
        // Roots trusted beside the system's: Espalier's own CA, which devices get with the
        // enrollment profile.
        QList<Certificate> trustedRoots{};
        // When set, the server must present this certificate, so that another service on the
        // same address is not taken for ours.
        Certificate expectedCertificate{};
        std::chrono::milliseconds stepTimeout{std::chrono::seconds(10)};
    };

    explicit ReachabilityCheck(QObject *parent = nullptr);
    ~ReachabilityCheck() override;

    // Starts the check; a running one is abandoned first.
    void start(const Options &options);
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }

    // "Name lookup", "Connection", ... (translated).
    [[nodiscard]] static QString stepTitle(Step step);

Q_SIGNALS:
    void stepStarted(Espalier::ReachabilityCheck::Step step);
    void stepPassed(Espalier::ReachabilityCheck::Step step, const QString &detail);
    // The last signal of a check: failedStep and message are meaningful when !ok.
    void finished(bool ok, Espalier::ReachabilityCheck::Step failedStep, const QString &message);

private:
    void begin(Step step);
    void pass(Step step, const QString &detail);
    void failStep(const QString &message);
    void connectTo(const QString &address);
    void handshake();
    void request();
    void readAnswer();
    void stopSocket();

    Options m_options;
    Step m_step = Step::Resolve;
    bool m_running = false;
    int m_lookupId = -1;
    QSslSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    QByteArray m_answer;
};

} // namespace Espalier
