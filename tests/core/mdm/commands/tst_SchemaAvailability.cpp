// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/SchemaAvailability.h"
#include "tests/support/TestHelpers.h"

#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;

class tst_SchemaAvailability final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkCommand_data();
    void checkCommand();
    void checkOptionSuggestsLeavingItOut_data();
    void checkOptionSuggestsLeavingItOut();
    void audienceMessageReplacesPlatformAndSupervision();
    void isIgnored_data();
    void isIgnored();
    void lookup();
};

namespace {

// A made-up command that exercises every rule once.
const SchemaAvailability &sample()
{
    static const SchemaAvailability table = {
        {.platform = Platform::MacOS, .introduced = {10, 13}, .userChannel = true},
        {.platform = Platform::IOS,
         .introduced = {10, 3},
         .removed = {17, 0},
         .supervised = true,
         .userEnrollment = SchemaMode::Allowed,
         .sharedIpad = SchemaMode::Forbidden},
        {.platform = Platform::TvOS, .introduced = {9, 0}, .userEnrollment = SchemaMode::Required},
        {.platform = Platform::VisionOS, .introduced = {}}, // listed, but n/a
    };
    return table;
}

// Only on a Shared iPad, and there only on its user channel; and a Mac's user channel.
const SchemaAvailability &userOnly()
{
    static const SchemaAvailability table = {
        {.platform = Platform::MacOS,
         .introduced = {10, 7},
         .deviceChannel = false,
         .userChannel = true},
        {.platform = Platform::IOS,
         .introduced = {9, 3},
         .deviceChannel = false,
         .userChannel = true,
         .sharedIpad = SchemaMode::Required},
    };
    return table;
}

CommandTarget makeTarget(Platform platform, const QString &version, bool supervised = false)
{
    CommandTarget target;
    target.platform = platform;
    target.osVersion = version;
    target.supervised = supervised;
    return target;
}

CommandTarget with(CommandTarget target, bool userChannel, bool userEnrollment, bool sharedIpad)
{
    target.userChannel = userChannel;
    target.userEnrollment = userEnrollment;
    target.sharedIpad = sharedIpad;
    return target;
}

} // namespace

