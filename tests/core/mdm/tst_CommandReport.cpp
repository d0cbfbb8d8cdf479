// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/CommandReport.h"
#include "tests/core/mdm/MdmTestSupport.h"
#include "tests/support/TestHelpers.h"

#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;
using namespace MdmTestSupport;

class tst_CommandReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void readsStatuses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("hasUuid");
        QTest::newRow("Idle") << u"reports/idle.plist"_s
                              << static_cast<int>(CommandReport::Status::Idle) << false;
        QTest::newRow("Acknowledged")
            << u"reports/acknowledged.plist"_s
            << static_cast<int>(CommandReport::Status::Acknowledged) << true;
        QTest::newRow("Error") << u"reports/error-installprofile.plist"_s
                               << static_cast<int>(CommandReport::Status::Error) << true;
        QTest::newRow("CommandFormatError")
            << u"reports/commandformaterror.plist"_s
            << static_cast<int>(CommandReport::Status::CommandFormatError) << true;
        QTest::newRow("NotNow") << u"reports/notnow.plist"_s
                                << static_cast<int>(CommandReport::Status::NotNow) << true;
    }

    void readsStatuses()
    {
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(bool, hasUuid);
        const QByteArray body = fixture(file);
        const Result<CommandReport> report = CommandReport::parse(body);
        QVERIFY_RESULT(report);
        QVERIFY2(report->isUsable(), qPrintable(report->problem));
        QVERIFY(report->status.has_value());
        QCOMPARE(static_cast<int>(*report->status), status);
        QCOMPARE(report->commandUuid.isEmpty(), !hasUuid);
        QCOMPARE(report->channel.id, IphoneUdid);
        QCOMPARE(report->raw, body);
    }

    void errorChainReadsForPeople()
    {
        const Result<CommandReport> report = CommandReport::parse(
            fixture(u"reports/error-installprofile.plist"_s));
        QVERIFY_RESULT(report);
        QCOMPARE(report->errorChain.size(), 2);
        QCOMPARE(CommandReport::errorChainText(report->errorChain),
                 u"MCInstallationErrorDomain 4001: Profile Installation Failed\n"
                 "MCProfileErrorDomain 1009: The profile \u201cWi-Fi\u201d could not be "
                 "installed. (Das Profil \u201eWLAN\u201c konnte nicht installiert werden.)"_s);
        QCOMPARE(CommandReport::errorChainText({QVariant(u"odd"_s), QVariantMap()}),
                 u"(an item that is not a dictionary)\n(no details)"_s);
    }

    // Anything that parsed as a plist and names its channel is kept, never refused: the device
    // would send it again forever.
    void keepsUnusableReports_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QString ack = u"reports/acknowledged.plist"_s;
        QTest::newRow("no Status") << patched(ack, {{u"Status"_s, {}}});
        QTest::newRow("unknown Status") << patched(ack, {{u"Status"_s, u"Done"_s}});
        QTest::newRow("Status integer") << patched(ack, {{u"Status"_s, 1}});
        QTest::newRow("CommandUUID integer") << patched(ack, {{u"CommandUUID"_s, 5}});
        QTest::newRow("no CommandUUID") << patched(ack, {{u"CommandUUID"_s, {}}});
    }

    void keepsUnusableReports()
    {
        QFETCH(QByteArray, body);
        const Result<CommandReport> report = CommandReport::parse(body);
        QVERIFY_RESULT(report);
        QVERIFY(!report->isUsable());
        QVERIFY(!report->problem.isEmpty());
        QCOMPARE(report->raw, body);
        QCOMPARE(report->channel.id, IphoneUdid);
    }

    void malformedErrorChainKeepsTheStatus()
    {
        const Result<CommandReport> report = CommandReport::parse(
            patched(u"reports/error-installprofile.plist"_s, {{u"ErrorChain"_s, u"broken"_s}}));
        QVERIFY_RESULT(report);
        QVERIFY(report->isUsable());
        QCOMPARE(report->status, std::optional(CommandReport::Status::Error));
        QVERIFY(report->errorChain.isEmpty());
    }

    void refusesWhatIsNoReport_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("Status=Idle");
        QTest::newRow("array") << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                             "<plist version=\"1.0\"><array/></plist>");
        QTest::newRow("no channel") << patched(u"reports/idle.plist"_s, {{u"UDID"_s, {}}});
        QTest::newRow("UDID data")
            << patched(u"reports/idle.plist"_s, {{u"UDID"_s, QByteArray("x")}});
    }

    void refusesWhatIsNoReport()
    {
        QFETCH(QByteArray, body);
        QVERIFY_FAILS_WITH(CommandReport::parse(body), Error::Code::InvalidInput);
    }

    void resolvesUserChannels()
    {
        const Result<CommandReport> report = CommandReport::parse(
            patched(u"reports/idle.plist"_s,
                    {{u"UDID"_s, {}},
                     {u"EnrollmentID"_s, EnrollmentId},
                     {u"EnrollmentUserID"_s, EnrollmentUserId}}));
        QVERIFY_RESULT(report);
        QCOMPARE(report->channel.id, EnrollmentId + u':' + EnrollmentUserId);
        QCOMPARE(report->channel.deviceChannelId, EnrollmentId);
    }
};

QTEST_GUILESS_MAIN(tst_CommandReport)
#include "tst_CommandReport.moc"
