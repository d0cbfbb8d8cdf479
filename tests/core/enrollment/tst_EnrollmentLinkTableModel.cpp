// SPDX-License-Identifier: GPL-3.0-or-later
// The enrollment links as the console lists them: each state and use count in words, sort
// values, and the smallest change for a revoked or new link.
#include "core/enrollment/EnrollmentLinkTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

const QDateTime s_now(QDate(2026, 11, 28), QTime(6, 0), Qt::UTC);

EnrollmentLink link(const QString &id, const QString &label)
{
    EnrollmentLink l;
    l.id = id;
    l.tokenSha256 = QString(64, u'a');
    l.label = label;
    l.createdBy = u"admin"_s;
    l.createdAt = s_now.addDays(-1);
    return l;
}

} // namespace

class tst_EnrollmentLinkTableModel : public QObject
{
    Q_OBJECT

private:
    static QList<EnrollmentLink> links()
    {
        EnrollmentLink active = link(u"a"_s, u"Kim"_s);
        active.maxUses = 3;
        active.useCount = 1;
        active.expiresAt = s_now.addDays(6);
        EnrollmentLink usedUp = link(u"b"_s, u"Lab Macs"_s);
        usedUp.maxUses = 2;
        usedUp.useCount = 2;
        EnrollmentLink expired = link(u"c"_s, {});
        expired.expiresAt = s_now.addSecs(-60);
        EnrollmentLink revoked = link(u"d"_s, u"Old"_s);
        revoked.revokedAt = s_now.addSecs(-3600);
        revoked.useCount = 4;
        return {active, usedUp, expired, revoked};
    }

private Q_SLOTS:

    void showsStatesAndUses_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("stateText");
        QTest::addColumn<QString>("uses");
        QTest::addColumn<QString>("label");
        QTest::newRow("active") << 0 << int(EnrollmentLinkState::Active) << u"Active"_s
                                << u"1 of 3"_s << u"Kim"_s;
        QTest::newRow("used up") << 1 << int(EnrollmentLinkState::UsedUp) << u"Used up"_s
                                 << u"2 of 2"_s << u"Lab Macs"_s;
        QTest::newRow("expired") << 2 << int(EnrollmentLinkState::Expired) << u"Expired"_s
                                 << u"0 (no limit)"_s << u"(no label)"_s;
        QTest::newRow("revoked") << 3 << int(EnrollmentLinkState::Revoked) << u"Revoked"_s
                                 << u"4 (no limit)"_s << u"Old"_s;
    }

    void showsStatesAndUses()
    {
        QFETCH(int, row);
        QFETCH(int, state);
        QFETCH(QString, stateText);
        QFETCH(QString, uses);
        QFETCH(QString, label);
        EnrollmentLinkTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLinks(links(), s_now);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(EnrollmentLinkTableModel::ColumnCount));
        const auto at = [&](EnrollmentLinkTableModel::Column column) {
            return model.index(row, column);
        };
        QCOMPARE(at(EnrollmentLinkTableModel::StateColumn)
                     .data(EnrollmentLinkTableModel::StateRole)
                     .toInt(),
                 state);
        QCOMPARE(at(EnrollmentLinkTableModel::StateColumn).data().toString(), stateText);
        QCOMPARE(at(EnrollmentLinkTableModel::UsesColumn).data().toString(), uses);
        QCOMPARE(at(EnrollmentLinkTableModel::LabelColumn).data().toString(), label);
        QCOMPARE(at(EnrollmentLinkTableModel::LabelColumn)
                     .data(EnrollmentLinkTableModel::IdRole)
                     .toString(),
                 links().at(row).id);
    }

    void neverExpiringSortsLast()
    {
        EnrollmentLinkTableModel model;
        model.setLinks(links(), s_now);
        const QDateTime expires = model.index(0, EnrollmentLinkTableModel::ExpiresColumn)
                                      .data(EnrollmentLinkTableModel::SortRole)
                                      .toDateTime();
        const QDateTime never = model.index(1, EnrollmentLinkTableModel::ExpiresColumn)
                                    .data(EnrollmentLinkTableModel::SortRole)
                                    .toDateTime();
        QVERIFY(expires < never);
        QCOMPARE(model.index(1, EnrollmentLinkTableModel::ExpiresColumn).data().toString(),
                 u"Never"_s);
    }

    void revokeChangesOneRowAndNewLinkGoesFirst()
    {
        EnrollmentLinkTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLinks(links(), s_now);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        EnrollmentLink revoked = links().at(0);
        revoked.revokedAt = s_now;
        model.upsertLink(revoked, s_now);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(model.stateAt(0), EnrollmentLinkState::Revoked);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.upsertLink(link(u"e"_s, u"New"_s), s_now);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowOf(u"e"_s), 0);
        QCOMPARE(model.rowOf(u"a"_s), 1);
        QCOMPARE(reset.size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_EnrollmentLinkTableModel)
#include "tst_EnrollmentLinkTableModel.moc"