void tst_SchemaAvailability::checkCommand_data()
{
    QTest::addColumn<bool>("userOnlyTable");
    QTest::addColumn<CommandTarget>("target");
    QTest::addColumn<QString>("message"); // empty: accepted

    const CommandTarget phone = makeTarget(Platform::IOS, u"16.4"_s, true);
    QTest::newRow("accepted") << false << phone << QString();
    QTest::newRow("unknown platform")
        << false << makeTarget(Platform::Unknown, u"16.4"_s)
        << u"Frobnicate can't be sent until Espalier knows which platform this device runs. "
           "Refresh its inventory, then try again."_s;
    QTest::newRow("platform not listed") << false << makeTarget(Platform::WatchOS, u"11.0"_s)
                                         << u"Frobnicate isn't available on watchOS."_s;
    QTest::newRow("platform listed as n/a") << false << makeTarget(Platform::VisionOS, u"2.0"_s)
                                            << u"Frobnicate isn't available on visionOS."_s;
    QTest::newRow("too old")
        << false << makeTarget(Platform::IOS, u"10.2.1"_s, true)
        << u"Frobnicate needs iOS 10.3 or later. Update the device, then try again."_s;
    QTest::newRow("exactly the introduced version")
        << false << makeTarget(Platform::IOS, u"10.3.0"_s, true) << QString();
    QTest::newRow("whole-number version against x.0")
        << false << makeTarget(Platform::MacOS, u"11"_s) << QString();
    QTest::newRow("version unknown: not checked")
        << false << makeTarget(Platform::IOS, QString(), true) << QString();
    QTest::newRow("version unreadable: not checked")
        << false << makeTarget(Platform::IOS, u"beta"_s, true) << QString();
    QTest::newRow("just before removal")
        << false << makeTarget(Platform::IOS, u"16.7.10"_s, true) << QString();
    QTest::newRow("removed") << false << makeTarget(Platform::IOS, u"17.0"_s, true)
                             << u"Frobnicate is no longer available from iOS 17 on."_s;
    QTest::newRow("not supervised")
        << false << makeTarget(Platform::IOS, u"16.4"_s)
        << u"Frobnicate needs a supervised device. Supervise it with Apple Business Manager or "
           "Apple Configurator, then try again."_s;
    QTest::newRow("User Enrollment allowed")
        << false << with(phone, false, true, false) << QString();
    QTest::newRow("User Enrollment forbidden")
        << false << with(makeTarget(Platform::MacOS, u"14.0"_s), false, true, false)
        << u"Frobnicate isn't available on a device enrolled with User Enrollment."_s;
    QTest::newRow("User Enrollment required")
        << false << makeTarget(Platform::TvOS, u"17.0"_s)
        << u"Frobnicate is only available on a device enrolled with User Enrollment."_s;
    QTest::newRow("Shared iPad forbidden") << false << with(phone, false, false, true)
                                           << u"Frobnicate isn't available on a Shared iPad."_s;
    QTest::newRow("iPhone has no user channel")
        << false << with(phone, true, false, false)
        << u"Frobnicate can only be sent to the device, not to a user on it. Send it to the "
           "device instead."_s;
    QTest::newRow("Apple TV has no user channel")
        << false << with(makeTarget(Platform::TvOS, u"17.0"_s), true, true, false)
        << u"Frobnicate can only be sent to the device, not to a user on it. Send it to the "
           "device instead."_s;
    QTest::newRow("Mac user channel allowed")
        << false << with(makeTarget(Platform::MacOS, u"14.0"_s), true, false, false) << QString();
    QTest::newRow("Shared iPad flag ignored on a Mac")
        << false << with(makeTarget(Platform::MacOS, u"14.0"_s), false, false, true) << QString();

    QTest::newRow("user only: Mac user channel")
        << true << with(makeTarget(Platform::MacOS, u"14.0"_s), true, false, false) << QString();
    QTest::newRow("user only: Mac device channel")
        << true << makeTarget(Platform::MacOS, u"14.0"_s)
        << u"Frobnicate can only be sent to a user on the device. Send it to the user "
           "instead."_s;
    QTest::newRow("user only: Shared iPad user")
        << true << with(makeTarget(Platform::IOS, u"17.0"_s), true, false, true) << QString();
    QTest::newRow("user only: Shared iPad device")
        << true << with(makeTarget(Platform::IOS, u"17.0"_s), false, false, true)
        << u"Frobnicate can only be sent to a user on the device. Send it to the user "
           "instead."_s;
    QTest::newRow("user only: iPad not shared")
        << true << makeTarget(Platform::IOS, u"17.0"_s)
        << u"Frobnicate is only available on a Shared iPad."_s;
}

void tst_SchemaAvailability::checkCommand()
{
    QFETCH(bool, userOnlyTable);
    QFETCH(CommandTarget, target);
    QFETCH(QString, message);
    const SchemaAvailability &table = userOnlyTable ? userOnly() : sample();
    const Result<void> result = table.checkCommand(target, u"Frobnicate"_s);
    QCOMPARE(table.isAvailable(target), message.isEmpty());
    if (message.isEmpty()) {
        QVERIFY_RESULT(result);
        return;
    }
    QVERIFY_FAILS_WITH(result, Error::Code::Unsupported);
    QCOMPARE(result.error().message, message);
    QVERIFY(!result.error().detail.isEmpty());
}

void tst_SchemaAvailability::checkOptionSuggestsLeavingItOut_data()
{
    QTest::addColumn<CommandTarget>("target");
    QTest::addColumn<QString>("message");
    QTest::newRow("platform") << makeTarget(Platform::WatchOS, u"11.0"_s)
                              << u"The widget isn't available on watchOS. Leave it out to send "
                                 "the command."_s;
    QTest::newRow("too old") << makeTarget(Platform::MacOS, u"10.12.6"_s)
                             << u"The widget needs macOS 10.13 or later. Leave it out, or update "
                                "the device first."_s;
    QTest::newRow("removed") << makeTarget(Platform::IOS, u"17.1"_s, true)
                             << u"The widget is no longer available from iOS 17 on. Leave it out "
                                "to send the command."_s;
    QTest::newRow("supervision") << makeTarget(Platform::IOS, u"16.0"_s)
                                 << u"The widget needs a supervised device. Leave it out to send "
                                    "the command."_s;
    QTest::newRow("User Enrollment")
        << with(makeTarget(Platform::MacOS, u"14.0"_s), false, true, false)
        << u"The widget isn't available with User Enrollment. Leave it out to send the "
           "command."_s;
    QTest::newRow("Shared iPad") << with(
        makeTarget(Platform::IOS, u"16.0"_s, true), false, false, true)
                                 << u"The widget isn't available on a Shared iPad. Leave it out "
                                    "to send the command."_s;
    QTest::newRow("user channel")
        << with(makeTarget(Platform::IOS, u"16.0"_s, true), true, false, false)
        << u"The widget can only be sent to the device, not to a user on it. Leave it out, or "
           "send the command to the device."_s;
}

