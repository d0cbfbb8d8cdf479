// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/push/PushDiagnostics.h"

#include "core/push/PushDiagnosticsProbe.h"

#include <QPromise>
#include <QSslCertificate>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// The results of one run as they come in; the promise finishes with the last one.
struct Run
{
    QPromise<PushDiagnostics::Report> promise;
    QList<PushDiagnostics::Check> checks;
    qsizetype pending = 0;
};

} // namespace

bool PushDiagnostics::Report::isAllReachable() const
{
    return !checks.isEmpty() && std::all_of(checks.cbegin(), checks.cend(), [](const Check &c) {
        return c.isReachable();
    });
}

bool PushDiagnostics::Report::isAnyReachable() const
{
    return std::any_of(
        checks.cbegin(), checks.cend(), [](const Check &c) { return c.isReachable(); });
}

QList<PushDiagnostics::Endpoint> PushDiagnostics::defaultEndpoints()
{
    return {
        Endpoint{u"api.push.apple.com"_s, 443},
        Endpoint{u"api.push.apple.com"_s, 2197},
        Endpoint{u"api.sandbox.push.apple.com"_s, 443},
        Endpoint{u"api.sandbox.push.apple.com"_s, 2197},
    };
}

PushDiagnostics::PushDiagnostics(QObject *parent)
    : PushDiagnostics(Options(), parent)
{}

PushDiagnostics::PushDiagnostics(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

// The probes are children and go first, which drops their callbacks and with them the last
// reference to a run in progress: its promise is then cancelled and finished.
PushDiagnostics::~PushDiagnostics() = default;

QFuture<PushDiagnostics::Report> PushDiagnostics::run()
{
    auto run = std::make_shared<Run>();
    QFuture<Report> future = run->promise.future();
    run->promise.start();
    if (m_options.endpoints.isEmpty()) {
        run->promise.addResult(Report{{}, summarize({})});
        run->promise.finish();
        return future;
    }
    QList<QSslCertificate> roots;
    for (const Certificate &root : std::as_const(m_options.trustedRoots))
        roots.append(QSslCertificate(root.toDer(), QSsl::Der));
    run->checks.resize(m_options.endpoints.size());
    run->pending = m_options.endpoints.size();
    for (qsizetype i = 0; i < m_options.endpoints.size(); ++i) {
        auto *probe = new PushDiagnosticsProbe(
            m_options.endpoints.at(i),
            roots,
            m_options.timeoutMs,
            [run, i](const Check &check) {
                run->checks[i] = check;
                if (--run->pending > 0)
                    return;
                run->promise.addResult(Report{run->checks, summarize(run->checks)});
                run->promise.finish();
            },
            this);
        probe->start();
    }
    return future;
}

QString PushDiagnostics::summarize(const QList<Check> &checks)
{
    if (checks.isEmpty())
        return tr("Nothing was checked.");
    int reachable = 0;
    bool any443 = false;
    bool any2197 = false;
    for (const Check &check : checks) {
        if (!check.isReachable())
            continue;
        ++reachable;
        any443 = any443 || check.endpoint.port == 443;
        any2197 = any2197 || check.endpoint.port == 2197;
    }
    if (reachable == checks.size())
        return tr("Apple's push service is reachable from this computer.");
    if (reachable == 0) {
        return tr("Apple's push service cannot be reached from this computer, so devices cannot "
                  "be woken. See each check for the reason.");
    }
    if (any2197 && !any443) {
        return tr("Port 443 to Apple's push service is blocked, but port 2197 works: pushes can "
                  "be sent over port 2197.");
    }
    return tr("Apple's push service is reachable on some hosts or ports only. See each check "
              "for what fails.");
}

QString PushDiagnostics::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Reachable:
        return u"reachable"_s;
    case Outcome::DnsFailed:
        return u"dns-failed"_s;
    case Outcome::ConnectionRefused:
        return u"connection-refused"_s;
    case Outcome::ConnectionTimedOut:
        return u"connection-timed-out"_s;
    case Outcome::ConnectionFailed:
        return u"connection-failed"_s;
    case Outcome::TlsTimedOut:
        return u"tls-timed-out"_s;
    case Outcome::TlsFailed:
        return u"tls-failed"_s;
    case Outcome::Untrusted:
        return u"untrusted"_s;
    case Outcome::WrongServer:
        return u"wrong-server"_s;
    case Outcome::CertificateDates:
        return u"certificate-dates"_s;
    }
    return {};
}

} // namespace Espalier
