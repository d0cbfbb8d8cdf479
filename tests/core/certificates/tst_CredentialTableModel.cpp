// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificates/CredentialTableModel.h"
#include "core/common/Clock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

Credential credential(CredentialKind kind, int daysLeft, bool hasKey = true)
{
    Credential made;
    made.kind = kind;
    made.id = u"%1"_s.arg(static_cast<int>(kind));
    made.subject = u"CN=Subject %1"_s.arg(static_cast<int>(kind));
    made.issuer = u"CN=Issuer"_s;
    if (kind == CredentialKind::PushCertificate) {
        made.topic = u"com.apple.mgmt.External.5b3e"_s;
        made.appleId = u"mdm@example.com"_s;
    }
    made.notBefore = Now.addDays(-300);
    made.notAfter = Now.addDays(daysLeft).addSecs(60);
    made.hasKey = hasKey;
    return made;
}

} // namespace

class tst_CredentialTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void rowsColumnsAndRoles()
    {
        ManualClock clock(Now);
        CredentialTableModel model(clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCredentials({credential(CredentialKind::PushCertificate, 25),
                              credential(CredentialKind::DeviceCa, 3000),
                              credential(CredentialKind::ServerTls, 5)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(CredentialTableModel::ColumnCount));
        const QModelIndex push = model.index(0, CredentialTableModel::DaysLeftColumn);
        QCOMPARE(push.data().toString(), u"25 day(s) left"_s);
        QCOMPARE(push.data(CredentialTableModel::ExpiryStateRole).toInt(), int(ExpiryState::Soon));
        QCOMPARE(model.index(0, CredentialTableModel::TopicColumn).data().toString(),
                 u"com.apple.mgmt.External.5b3e"_s);
        QCOMPARE(model.index(0, CredentialTableModel::AppleIdColumn).data().toString(),
                 u"mdm@example.com"_s);
        QCOMPARE(model.index(1, CredentialTableModel::DaysLeftColumn)
                     .data(CredentialTableModel::ExpiryStateRole)
                     .toInt(),
                 int(ExpiryState::Valid));
        QCOMPARE(model.index(2, CredentialTableModel::DaysLeftColumn)
                     .data(CredentialTableModel::ExpiryStateRole)
                     .toInt(),
                 int(ExpiryState::Urgent));
        QCOMPARE(model.index(1, CredentialTableModel::ExpiresColumn)
                     .data(CredentialTableModel::SortRole)
                     .toDateTime(),
                 Now.addDays(3000).addSecs(60));
        QVERIFY(model.index(0, 0).data(CredentialTableModel::CanExportRole).toBool());
        QVERIFY(model.index(1, 0).data(CredentialTableModel::CanExportRole).toBool());
        QVERIFY(!model.index(2, 0).data(CredentialTableModel::CanExportRole).toBool());
        QCOMPARE(model.headerData(CredentialTableModel::DaysLeftColumn, Qt::Horizontal).toString(),
                 u"Days left"_s);
    }

    void expiryMovesWithTheClock()
    {
        ManualClock clock(Now);
        CredentialTableModel model(clock);
        model.setCredentials({credential(CredentialKind::PushCertificate, 25)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        clock.advance(qint64(30) * 24 * 3600 * 1000);
        model.refreshExpiry();
        QCOMPARE(changed.size(), 1);
        const QModelIndex days = model.index(0, CredentialTableModel::DaysLeftColumn);
        QCOMPARE(days.data(CredentialTableModel::ExpiryStateRole).toInt(),
                 int(ExpiryState::Expired));
        QCOMPARE(days.data().toString(), u"Expired 4 day(s) ago"_s);
        QVERIFY(!days.data(Qt::ToolTipRole).toString().isEmpty());
    }

    void keyless()
    {
        ManualClock clock(Now);
        CredentialTableModel model(clock);
        model.setCredentials({credential(CredentialKind::DeviceCa, 100, false)});
        QVERIFY(!model.index(0, 0).data(CredentialTableModel::CanExportRole).toBool());
    }
};

QTEST_GUILESS_MAIN(tst_CredentialTableModel)
#include "tst_CredentialTableModel.moc"
