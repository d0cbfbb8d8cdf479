// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/push/PushScheduler.h"

#include "core/common/Clock.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace Espalier {

namespace {

QDateTime earlier(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

QDateTime later(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::max(a, b);
}

} // namespace

void PushScheduler::Options::setRepushInterval(std::chrono::milliseconds interval)
{
    Q_ASSERT(interval.count() > 0 && !repushDelays.isEmpty());
    repushDelays.removeLast();
    for (std::chrono::milliseconds &delay : repushDelays)
        delay = std::min(delay, interval);
    repushDelays.append(interval);
}

PushScheduler::PushScheduler(const Clock &clock)
    : PushScheduler(clock, Options())
{}

PushScheduler::PushScheduler(const Clock &clock, Options options)
    : m_clock(clock)
    , m_options(std::move(options))
{
    Q_ASSERT(!m_options.repushDelays.isEmpty());
}

void PushScheduler::request(const QString &enrollmentId, const QDateTime &notBefore)
{
    const QDateTime now = m_clock.now();
    Entry &entry = m_entries[enrollmentId];
    const QDateTime at = throttled(entry, later(now, notBefore));
    entry.dueAt = entry.pending ? std::min(entry.dueAt, at) : at;
    entry.pending = true;
}

void PushScheduler::notifyPushed(const QString &enrollmentId,
                                 ApnsResult::Disposition disposition,
                                 const QDateTime &retryAfter)
{
    using Disposition = ApnsResult::Disposition;
    // These hold back every push, whichever device's answer brought them.
    if (disposition == Disposition::RetryLater)
        hold(retryAfter);
    else if (disposition == Disposition::CertificateProblem)
        m_blocked = true;

    const auto found = m_entries.find(enrollmentId);
    if (found == m_entries.end())
        return;
    Entry &entry = *found;
    const bool forRequest = entry.inFlightForRequest;
    const bool checkedIn = entry.checkedInDuringFlight;
    entry.inFlight = false;
    entry.inFlightForRequest = false;
    entry.checkedInDuringFlight = false;

    switch (disposition) {
    case Disposition::Delivered:
        if (checkedIn) {
            entry.awaitingCheckIn = false;
            entry.repushStep = 0;
            break;
        }
        entry.repushStep = forRequest ? 0
                                      : std::min(entry.repushStep + 1,
                                                 int(m_options.repushDelays.size()) - 1);
        entry.awaitingCheckIn = true;
        entry.repushAt = entry.lastPushAt.addMSecs(
            m_options.repushDelays.at(entry.repushStep).count());
        break;
    case Disposition::TokenBad:
    case Disposition::TokenDead:
    case Disposition::Rejected:
        // Pushing again cannot help until something changes (a new token): the owner will
        // request again then.
        entry.pending = false;
        entry.awaitingCheckIn = false;
        entry.repushStep = 0;
        break;
    case Disposition::RetryLater:
    case Disposition::CertificateProblem: {
        if (checkedIn)
            break;
        // The push did not happen: the same push goes again once the hold ends.
        const QDateTime again = throttled(entry, later(m_clock.now(), m_heldUntil));
        if (forRequest) {
            entry.dueAt = entry.pending ? std::min(entry.dueAt, again) : again;
            entry.pending = true;
        } else {
            entry.awaitingCheckIn = true;
            entry.repushAt = again;
        }
        break;
    }
    }
}

void PushScheduler::notifyCheckedIn(const QString &enrollmentId)
{
    const auto found = m_entries.find(enrollmentId);
    if (found == m_entries.end())
        return;
    Entry &entry = *found;
    if (entry.inFlight)
        entry.checkedInDuringFlight = true;
    // A request for later (a NotNow retry, say) is not served by this check-in.
    if (entry.pending && entry.dueAt <= m_clock.now())
        entry.pending = false;
    entry.awaitingCheckIn = false;
    entry.repushStep = 0;
}

void PushScheduler::forget(const QString &enrollmentId)
{
    m_entries.remove(enrollmentId);
}

void PushScheduler::resume()
{
    m_blocked = false;
}

QStringList PushScheduler::due()
{
    const QDateTime now = m_clock.now();
    if (m_blocked || (m_heldUntil.isValid() && now < m_heldUntil))
        return {};

    std::vector<std::tuple<QDateTime, QString, bool>> ready;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        const Entry &entry = *it;
        if (entry.isIdle()
            && (!entry.lastPushAt.isValid()
                || entry.lastPushAt.addMSecs(m_options.minInterval.count()) <= now)) {
            // Nothing left to do, and no throttle to remember.
            it = m_entries.erase(it);
            continue;
        }
        if (!entry.inFlight) {
            if (entry.pending && entry.dueAt <= now)
                ready.emplace_back(entry.dueAt, it.key(), true);
            else if (entry.awaitingCheckIn && entry.repushAt <= now)
                ready.emplace_back(entry.repushAt, it.key(), false);
        }
        ++it;
    }
    std::sort(ready.begin(), ready.end());

    QStringList ids;
    ids.reserve(qsizetype(ready.size()));
    for (const auto &[at, id, forRequest] : ready) {
        Entry &entry = m_entries[id];
        entry.inFlight = true;
        entry.inFlightForRequest = forRequest;
        entry.checkedInDuringFlight = false;
        entry.lastPushAt = now;
        // One push wakes the device for everything queued for it.
        if (entry.pending && entry.dueAt <= now)
            entry.pending = false;
        // A request served by this push restarts the re-push schedule when it is delivered.
        if (!forRequest)
            entry.awaitingCheckIn = false;
        ids.append(id);
    }
    return ids;
}

QDateTime PushScheduler::nextWakeUp() const
{
    if (m_blocked)
        return {};
    QDateTime next;
    for (const Entry &entry : m_entries)
        next = earlier(next, wakeUpOf(entry));
    if (!next.isValid())
        return {};
    return later(next, m_heldUntil);
}

int PushScheduler::activeCount() const
{
    return int(std::count_if(
        m_entries.cbegin(), m_entries.cend(), [](const Entry &entry) { return !entry.isIdle(); }));
}

QDateTime PushScheduler::wakeUpOf(const Entry &entry) const
{
    if (entry.inFlight)
        return {};
    QDateTime at;
    if (entry.pending)
        at = entry.dueAt;
    if (entry.awaitingCheckIn)
        at = earlier(at, entry.repushAt);
    return at;
}

QDateTime PushScheduler::throttled(const Entry &entry, const QDateTime &at) const
{
    if (!entry.lastPushAt.isValid())
        return at;
    return later(at, entry.lastPushAt.addMSecs(m_options.minInterval.count()));
}

void PushScheduler::hold(const QDateTime &retryAfter)
{
    const QDateTime until = retryAfter.isValid()
                                ? retryAfter
                                : m_clock.now().addMSecs(m_options.retryDelay.count());
    m_heldUntil = later(m_heldUntil, until);
}

} // namespace Espalier
