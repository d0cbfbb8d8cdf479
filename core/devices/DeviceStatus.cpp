// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/DeviceStatus.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Espalier::DeviceStatuses {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("Espalier::DeviceStatuses", text);
}

} // namespace

DeviceStatus of(const DeviceSummary &device, const QDateTime &now)
{
    if (device.enrollmentId.isEmpty() || device.checkedOutAt.isValid())
        return DeviceStatus::Unenrolled;
    const DeviceSummary::CommandMark &erase = device.lastErase;
    if (erase.isValid() && !isFinal(erase.state))
        return DeviceStatus::WipePending;
    // A wiped device that enrolls again starts a new channel life (Authenticate resets enrolledAt).
    if (erase.isValid() && erase.state == CommandState::Acknowledged
        && device.enrolledAt <= erase.completedAt)
        return DeviceStatus::Wiped;
    const DeviceSummary::CommandMark &lock = device.lastLock;
    if (lock.isValid() && !isFinal(lock.state))
        return DeviceStatus::LockPending;
    if (lock.isValid() && lock.state == CommandState::Acknowledged && lock.completedAt.isValid()
        && (!device.lastSeenAt.isValid()
            || device.lastSeenAt.toMSecsSinceEpoch()
                   <= lock.completedAt.toMSecsSinceEpoch() + LockQuietMs))
        return DeviceStatus::Locked;
    const DeviceSummary::CommandMark &lost = device.lastLostMode;
    if (lost.isValid() && lost.state == CommandState::Acknowledged
        && lost.requestType == u"EnableLostMode"_s)
        return DeviceStatus::LostMode;
    if (device.pushTokenState == PushTokenState::Bad
        || device.pushTokenState == PushTokenState::Unregistered)
        return DeviceStatus::PushTokenBad;
    if (!device.enrollmentEnabled)
        return DeviceStatus::Enrolling;
    if (!device.lastSeenAt.isValid() || device.lastSeenAt.addSecs(RecentHours * 3600) < now)
        return DeviceStatus::Silent;
    return DeviceStatus::Online;
}

QString text(DeviceStatus status)
{
    switch (status) {
    case DeviceStatus::WipePending:
        return translate("Wipe pending");
    case DeviceStatus::LockPending:
        return translate("Lock pending");
    case DeviceStatus::Locked:
        return translate("Locked");
    case DeviceStatus::LostMode:
        return translate("Lost Mode");
    case DeviceStatus::PushTokenBad:
        return translate("Push token bad");
    case DeviceStatus::Enrolling:
        return translate("Enrolling");
    case DeviceStatus::Silent:
        return translate("Silent");
    case DeviceStatus::Online:
        return translate("Online recently");
    case DeviceStatus::Wiped:
        return translate("Wiped");
    case DeviceStatus::Unenrolled:
        return translate("Not enrolled");
    }
    return {};
}

QString explanation(DeviceStatus status)
{
    switch (status) {
    case DeviceStatus::WipePending:
        return translate("An erase command is waiting for the device. It runs the next time the "
                         "device checks in.");
    case DeviceStatus::LockPending:
        return translate("A lock command is waiting for the device. It runs the next time the "
                         "device checks in.");
    case DeviceStatus::Locked:
        return translate("The device acknowledged the lock and hasn't checked in since. A Mac "
                         "opens only with the PIN in its lock PIN history.");
    case DeviceStatus::LostMode:
        return translate("The device is in Lost Mode. Disable Lost Mode to give it back to its "
                         "user.");
    case DeviceStatus::PushTokenBad:
        return translate("Apple's push service refused this device's push token, so Espalier "
                         "can't wake it. Commands wait until the device checks in by itself.");
    case DeviceStatus::Enrolling:
        return translate("The device has started enrolling but hasn't sent its push token yet.");
    case DeviceStatus::Silent:
        return translate("The device hasn't checked in for more than a day. It may be switched "
                         "off, offline or no longer managed.");
    case DeviceStatus::Online:
        return translate("The device checked in within the last day.");
    case DeviceStatus::Wiped:
        return translate("The device acknowledged the erase command. It stays silent until it "
                         "is enrolled again.");
    case DeviceStatus::Unenrolled:
        return translate("The device is no longer enrolled: it removed its management profile "
                         "or never finished enrolling.");
    }
    return {};
}

} // namespace Espalier::DeviceStatuses
