// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/push/PushDiagnosticsProbe.h"

#include "core/push/PushCertificateLogging.h"

#include <QSslConfiguration>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

using Outcome = PushDiagnostics::Outcome;

QString seconds(int milliseconds)
{
    return QString::number(static_cast<double>(milliseconds) / 1000.0, 'g', 3);
}

// The errors that mean the chain does not lead to a trusted root: what a TLS-inspecting proxy,
// which signs with its own CA, looks like from here.
bool isUntrustedChain(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::InvalidCaCertificate:
    case QSslError::UnableToDecryptCertificateSignature:
    case QSslError::CertificateSignatureFailed:
        return true;
    default:
        return false;
    }
}

bool isDateError(QSslError::SslError error)
{
    return error == QSslError::CertificateExpired || error == QSslError::CertificateNotYetValid;
}

} // namespace

PushDiagnosticsProbe::PushDiagnosticsProbe(PushDiagnostics::Endpoint endpoint,
                                           const QList<QSslCertificate> &trustedRoots,
                                           int timeoutMs,
                                           Done done,
                                           QObject *parent)
    : QObject(parent)
    , m_trustedRoots(trustedRoots)
    , m_timeoutMs(timeoutMs)
    , m_done(std::move(done))
{
    m_check.endpoint = std::move(endpoint);
    m_timer.setSingleShot(true);
    // A coarse timer may fire a little early, and the timeout is what the text promises.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PushDiagnosticsProbe::timedOut);
}