void tst_SchemaAvailability::checkOptionSuggestsLeavingItOut()
{
    QFETCH(CommandTarget, target);
    QFETCH(QString, message);
    const Result<void> result = sample().checkOption(target, u"The widget"_s);
    QVERIFY_FAILS_WITH(result, Error::Code::Unsupported);
    QCOMPARE(result.error().message, message);
}

void tst_SchemaAvailability::audienceMessageReplacesPlatformAndSupervision()
{
    const QString audience = u"Frobnicate needs a supervised iPhone."_s;
    const Result<void> platform = sample().checkCommand(
        makeTarget(Platform::WatchOS, u"11.0"_s), u"Frobnicate"_s, audience);
    QVERIFY_FAILS_WITH(platform, Error::Code::Unsupported);
    QCOMPARE(platform.error().message, audience);

    const Result<void> supervision = sample().checkCommand(
        makeTarget(Platform::IOS, u"16.0"_s), u"Frobnicate"_s, audience);
    QVERIFY_FAILS_WITH(supervision, Error::Code::Unsupported);
    QCOMPARE(supervision.error().message, audience);

    // Other refusals keep their own, more useful message.
    const Result<void> old = sample().checkCommand(
        makeTarget(Platform::IOS, u"9.0"_s, true), u"Frobnicate"_s, audience);
    QVERIFY_FAILS_WITH(old, Error::Code::Unsupported);
    QCOMPARE(old.error().message,
             u"Frobnicate needs iOS 10.3 or later. Update the device, then try again."_s);

    QVERIFY_RESULT(sample().checkCommand(
        makeTarget(Platform::IOS, u"16.0"_s, true), u"Frobnicate"_s, audience));
}

void tst_SchemaAvailability::isIgnored_data()
{
    QTest::addColumn<CommandTarget>("target");
    QTest::addColumn<bool>("ignored");
    QTest::newRow("iPhone") << makeTarget(Platform::IOS, u"17.0"_s) << false;
    QTest::newRow("Shared iPad") << with(makeTarget(Platform::IOS, u"17.0"_s), false, false, true)
                                 << true;
    QTest::newRow("User Enrollment")
        << with(makeTarget(Platform::IOS, u"17.0"_s), false, true, false) << true;
    QTest::newRow("Mac with the Shared iPad flag")
        << with(makeTarget(Platform::MacOS, u"14.0"_s), false, false, true) << false;
    QTest::newRow("n/a platform") << makeTarget(Platform::TvOS, u"17.0"_s) << false;
}

void tst_SchemaAvailability::isIgnored()
{
    QFETCH(CommandTarget, target);
    QFETCH(bool, ignored);
    const SchemaAvailability table = {
        {.platform = Platform::MacOS, .introduced = {10, 14}},
        {.platform = Platform::IOS,
         .introduced = {7, 0},
         .userEnrollment = SchemaMode::Ignored,
         .sharedIpad = SchemaMode::Ignored},
    };
    QCOMPARE(table.isIgnored(target), ignored);
}

void tst_SchemaAvailability::lookup()
{
    QVERIFY(sample().support(Platform::MacOS));
    QCOMPARE(sample().support(Platform::MacOS)->introduced, QVersionNumber(10, 13));
    QVERIFY(!sample().support(Platform::VisionOS)); // listed without a version
    QVERIFY(!sample().support(Platform::WatchOS));
    QVERIFY(!sample().support(Platform::Unknown));
    QVERIFY(SchemaAvailability().platforms().isEmpty());
    QVERIFY(!SchemaAvailability().isAvailable(makeTarget(Platform::MacOS, u"14.0"_s)));
}

QTEST_GUILESS_MAIN(tst_SchemaAvailability)
#include "tst_SchemaAvailability.moc"
