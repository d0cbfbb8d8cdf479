// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/push/ApnsResult.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

namespace Espalier {

class Clock;

// Decides when each enrollment is pushed; sends nothing itself. Requests for one device are
// coalesced into one push, never more often than minInterval; a device that stays silent after
// a push is pushed again on a schedule until it checks in; a bad or dead token ends its pushes;
// a RetryLater answer holds every push back, and a certificate problem holds them until resume().
//
// The owner's loop: call request() when work is queued for an enrollment; when the timer fires
// at nextWakeUp(), push each id due() returns and report every answer with notifyPushed(); call
// notifyCheckedIn() when the device has fetched its commands. Pure logic over a Clock, for one
// thread (the engine's).
class PushScheduler final
{
public:
    struct Options
    {
        // No device is pushed twice within this.
        std::chrono::milliseconds minInterval{std::chrono::seconds(10)};
        // After a delivered push without a check-in: push again after the first delay, then
        // after each further one; the last repeats until the device checks in.
        QList<std::chrono::milliseconds> repushDelays{std::chrono::minutes(1),
                                                      std::chrono::minutes(5),
                                                      std::chrono::minutes(15),
                                                      std::chrono::hours(1)};
        // How long RetryLater holds pushes back when its result names no time.
        std::chrono::milliseconds retryDelay{std::chrono::seconds(30)};

        // Makes interval the last, repeating re-push delay; earlier steps longer than it are
        // cut to it, so a silent device is never left alone for longer.
        void setRepushInterval(std::chrono::milliseconds interval);
    };

    explicit PushScheduler(const Clock &clock);
    PushScheduler(const Clock &clock, Options options);

    // The enrollment has work waiting: push it at notBefore (invalid: now), or as soon after as
    // the throttle allows. Several requests before the push make one push.
    void request(const QString &enrollmentId, const QDateTime &notBefore = {});
    // What became of a push that due() handed out. retryAfter is ApnsResult::retryAfter.
    void notifyPushed(const QString &enrollmentId,
                      ApnsResult::Disposition disposition,
                      const QDateTime &retryAfter = {});
    // The device connected and fetched its commands: requests made until now are served and
    // re-pushing stops.
    void notifyCheckedIn(const QString &enrollmentId);
    // Drops everything about the enrollment (unenrolled, or it cannot be pushed: no token).
    void forget(const QString &enrollmentId);
    // The push certificate has been replaced: pushes held back by a certificate problem go.
    void resume();

    // The enrollments to push now, oldest due first. Each is in flight until notifyPushed().
    [[nodiscard]] QStringList due();
    // When due() will next return something; invalid when nothing is waiting (or everything
    // waits for resume()).
    [[nodiscard]] QDateTime nextWakeUp() const;

    [[nodiscard]] bool isBlocked() const { return m_blocked; }

    // RetryLater holds every push back until this time (invalid: not held).
    [[nodiscard]] QDateTime heldUntil() const { return m_heldUntil; }

    // Enrollments with a push waiting, in flight, or awaiting a check-in.
    [[nodiscard]] int activeCount() const;

private:
    struct Entry
    {
        // A request is waiting; it may go at dueAt.
        bool pending = false;
        QDateTime dueAt{};
        // Handed out by due(), no result yet.
        bool inFlight = false;
        // The push in flight answers a request (not a re-push).
        bool inFlightForRequest = false;
        // Checked in while a push was in flight: that push needs no follow-up.
        bool checkedInDuringFlight = false;
        // Delivered, no check-in since: re-push at repushAt.
        bool awaitingCheckIn = false;
        QDateTime repushAt{};
        int repushStep = 0;
        QDateTime lastPushAt{};

        [[nodiscard]] bool isIdle() const { return !pending && !inFlight && !awaitingCheckIn; }
    };

    [[nodiscard]] QDateTime wakeUpOf(const Entry &entry) const;
    [[nodiscard]] QDateTime throttled(const Entry &entry, const QDateTime &at) const;
    void hold(const QDateTime &retryAfter);

    const Clock &m_clock;
    const Options m_options;
    QHash<QString, Entry> m_entries;
    QDateTime m_heldUntil;
    bool m_blocked = false;
};

} // namespace Espalier
