// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Random.h"
#include "tests/support/TestHelpers.h"

#include <QSet>
#include <QTest>

using namespace Espalier;

class tst_Random : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void givesTheCountAsked_data()
    {
        QTest::addColumn<qsizetype>("count");
        QTest::newRow("one") << qsizetype(1);
        QTest::newRow("serial") << qsizetype(16);
        QTest::newRow("one MiB") << qsizetype(1024 * 1024);
    }

    void givesTheCountAsked()
    {
        QFETCH(qsizetype, count);
        const Result<QByteArray> bytes = Random::bytes(count);
        QVERIFY_RESULT(bytes);
        QCOMPARE(bytes->size(), count);
    }

    void neverRepeats()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 100; ++i) {
            const Result<QByteArray> bytes = Random::bytes(16);
            QVERIFY_RESULT(bytes);
            QVERIFY(!seen.contains(*bytes));
            seen.insert(*bytes);
        }
    }

    void refusesCountsOutOfRange_data()
    {
        QTest::addColumn<qsizetype>("count");
        QTest::newRow("zero") << qsizetype(0);
        QTest::newRow("negative") << qsizetype(-1);
        QTest::newRow("over one MiB") << qsizetype(1024 * 1024 + 1);
    }

    void refusesCountsOutOfRange()
    {
        QFETCH(qsizetype, count);
        QVERIFY_FAILS_WITH(Random::bytes(count), Error::Code::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(tst_Random)
#include "tst_Random.moc"
