// SPDX-License-Identifier: GPL-3.0-or-later
// The helpdesk actions turned into typed commands per device: generated Mac PINs, what each
// platform can't take, and Clear Passcode without the token in the console.
#include "core/devices/DeviceActionPlanner.h"
#include "core/mdm/commands/FindMyPin.h"
#include "tests/support/TestHelpers.h"

#include <QSet>
#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

DeviceActionTarget device(Platform platform, const QString &os, const QString &name)
{
    DeviceActionTarget target;
    target.summary.udid = name + u"-udid"_s;
    target.summary.name = name;
    target.summary.enrollmentId = target.summary.udid;
    target.target.platform = platform;
    target.target.osVersion = os;
    target.target.supervised = true;
    return target;
}

} // namespace

class tst_DeviceActionPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void pinsAreSixRandomDigits()
    {
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            Result<QString> pin = DeviceActionPlanner::generatePin();
            QVERIFY_RESULT(pin);
            QVERIFY2(FindMyPin::isValid(*pin), qPrintable(*pin));
            seen.insert(*pin);
        }
        // 200 draws from a million: a repeat or two is possible, a pattern is not.
        QVERIFY(seen.size() >= 195);
    }

    void lockGivesEachMacItsOwnPin()
    {
        DeviceActionTarget mac = device(Platform::MacOS, u"14.6"_s, u"Mac"_s);
        mac.target.appleSilicon = true;
        DeviceActionTarget otherMac = mac;
        otherMac.summary.udid = u"Mac2-udid"_s;
        const DeviceActionTarget phone = device(Platform::IOS, u"17.5"_s, u"Phone"_s);
        DeviceActionOptions options;
        options.message = u"Please return"_s;
        options.phoneNumber = u"+1 555 0100"_s;
        const QList<PlannedAction> plan = DeviceActionPlanner::plan(
            DeviceAction::Lock, options, {mac, otherMac, phone});
        QCOMPARE(plan.size(), 3);
        for (const PlannedAction &planned : plan) {
            if (planned.problem)
                QFAIL(qPrintable(planned.problem->toString()));
        }
        QVERIFY(FindMyPin::isValid(plan.at(0).pin));
        QVERIFY(FindMyPin::isValid(plan.at(1).pin));
        QVERIFY(plan.at(0).pin != plan.at(1).pin);
        QCOMPARE(plan.at(0).commands.constFirst().requestType, u"DeviceLock"_s);
        QCOMPARE(plan.at(0).commands.constFirst().fields.value(u"PIN"_s).toString(),
                 plan.at(0).pin);
        QCOMPARE(plan.at(0).commands.constFirst().fields.value(u"PhoneNumber"_s).toString(),
                 u"+1 555 0100"_s);
        // An iPhone gets the message and number but never a PIN.
        QVERIFY(plan.at(2).pin.isEmpty());
        QVERIFY(!plan.at(2).commands.constFirst().fields.contains(u"PIN"_s));
        QCOMPARE(plan.at(2).commands.constFirst().fields.value(u"Message"_s).toString(),
                 u"Please return"_s);
    }

    void anIntelMacLocksWithoutThePhoneNumber()
    {
        DeviceActionTarget mac = device(Platform::MacOS, u"14.6"_s, u"Intel Mac"_s);
        mac.target.appleSilicon = false;
        DeviceActionOptions options;
        options.message = u"Locked"_s;
        options.phoneNumber = u"+1 555 0100"_s;
        const PlannedAction planned
            = DeviceActionPlanner::plan(DeviceAction::Lock, options, {mac}).constFirst();
        QVERIFY(!planned.problem);
        QVERIFY(!planned.note.isEmpty());
        QVERIFY(!planned.commands.constFirst().fields.contains(u"PhoneNumber"_s));
    }

    void wipeOptionsFollowThePlatform()
    {
        const DeviceActionTarget mac = device(Platform::MacOS, u"14.6"_s, u"Mac"_s);
        const DeviceActionTarget phone = device(Platform::IOS, u"17.5"_s, u"Phone"_s);
        DeviceActionOptions options;
        options.preserveDataPlan = true;
        options.disallowProximitySetup = true;
        const QList<PlannedAction> plan = DeviceActionPlanner::plan(
            DeviceAction::Wipe, options, {mac, phone});
        QVERIFY(!plan.at(0).problem);
        QVERIFY(FindMyPin::isValid(plan.at(0).pin));
        QVERIFY(!plan.at(0).commands.constFirst().fields.contains(u"PreserveDataPlan"_s));
        QVERIFY(!plan.at(1).problem);
        QVERIFY(plan.at(1).pin.isEmpty());
        QVERIFY(plan.at(1).commands.constFirst().fields.value(u"PreserveDataPlan"_s).toBool());
        QVERIFY(
            plan.at(1).commands.constFirst().fields.value(u"DisallowProximitySetup"_s).toBool());
    }

    void clearPasscodeNeedsAnEscrowedToken()
    {
        DeviceActionTarget phone = device(Platform::IOS, u"17.5"_s, u"Phone"_s);
        const std::optional<QString> reason = DeviceActionPlanner::unavailableReason(
            DeviceAction::ClearPasscode, phone);
        QVERIFY(reason);
        QVERIFY2(reason->contains(u"unlock token"_s), qPrintable(*reason));

        phone.target.hasUnlockToken = true;
        QVERIFY(!DeviceActionPlanner::unavailableReason(DeviceAction::ClearPasscode, phone));
        const PlannedAction planned
            = DeviceActionPlanner::plan(DeviceAction::ClearPasscode, {}, {phone}).constFirst();
        QVERIFY(!planned.problem);
        // The engine adds the token; the console never holds it.
        QCOMPARE(planned.commands.constFirst().requestType, u"ClearPasscode"_s);
        QVERIFY(planned.commands.constFirst().fields.isEmpty());

        const DeviceActionTarget mac = device(Platform::MacOS, u"14.6"_s, u"Mac"_s);
        QVERIFY(DeviceActionPlanner::unavailableReason(DeviceAction::ClearPasscode, mac));
    }

    void unenrolledDevicesGetNothing()
    {
        DeviceActionTarget gone = device(Platform::IOS, u"17.5"_s, u"Gone"_s);
        gone.summary.checkedOutAt = QDateTime::currentDateTimeUtc();
        const PlannedAction planned
            = DeviceActionPlanner::plan(DeviceAction::Restart, {}, {gone}).constFirst();
        QVERIFY(planned.problem);
        QVERIFY(planned.commands.isEmpty());
    }

    void refreshAsksWhatTheDeviceAnswers()
    {
        const DeviceActionTarget tv = device(Platform::TvOS, u"17.5"_s, u"TV"_s);
        const PlannedAction planned
            = DeviceActionPlanner::plan(DeviceAction::RefreshInventory, {}, {tv}).constFirst();
        QVERIFY(!planned.problem);
        QVERIFY(!planned.commands.isEmpty());
        QCOMPARE(planned.commands.constFirst().requestType, u"DeviceInformation"_s);
    }

    void lostModeNeedsASupervisedIphone()
    {
        DeviceActionTarget phone = device(Platform::IOS, u"17.5"_s, u"Phone"_s);
        QVERIFY(!DeviceActionPlanner::unavailableReason(DeviceAction::EnableLostMode, phone));
        phone.target.supervised = false;
        QVERIFY(DeviceActionPlanner::unavailableReason(DeviceAction::EnableLostMode, phone));
        const DeviceActionTarget mac = device(Platform::MacOS, u"14.6"_s, u"Mac"_s);
        QVERIFY(DeviceActionPlanner::unavailableReason(DeviceAction::PlayLostModeSound, mac));
    }
};

QTEST_GUILESS_MAIN(tst_DeviceActionPlanner)
#include "tst_DeviceActionPlanner.moc"
