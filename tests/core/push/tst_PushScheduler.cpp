// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"
#include "core/push/PushScheduler.h"

#include <QTest>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

using Disposition = ApnsResult::Disposition;

const QDateTime Start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;

} // namespace

class tst_PushScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void init()
    {
        m_clock = std::make_unique<ManualClock>(Start);
        m_scheduler = std::make_unique<PushScheduler>(*m_clock);
    }

    void nothingToDoAtFirst()
    {
        QVERIFY(m_scheduler->due().isEmpty());
        QVERIFY(!m_scheduler->nextWakeUp().isValid());
        QCOMPARE(m_scheduler->activeCount(), 0);
    }

    void pushesARequestNow()
    {
        m_scheduler->request(u"a"_s);
        QCOMPARE(m_scheduler->nextWakeUp(), Start);
        QCOMPARE(m_scheduler->due(), QStringList{u"a"_s});
        // In flight: not handed out twice.
        QVERIFY(m_scheduler->due().isEmpty());
        QVERIFY(!m_scheduler->nextWakeUp().isValid());
    }

    void waitsForNotBefore()
    {
        m_scheduler->request(u"a"_s, Start.addSecs(30));
        QVERIFY(m_scheduler->due().isEmpty());
        QCOMPARE(m_scheduler->nextWakeUp(), Start.addSecs(30));
        m_clock->advance(29 * Second);
        QVERIFY(m_scheduler->due().isEmpty());
        m_clock->advance(Second);
        QCOMPARE(m_scheduler->due(), QStringList{u"a"_s});
    }

    void coalescesRequestsForOneDevice()
    {
        m_scheduler->request(u"a"_s, Start.addSecs(60));
        m_scheduler->request(u"a"_s);
        m_scheduler->request(u"a"_s, Start.addSecs(5));
        m_scheduler->request(u"b"_s);
        QCOMPARE(m_scheduler->due(), (QStringList{u"a"_s, u"b"_s}));
        m_scheduler->notifyPushed(u"a"_s, Disposition::Delivered);
        m_scheduler->notifyPushed(u"b"_s, Disposition::Delivered);
        // The requests for later were served by the same push.
        m_clock->advance(59 * Second);
        QVERIFY(m_scheduler->due().isEmpty());
    }

    void throttlesPushesToOneDevice()
    {
        m_scheduler->request(u"a"_s);
        QCOMPARE(m_scheduler->due(), QStringList{u"a"_s});
        m_scheduler->notifyPushed(u"a"_s, Disposition::Delivered);
        m_clock->advance(2 * Second);
        m_scheduler->notifyCheckedIn(u"a"_s);

        // New work two seconds after the push: it waits out the ten seconds.
        m_scheduler->request(u"a"_s);
        m_scheduler->request(u"a"_s);
        QVERIFY(m_scheduler->due().isEmpty());
        QCOMPARE(m_scheduler->nextWakeUp(), Start.addSecs(10));
        m_clock->advance(7 * Second);
        QVERIFY(m_scheduler->due().isEmpty());
        m_clock->advance(Second);
        QCOMPARE(m_scheduler->due(), QStringList{u"a"_s});
    }

    void keepsARequestMadeWhileAPushIsInFlight()
    {
        m_scheduler->request(u"a"_s);
        QCOMPARE(m_scheduler->due(), QStringList{u"a"_s});
        m_clock->advance(Second);
        m_scheduler->request(u"a"_s);
        QVERIFY(m_scheduler->due().isEmpty());
        m_scheduler->notifyPushed(u"a"_s, Disposition::Delivered);
        QCOMPARE(m_scheduler->nextWakeUp(), Start.addSecs(10));
        m_clock->advance(9 * Second);
        QCOMPARE(m_scheduler->due(), QStringList{u"a"_s});
    }

    void repushesASilentDevice()
    {
        PushScheduler::Options options;
        options.repushDelays = {1min, 5min, 15min, 1h};
        m_scheduler = std::make_unique<PushScheduler>(*m_clock, options);
        m_scheduler->request(u"a"_s);
        QCOMPARE(m_scheduler->due(), QStringList{u"a"_s});
        m_scheduler->notifyPushed(u"a"_s, Disposition::Delivered);

        QDateTime pushedAt = Start;
        for (const qint64 delay : {Minute, 5 * Minute, 15 * Minute, 60 * Minute, 60 * Minute}) {
            QCOMPARE(m_scheduler->nextWakeUp(), pushedAt.addMSecs(delay));
            m_clock->setNow(pushedAt.addMSecs(delay - Second));
            QVERIFY(m_scheduler->due().isEmpty());
            m_clock->advance(Second);
            QCOMPARE(m_scheduler->due(), QStringList{u"a"_s});
            pushedAt = m_clock->now();
            m_scheduler->notifyPushed(u"a"_s, Disposition::Delivered);
        }
        QCOMPARE(m_scheduler->activeCount(), 1);
    }

    void theRepushIntervalSetsTheRepeatingStep_data()
    {
        QTest::addColumn<qint64>("intervalMinutes");
        QTest::addColumn<QList<qint64>>("delays");
        QTest::newRow("three hours")
            << qint64(180)
            << QList<qint64>{
                   Minute, 5 * Minute, 15 * Minute, 180 * Minute, 180 * Minute, 180 * Minute};
        QTest::newRow("ten minutes")
            << qint64(10)
            << QList<qint64>{Minute, 5 * Minute, 10 * Minute, 10 * Minute, 10 * Minute};
    }

    void theRepushIntervalSetsTheRepeatingStep()
    {
        QFETCH(qint64, intervalMinutes);
        QFETCH(QList<qint64>, delays);
        PushScheduler::Options options;
        options.setRepushInterval(std::chrono::minutes(intervalMinutes));
        m_scheduler = std::make_unique<PushScheduler>(*m_clock, options);
        m_scheduler->request(u"a"_s);
        QCOMPARE(m_scheduler->due(), QStringList{u"a"_s});
        m_scheduler->notifyPushed(u"a"_s, Disposition::Delivered);

        QDateTime pushedAt = Start;
        for (const qint64 delay : std::as_const(delays)) {
            QCOMPARE(m_scheduler->nextWakeUp(), pushedAt.addMSecs(delay));
            m_clock->setNow(pushedAt.addMSecs(delay - Second));
            QVERIFY(m_scheduler->due().isEmpty());
            m_clock->advance(Second);
            QCOMPARE(m_scheduler->due(), QStringList{u"a"_s});
            pushedAt = m_clock->now();
            m_scheduler->notifyPushed(u"a"_s, Disposition::Delivered);
        }
    }

    void aCheckInStopsRepushing()
    {
        m_scheduler->request(u"a"_s);
        QCOMPARE(m_scheduler->due(), QStringList{u"a"_s});
        m_scheduler->notifyPushed(u"a"_s, Disposition::Delivered);
        m_clock->advance(3 * Second);
        m_scheduler->notifyCheckedIn(u"a"_s);
        QVERIFY(!m_scheduler->nextWakeUp().isValid());
        m_clock->advance(3 * 60 * Minute);
        QVERIFY(m_scheduler->due().isEmpty());
        QCOMPARE(m_scheduler->activeCount(), 0);
    }

    void aCheckInDuringThePushStopsRepushing()
    {
        m_scheduler->request(u"a"_s);
        QCOMPARE(m_scheduler->due(), QStringList{u"a"_s});
        m_scheduler->notifyCheckedIn(u"a"_s);
        m_scheduler->notifyPushed(u"a"_s, Disposition::Delivered);
        QVERIFY(!m_scheduler->nextWakeUp().isValid());
        m_clock->advance(10 * Minute);
        QVERIFY(m_scheduler->due().isEmpty());
    }

    void aCheckInLeavesLaterRequests()
    {
        m_scheduler->request(u"a"_s, Start.addSecs(300));
        m_scheduler->notifyCheckedIn(u"a"_s);
        QCOMPARE(m_scheduler->nextWakeUp(), Start.addSecs(300));
        m_clock->advance(5 * Minute);
        QCOMPARE(m_scheduler->due(), QStringList{u"a"_s});
    }

    void aBadTokenEndsPushes_data()
    {
        QTest::addColumn<int>("disposition");
        QTest::newRow("TokenBad") << int(Disposition::TokenBad);
        QTest::newRow("TokenDead") << int(Disposition::TokenDead);
        QTest::newRow("Rejected") << int(Disposition::Rejected);
    }

    void aBadTokenEndsPushes()
    {
        QFETCH(int, disposition);
        m_scheduler->request(u"a"_s);
        m_scheduler->request(u"b"_s);
        QCOMPARE(m_scheduler->due(), (QStringList{u"a"_s, u"b"_s}));
        m_scheduler->notifyPushed(u"a"_s, Disposition(disposition));
        m_scheduler->notifyPushed(u"b"_s, Disposition::Delivered);
        // Only b is re-pushed; a waits for its owner to ask again (after a new token).
        m_clock->advance(Minute);
        QCOMPARE(m_scheduler->due(), QStringList{u"b"_s});
        m_scheduler->notifyPushed(u"b"_s, Disposition::Delivered);
        m_clock->advance(60 * Minute);
        QCOMPARE(m_scheduler->due(), QStringList{u"b"_s});
        QVERIFY(!m_scheduler->isBlocked());
        QVERIFY(!m_scheduler->heldUntil().isValid());
    }

    void retryLaterHoldsEveryPush()
    {
        m_scheduler->request(u"a"_s);
        m_scheduler->request(u"b"_s);
        QCOMPARE(m_scheduler->due(), (QStringList{u"a"_s, u"b"_s}));
        const QDateTime retryAfter = Start.addSecs(30);
        m_scheduler->notifyPushed(u"a"_s, Disposition::RetryLater, retryAfter);
        m_scheduler->notifyPushed(u"b"_s, Disposition::Delivered);
        QCOMPARE(m_scheduler->heldUntil(), retryAfter);

        // A new device waits as well.
        m_scheduler->request(u"c"_s);
        QCOMPARE(m_scheduler->nextWakeUp(), retryAfter);
        m_clock->advance(29 * Second);
        QVERIFY(m_scheduler->due().isEmpty());
        m_clock->advance(Second);
        // Oldest due first: c has waited since the start.
        QCOMPARE(m_scheduler->due(), (QStringList{u"c"_s, u"a"_s}));
        m_scheduler->notifyPushed(u"a"_s, Disposition::Delivered);
        m_scheduler->notifyPushed(u"c"_s, Disposition::Delivered);
        // b's re-push came due at one minute, as if nothing had happened.
        m_clock->advance(30 * Second);
        QCOMPARE(m_scheduler->due(), QStringList{u"b"_s});
    }

    void retryLaterWithoutATimeUsesTheDefault()
    {
        PushScheduler::Options options;
        options.retryDelay = 45s;
        m_scheduler = std::make_unique<PushScheduler>(*m_clock, options);
        m_scheduler->request(u"a"_s);
        QCOMPARE(m_scheduler->due(), QStringList{u"a"_s});
        m_scheduler->notifyPushed(u"a"_s, Disposition::RetryLater);
        QCOMPARE(m_scheduler->heldUntil(), Start.addSecs(45));
        QCOMPARE(m_scheduler->nextWakeUp(), Start.addSecs(45));
    }

    void aRepushThatMustWaitKeepsItsSchedule()
    {
        m_scheduler->request(u"a"_s);
        QCOMPARE(m_scheduler->due(), QStringList{u"a"_s});
        m_scheduler->notifyPushed(u"a"_s, Disposition::Delivered);
        m_clock->advance(Minute);
        QCOMPARE(m_scheduler->due(), QStringList{u"a"_s});
        m_scheduler->notifyPushed(u"a"_s, Disposition::RetryLater, Start.addSecs(90));
        m_clock->advance(30 * Second);
        QCOMPARE(m_scheduler->due(), QStringList{u"a"_s});
        m_scheduler->notifyPushed(u"a"_s, Disposition::Delivered);
        // The second step of the schedule, five minutes.
        QCOMPARE(m_scheduler->nextWakeUp(), Start.addSecs(90 + 5 * 60));
    }

    void aCertificateProblemHoldsUntilResumed()
    {
        m_scheduler->request(u"a"_s);
        m_scheduler->request(u"b"_s);
        QCOMPARE(m_scheduler->due(), (QStringList{u"a"_s, u"b"_s}));
        m_scheduler->notifyPushed(u"a"_s, Disposition::CertificateProblem);
        m_scheduler->notifyPushed(u"b"_s, Disposition::CertificateProblem);
        QVERIFY(m_scheduler->isBlocked());
        m_scheduler->request(u"c"_s);
        QVERIFY(!m_scheduler->nextWakeUp().isValid());
        m_clock->advance(60 * Minute);
        QVERIFY(m_scheduler->due().isEmpty());

        m_scheduler->resume();
        QVERIFY(!m_scheduler->isBlocked());
        QCOMPARE(m_scheduler->nextWakeUp(), Start);
        QCOMPARE(m_scheduler->due(), (QStringList{u"c"_s, u"a"_s, u"b"_s}));
    }

    void forgetDropsADevice()
    {
        m_scheduler->request(u"a"_s);
        m_scheduler->request(u"b"_s);
        m_scheduler->forget(u"a"_s);
        QCOMPARE(m_scheduler->due(), QStringList{u"b"_s});
        // A late answer for a forgotten device changes nothing.
        m_scheduler->notifyPushed(u"a"_s, Disposition::Delivered);
        QCOMPARE(m_scheduler->activeCount(), 1);
    }

    void manyDevicesComeOutInDueOrder()
    {
        for (int i = 0; i < 50; ++i)
            m_scheduler->request(u"d%1"_s.arg(i, 2, 10, QChar(u'0')), Start.addSecs(50 - i));
        m_clock->advance(60 * Second);
        const QStringList due = m_scheduler->due();
        QCOMPARE(due.size(), 50);
        QCOMPARE(due.first(), u"d49"_s);
        QCOMPARE(due.last(), u"d00"_s);
        QCOMPARE(m_scheduler->activeCount(), 50);
    }

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PushScheduler> m_scheduler;
};

QTEST_GUILESS_MAIN(tst_PushScheduler)
#include "tst_PushScheduler.moc"
