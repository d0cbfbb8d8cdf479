// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;

class tst_Clock : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void manualClockMovesOnlyWhenTold()
    {
        const QDateTime start(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        ManualClock clock(start);
        QCOMPARE(clock.now(), start);
        clock.advance(1500);
        QCOMPARE(clock.now(), start.addMSecs(1500));
        clock.setNow(start.addDays(1));
        QCOMPARE(clock.now(), start.addDays(1));
    }

    void systemClockIsUtc()
    {
        SystemClock clock;
        QCOMPARE(clock.now().timeSpec(), Qt::UTC);
    }

    void errorTextCarriesCodeAndDetail()
    {
        const Result<int> r = fail(
            Error::Code::Tls, u"The certificate has expired."_s, u"X509 err 10"_s);
        QVERIFY(!r);
        QCOMPARE(r.error().toString(), u"[tls] The certificate has expired. (X509 err 10)"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Clock)
#include "tst_Clock.moc"
