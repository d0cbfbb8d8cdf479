// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/ReachabilityCheck.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

constexpr qsizetype MaxAnswerBytes = 64 * 1024;

int portOf(const QUrl &url)
{
    return url.port(443);
}

} // namespace

ReachabilityCheck::ReachabilityCheck(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<Espalier::ReachabilityCheck::Step>();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        const QString host = m_options.url.host();
        const int port = portOf(m_options.url);
        const qint64 seconds
            = std::chrono::duration_cast<std::chrono::seconds>(m_options.stepTimeout).count();
        switch (m_step) {
        case Step::Resolve:
            failStep(tr("Looking up %1 took longer than %n seconds. Check this computer's network "
                        "connection and DNS server.",
                        nullptr,
                        int(seconds))
                         .arg(host));
            return;
        case Step::Connect:
            failStep(tr("%1 did not answer on port %2 within %n seconds. A firewall may be "
                        "dropping connections to that port, or the name points at a computer "
                        "that is switched off or elsewhere.",
                        nullptr,
                        int(seconds))
                         .arg(host)
                         .arg(port));
            return;
        case Step::Handshake:
            failStep(tr("The secure connection (TLS) to %1 did not complete within %n seconds. "
                        "Something other than an HTTPS server may be listening on port %2.",
                        nullptr,
                        int(seconds))
                         .arg(host)
                         .arg(port));
            return;
        case Step::Request:
            failStep(tr("The server at %1 accepted the connection but did not answer within %n "
                        "seconds.",
                        nullptr,
                        int(seconds))
                         .arg(host));
            return;
        }
    });
}

ReachabilityCheck::~ReachabilityCheck()
{
    cancel();
}

QString ReachabilityCheck::stepTitle(Step step)
{
    switch (step) {
    case Step::Resolve:
        return tr("Name lookup");
    case Step::Connect:
        return tr("Connection");
    case Step::Handshake:
        return tr("Secure connection (TLS)");
    case Step::Request:
        return tr("Espalier answers");
    }
    return {};
}

void ReachabilityCheck::start(const Options &options)
{
    cancel();
    m_options = options;
    m_running = true;
    m_answer.clear();
    begin(Step::Resolve);
    const QString host = m_options.url.host();
    if (QHostAddress literal; literal.setAddress(host)) {
        pass(Step::Resolve, tr("%1 is an IP address; nothing to look up.").arg(host));
        connectTo(literal.toString());
        return;
    }
    m_lookupId = QHostInfo::lookupHost(host, this, [this, host](const QHostInfo &info) {
        m_lookupId = -1;
        if (!m_running)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            failStep(tr("The name %1 could not be found. Check its spelling, and that a DNS "
                        "record for it points at this server's public address.")
                         .arg(host));
            return;
        }
        QHostAddress chosen = info.addresses().constFirst();
        for (const QHostAddress &address : info.addresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol) {
                chosen = address;
                break;
            }
        }
        pass(Step::Resolve, tr("%1 is %2.").arg(host, chosen.toString()));
        connectTo(chosen.toString());
    });
}

void ReachabilityCheck::cancel()
{
    if (m_lookupId != -1) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    m_timer->stop();
    stopSocket();
    m_running = false;
}

void ReachabilityCheck::begin(Step step)
{
    m_step = step;
    m_timer->start(m_options.stepTimeout);
    Q_EMIT stepStarted(step);
}

void ReachabilityCheck::pass(Step step, const QString &detail)
{
    m_timer->stop();
    Q_EMIT stepPassed(step, detail);
}

void ReachabilityCheck::failStep(const QString &message)
{
    const Step step = m_step;
    cancel();
    Q_EMIT finished(false, step, message);
}

void ReachabilityCheck::stopSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void ReachabilityCheck::connectTo(const QString &address)
{
    begin(Step::Connect);
    m_socket = new QSslSocket(this);
    const QString host = m_options.url.host();
    const int port = portOf(m_options.url);
    connect(m_socket, &QSslSocket::connected, this, [this, host, port, address] {
        pass(Step::Connect, tr("Port %1 of %2 accepts connections.").arg(port).arg(address));
        handshake();
    });
    connect(m_socket,
            &QAbstractSocket::errorOccurred,
            this,
            [this, host, port](QAbstractSocket::SocketError error) {
                if (!m_running || m_step == Step::Handshake)
                    return;
                if (m_step == Step::Request && error == QAbstractSocket::RemoteHostClosedError)
                    return; // Connection: close; the answer is read when it ends
                switch (error) {
                case QAbstractSocket::ConnectionRefusedError:
                    failStep(tr("Nothing accepts connections on port %1 of %2 (the connection "
                                "was refused). Check that Espalier is serving on that port, and "
                                "that the firewall or router forwards it to this computer.")
                                 .arg(port)
                                 .arg(host));
                    return;
                case QAbstractSocket::NetworkError:
                case QAbstractSocket::HostNotFoundError:
                    failStep(tr("%1 cannot be reached from this computer: %2. Check the network "
                                "connection and the address.")
                                 .arg(host, m_socket->errorString()));
                    return;
                default:
                    failStep(tr("The connection to %1 on port %2 failed: %3.")
                                 .arg(host)
                                 .arg(port)
                                 .arg(m_socket->errorString()));
                    return;
                }
            });
    m_socket->connectToHost(address, quint16(port));
}

