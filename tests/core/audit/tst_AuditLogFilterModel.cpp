// SPDX-License-Identifier: GPL-3.0-or-later
// Filtering the audit log by words, actor, action and time range, and its newest-first sort.
#include "core/audit/AuditLogFilterModel.h"
#include "core/audit/AuditLogModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

const QDateTime s_start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

AuditEntry entry(qint64 seq,
                 const QString &actor,
                 const QString &action,
                 const QString &target,
                 const QString &detail)
{
    AuditEntry e;
    e.seq = seq;
    e.at = s_start.addSecs(seq * 3600);
    e.actor = actor;
    e.action = action;
    e.target = target;
    e.detail = detail;
    return e;
}

} // namespace

class tst_AuditLogFilterModel : public QObject
{
    Q_OBJECT

private:
    QList<qint64> shown() const
    {
        QList<qint64> seqs;
        for (int row = 0; row < m_filter.rowCount(); ++row)
            seqs.append(m_filter.index(row, 0).data(AuditLogModel::SequenceRole).toLongLong());
        return seqs;
    }

    AuditLogModel m_model;
    AuditLogFilterModel m_filter;

private Q_SLOTS:

    void initTestCase()
    {
        m_filter.setSourceModel(&m_model);
        new QAbstractItemModelTester(
            &m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        new QAbstractItemModelTester(
            &m_filter, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_model.setEntries(
            {
                entry(1, u"engine"_s, u"mdm.authenticate"_s, u"UDID-A"_s, u"enrolled"_s),
                entry(2, u"alex"_s, u"command.queued"_s, u"UDID-A"_s, u"DeviceLock C1"_s),
                entry(3, u"sam (helpdesk)"_s, u"command.queued"_s, u"UDID-B"_s, u"EraseDevice"_s),
                entry(4, u"alex"_s, u"command.cancelled"_s, u"UDID-B"_s, u"EraseDevice C3"_s),
                entry(5, u"engine"_s, u"command.expired"_s, u"UDID-A"_s, u"SecurityInfo C9"_s),
            },
            {{u"UDID-A"_s, u"Front desk iPhone"_s}});
    }

    void init()
    {
        m_filter.clearFilters();
        m_filter.sort(AuditLogModel::SequenceColumn, Qt::AscendingOrder);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("fromHours");
        QTest::addColumn<int>("untilHours");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("word in details")
            << u"erasedevice"_s << QString() << QString() << -1 << -1 << QList<qint64>{3, 4};
        QTest::newRow("device name")
            << u"front desk"_s << QString() << QString() << -1 << -1 << QList<qint64>{1, 2, 5};
        QTest::newRow("every word must occur")
            << u"alex c3"_s << QString() << QString() << -1 << -1 << QList<qint64>{4};
        QTest::newRow("actor") << QString() << u"alex"_s << QString() << -1 << -1
                               << QList<qint64>{2, 4};
        QTest::newRow("action") << QString() << QString() << u"command.queued"_s << -1 << -1
                                << QList<qint64>{2, 3};
        QTest::newRow("from") << QString() << QString() << QString() << 4 << -1
                              << QList<qint64>{4, 5};
        QTest::newRow("until excludes its end")
            << QString() << QString() << QString() << -1 << 3 << QList<qint64>{1, 2};
        QTest::newRow("range and actor")
            << QString() << u"engine"_s << QString() << 2 << 6 << QList<qint64>{5};
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QString, actor);
        QFETCH(QString, action);
        QFETCH(int, fromHours);
        QFETCH(int, untilHours);
        QFETCH(QList<qint64>, expected);
        m_filter.setText(text);
        m_filter.setActor(actor);
        m_filter.setAction(action);
        m_filter.setTimeRange(fromHours < 0 ? QDateTime() : s_start.addSecs(fromHours * 3600),
                              untilHours < 0 ? QDateTime() : s_start.addSecs(untilHours * 3600));
        QVERIFY(m_filter.isFiltering());
        QCOMPARE(shown(), expected);
    }

    void newestFirst()
    {
        m_filter.sort(AuditLogModel::SequenceColumn, Qt::DescendingOrder);
        QCOMPARE(shown(), (QList<qint64>{5, 4, 3, 2, 1}));
        m_filter.sort(AuditLogModel::TimeColumn, Qt::AscendingOrder);
        QCOMPARE(shown(), (QList<qint64>{1, 2, 3, 4, 5}));
    }
};

QTEST_GUILESS_MAIN(tst_AuditLogFilterModel)
#include "tst_AuditLogFilterModel.moc"