PushDiagnosticsProbe::~PushDiagnosticsProbe()
{
    if (m_phase == Phase::Lookup && m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

void PushDiagnosticsProbe::start()
{
    m_elapsed.start();
    m_phase = Phase::Lookup;
    m_timer.start(m_timeoutMs);
    m_lookupId = QHostInfo::lookupHost(
        m_check.endpoint.host, this, &PushDiagnosticsProbe::lookedUp);
}

void PushDiagnosticsProbe::lookedUp(const QHostInfo &info)
{
    if (m_phase != Phase::Lookup)
        return;
    m_lookupId = -1;
    QList<QHostAddress> addresses = info.addresses();
    if (info.error() != QHostInfo::NoError || addresses.isEmpty()) {
        finish(Outcome::DnsFailed,
               PushDiagnostics::tr("The name %1 could not be resolved. Check this computer's "
                                   "DNS settings: Apple's push service is reached by name, and "
                                   "the name must resolve to Apple's addresses (17.0.0.0/8).")
                   .arg(m_check.endpoint.host),
               info.errorString());
        return;
    }
    // IPv4 first: Apple's push addresses are in 17.0.0.0/8, and firewall rules name those.
    std::stable_partition(addresses.begin(), addresses.end(), [](const QHostAddress &address) {
        return address.protocol() == QAbstractSocket::IPv4Protocol;
    });
    connectTo(addresses.constFirst());
}

void PushDiagnosticsProbe::connectTo(const QHostAddress &address)
{
    m_phase = Phase::Connect;
    m_check.address = address.toString();
    m_socket = new QSslSocket(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!m_trustedRoots.isEmpty())
        configuration.setCaCertificates(m_trustedRoots);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // APNs speaks only HTTP/2.
    configuration.setAllowedNextProtocols({QSslConfiguration::ALPNProtocolHTTP2});
    m_socket->setSslConfiguration(configuration);
    // Connected by address, the certificate must still name the host.
    m_socket->setPeerVerifyName(m_check.endpoint.host);
    connect(m_socket, &QSslSocket::connected, this, &PushDiagnosticsProbe::connected);
    connect(m_socket, &QSslSocket::encrypted, this, &PushDiagnosticsProbe::encrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &PushDiagnosticsProbe::sslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &PushDiagnosticsProbe::socketError);
    m_timer.start(m_timeoutMs);
    m_socket->connectToHost(address, m_check.endpoint.port);
}

void PushDiagnosticsProbe::connected()
{
    if (m_phase != Phase::Connect)
        return;
    m_phase = Phase::Handshake;
    m_timer.start(m_timeoutMs);
    m_socket->startClientEncryption();
}

void PushDiagnosticsProbe::encrypted()
{
    if (m_phase != Phase::Handshake)
        return;
    notePeer(m_socket->peerCertificate());
    finish(Outcome::Reachable,
           PushDiagnostics::tr("%1 is reachable on port %2, and its certificate is trusted.")
               .arg(m_check.endpoint.host)
               .arg(m_check.endpoint.port),
           QString::fromLatin1(m_socket->sslConfiguration().nextNegotiatedProtocol()));
}

void PushDiagnosticsProbe::sslErrors(const QList<QSslError> &errors)
{
    if (m_phase != Phase::Handshake || errors.isEmpty())
        return;
    const QList<QSslCertificate> chain = m_socket->peerCertificateChain();
    notePeer(chain.isEmpty() ? errors.constFirst().certificate() : chain.constFirst());
    QStringList texts;
    for (const QSslError &error : errors)
        texts.append(error.errorString());
    const QString detail = texts.join(u"; "_s);
    const QString host = m_check.endpoint.host;
    const auto has = [&errors](auto predicate) {
        return std::any_of(errors.cbegin(), errors.cend(), [&](const QSslError &error) {
            return predicate(error.error());
        });
    };
    if (has(isUntrustedChain)) {
        const QString issuer = chain.isEmpty() ? m_check.serverIssuer
                                               : chain.constLast().issuerDisplayName();
        finish(Outcome::Untrusted,
               PushDiagnostics::tr("The encrypted connection to %1 does not end at Apple: the "
                                   "server's certificate chain leads to \"%2\", which is not a "
                                   "trusted root. A proxy, firewall or security program is "
                                   "inspecting TLS traffic. Exempt %1 (Apple's network "
                                   "17.0.0.0/8, ports 443 and 2197) from TLS inspection; pushes "
                                   "cannot work through it.")
                   .arg(host, issuer),
               detail);
    } else if (has([](QSslError::SslError e) { return e == QSslError::HostNameMismatch; })) {
        finish(Outcome::WrongServer,
               PushDiagnostics::tr("The server that answered for %1 presented a certificate for "
                                   "\"%2\". A proxy or a wrong DNS entry sends this traffic "
                                   "elsewhere; %1 must reach Apple (17.0.0.0/8) directly.")
                   .arg(host, m_check.serverSubject),
               detail);
    } else if (has(isDateError)) {
        finish(Outcome::CertificateDates,
               PushDiagnostics::tr("The certificate of %1 is expired or not yet valid by this "
                                   "computer's clock. Check the date, time and time zone of this "
                                   "computer; if they are right, something is intercepting the "
                                   "connection.")
                   .arg(host),
               detail);
    } else {
        finish(Outcome::TlsFailed,
               PushDiagnostics::tr("The certificate of %1 could not be verified (%2). A proxy or "
                                   "security program may be interfering with encrypted "
                                   "connections to Apple.")
                   .arg(host, detail),
               detail);
    }
}

void PushDiagnosticsProbe::socketError(QAbstractSocket::SocketError error)
{
    if (m_phase != Phase::Connect && m_phase != Phase::Handshake)
        return;
    const QString host = m_check.endpoint.host;
    const QString port = QString::number(m_check.endpoint.port);
    const QString detail = m_socket ? m_socket->errorString() : QString();
    if (m_phase == Phase::Handshake) {
        finish(Outcome::TlsFailed,
               PushDiagnostics::tr("%1 accepted the connection on port %2, but the encrypted "
                                   "handshake failed. Something between this computer and Apple "
                                   "(a proxy or a firewall that inspects traffic) is interfering; "
                                   "allow direct TLS connections to 17.0.0.0/8 on ports 443 and "
                                   "2197.")
                   .arg(host, port),
               detail);
        return;
    }
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        finish(Outcome::ConnectionRefused,
               PushDiagnostics::tr("The connection to %1 (%2) on port %3 was refused. A firewall "
                                   "rejects it: outbound TCP to Apple's network 17.0.0.0/8 on "
                                   "ports 443 and 2197 must be allowed.")
                   .arg(host, m_check.address, port),
               detail);
        return;
    case QAbstractSocket::SocketTimeoutError:
        break;
    default:
        finish(Outcome::ConnectionFailed,
               PushDiagnostics::tr("%1 (%2) could not be reached on port %3 (%4). Check this "
                                   "computer's network connection, and that outbound TCP to "
                                   "17.0.0.0/8 on ports 443 and 2197 is allowed.")
                   .arg(host, m_check.address, port, detail),
               detail);
        return;
    }
    timedOut();
}

void PushDiagnosticsProbe::timedOut()
{
    const QString host = m_check.endpoint.host;
    const QString port = QString::number(m_check.endpoint.port);
    switch (m_phase) {
    case Phase::Lookup:
        finish(Outcome::DnsFailed,
               PushDiagnostics::tr("The name %1 did not resolve within %2 seconds. Check this "
                                   "computer's DNS settings.")
                   .arg(host, seconds(m_timeoutMs)),
               u"lookup timed out"_s);
        return;
    case Phase::Connect:
        finish(Outcome::ConnectionTimedOut,
               PushDiagnostics::tr("No answer from %1 (%2) on port %3 within %4 seconds: a "
                                   "firewall silently drops the traffic. Outbound TCP to Apple's "
                                   "network 17.0.0.0/8 on ports 443 and 2197 must be allowed.")
                   .arg(host, m_check.address, port, seconds(m_timeoutMs)),
               u"connect timed out"_s);
        return;
    case Phase::Handshake:
        finish(Outcome::TlsTimedOut,
               PushDiagnostics::tr("%1 accepted the connection on port %2, but the encrypted "
                                   "handshake did not finish within %3 seconds. Something on the "
                                   "way holds the connection (a proxy or a firewall that inspects "
                                   "traffic); allow direct TLS connections to 17.0.0.0/8.")
                   .arg(host, port, seconds(m_timeoutMs)),
               u"handshake timed out"_s);
        return;
    case Phase::Idle:
    case Phase::Done:
        return;
    }
}

void PushDiagnosticsProbe::notePeer(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return;
    m_check.serverSubject = certificate.subjectDisplayName();
    m_check.serverIssuer = certificate.issuerDisplayName();
}

void PushDiagnosticsProbe::finish(PushDiagnostics::Outcome outcome,
                                  const QString &text,
                                  const QString &detail)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_timer.stop();
    m_check.outcome = outcome;
    m_check.text = text;
    m_check.detail = detail;
    m_check.elapsedMs = m_elapsed.elapsed();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    qCInfo(lcPushDiagnostics).noquote() << m_check.endpoint.host << m_check.endpoint.port
                                        << PushDiagnostics::outcomeName(outcome) << detail;
    // The callback may destroy the run this probe belongs to; nothing here is touched after it.
    const Done done = std::move(m_done);
    const PushDiagnostics::Check check = m_check;
    deleteLater();
    if (done)
        done(check);
}

} // namespace Espalier
