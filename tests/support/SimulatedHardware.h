// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mdm/Platform.h"

#include <QString>

namespace Espalier {

// What a simulated device is: its model, OS and identifiers, with the values a real one of that
// model reports in Authenticate and DeviceInformation. A plain value; presets draw fresh random
// identifiers (UDID, serial, MAC addresses, IMEI), so every preset is a different device.
struct SimulatedHardware
{
    enum class Kind {
        Mac,
        IPhone,
        IPad,
        AppleTV,
    };

    Kind kind = Kind::IPhone;
    QString productName{}; // "iPhone15,2"
    // The marketing part number on iOS and tvOS ("MQ0T3LL/A"); the model identifier on macOS.
    QString model{};
    QString modelName{};   // "iPhone"
    QString modelNumber{}; // "MQ0T3"
    QString osVersion{};
    QString buildVersion{};
    QString softwareUpdateDeviceId{}; // the board ID, "D73AP"
    QString deviceName{};
    QString udid{};
    QString provisioningUdid{}; // Apple silicon Macs only
    QString serialNumber{};
    QString deviceId{}; // tvOS only
    QString imei{};     // cellular models only
    QString meid{};
    QString iccid{};
    QString phoneNumber{};
    QString modemFirmwareVersion{};
    QString wifiMac{};
    QString bluetoothMac{};
    QString ethernetMac{};
    QString timeZone = QStringLiteral("America/Los_Angeles");
    QString localHostName{}; // macOS only
    double deviceCapacityGb = 0;
    double availableCapacityGb = 0;
    double batteryLevel = -1; // negative: no battery
    bool appleSilicon = false;
    bool pinRequiredForDeviceLock = false;
    bool pinRequiredForEraseDevice = false;

    // A MacBookPro18,3 on macOS 14.6, an iPhone15,2 on iOS 17.5, an iPad13,1 (Wi-Fi) on
    // iPadOS 17.5, an AppleTV11,1 on tvOS 17.5.
    [[nodiscard]] static SimulatedHardware preset(Kind kind);

    [[nodiscard]] Platform platform() const;

    [[nodiscard]] bool isMac() const { return kind == Kind::Mac; }

    // iPhone and iPad: what Apple's schemas call iOS.
    [[nodiscard]] bool isIos() const { return kind == Kind::IPhone || kind == Kind::IPad; }

    [[nodiscard]] bool isTv() const { return kind == Kind::AppleTV; }

    [[nodiscard]] bool hasCellular() const { return !imei.isEmpty(); }

    // "Mac", "iPhone", "iPad", "AppleTV": for test row names and logs.
    [[nodiscard]] static QString kindName(Kind kind);
};

} // namespace Espalier