void ReachabilityCheck::handshake()
{
    begin(Step::Handshake);
    const QString host = m_options.url.host();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> roots = tls.caCertificates();
    for (const Certificate &root : std::as_const(m_options.trustedRoots))
        roots.append(QSslCertificate(root.toPem()));
    tls.setCaCertificates(roots);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(tls);
    m_socket->setPeerVerifyName(host);

    connect(m_socket, &QSslSocket::sslErrors, this, [this, host](const QList<QSslError> &errors) {
        QStringList reasons;
        for (const QSslError &error : errors) {
            switch (error.error()) {
            case QSslError::HostNameMismatch:
                reasons.append(tr("The server's certificate does not name %1. Use a "
                                  "certificate whose subject alternative names include it, or "
                                  "let Espalier issue one.")
                                   .arg(host));
                break;
            case QSslError::CertificateExpired:
                reasons.append(tr("The server's certificate has expired. Import a renewed one "
                                  "or let Espalier issue a new one."));
                break;
            case QSslError::CertificateNotYetValid:
                reasons.append(tr("The server's certificate is not valid yet. Check this "
                                  "computer's clock."));
                break;
            case QSslError::SelfSignedCertificate:
            case QSslError::SelfSignedCertificateInChain:
            case QSslError::UnableToGetLocalIssuerCertificate:
            case QSslError::UnableToVerifyFirstCertificate:
            case QSslError::CertificateUntrusted:
                reasons.append(tr("The server's certificate does not lead to a trusted root: "
                                  "devices would refuse it. Import the certificate together with "
                                  "its intermediate certificates, or use one from Espalier's "
                                  "CA."));
                break;
            default:
                reasons.append(error.errorString());
                break;
            }
        }
        reasons.removeDuplicates();
        failStep(reasons.join(u' '));
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this, host] {
        if (!m_options.expectedCertificate.isNull()
            && m_socket->peerCertificate().toDer() != m_options.expectedCertificate.toDer()) {
            failStep(tr("Another server answered at %1: its certificate is not the one Espalier "
                        "serves. Check that the name and any port forwarding lead to this "
                        "computer, and that no other program uses the port.")
                         .arg(host));
            return;
        }
        pass(Step::Handshake,
             tr("The certificate for %1 is valid and trusted.")
                 .arg(m_socket->peerCertificate().subjectDisplayName()));
        request();
    });
    connect(m_socket,
            &QAbstractSocket::errorOccurred,
            this,
            [this, host](QAbstractSocket::SocketError error) {
                if (!m_running || m_step != Step::Handshake)
                    return;
                if (error == QAbstractSocket::SslHandshakeFailedError
                    || error == QAbstractSocket::RemoteHostClosedError)
                    failStep(tr("The secure connection (TLS) to %1 failed: %2. Something other "
                                "than Espalier's HTTPS server may be listening on this port.")
                                 .arg(host, m_socket->errorString()));
                else
                    failStep(tr("The secure connection (TLS) to %1 failed: %2.")
                                 .arg(host, m_socket->errorString()));
            });
    m_socket->startClientEncryption();
}

void ReachabilityCheck::request()
{
    begin(Step::Request);
    const QUrl &url = m_options.url;
    const QByteArray hostHeader = (url.port() == -1
                                       ? url.host()
                                       : url.host() + u':' + QString::number(url.port()))
                                      .toUtf8();
    connect(m_socket, &QIODevice::readyRead, this, [this] {
        m_answer += m_socket->readAll();
        if (m_answer.size() > MaxAnswerBytes || m_answer.contains("\r\n\r\n"))
            readAnswer();
    });
    connect(m_socket, &QAbstractSocket::disconnected, this, [this] {
        if (m_running)
            readAnswer();
    });
    m_socket->write("GET /health HTTP/1.1\r\nHost: " + hostHeader
                    + "\r\nConnection: close\r\nUser-Agent: Espalier reachability check\r\n\r\n");
}

void ReachabilityCheck::readAnswer()
{
    if (!m_running)
        return;
    const QByteArray statusLine = m_answer.left(m_answer.indexOf("\r\n"));
    const QList<QByteArray> parts = statusLine.split(' ');
    const int status = parts.size() >= 2 ? parts.at(1).toInt() : 0;
    if (status == 200) {
        pass(Step::Request, tr("Espalier answered over HTTPS."));
        const Step last = m_step;
        cancel();
        Q_EMIT finished(true, last, {});
        return;
    }
    if (status == 0)
        failStep(tr("The server closed the connection without an HTTP answer. Something other "
                    "than Espalier may be serving this address."));
    else
        failStep(tr("The server answered with HTTP status %1 instead of Espalier's answer: "
                    "another web server may be serving this address, or a proxy is in the way.")
                     .arg(status));
}

} // namespace Espalier
