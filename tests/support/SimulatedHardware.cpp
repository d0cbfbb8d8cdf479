// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/SimulatedHardware.h"

#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QString randomHex(int digits)
{
    QString text;
    text.reserve(digits);
    for (int i = 0; i < digits; ++i)
        text.append(u"0123456789ABCDEF"_s.at(QRandomGenerator::system()->bounded(16)));
    return text;
}

QString randomDigits(int digits)
{
    QString text;
    text.reserve(digits);
    for (int i = 0; i < digits; ++i)
        text.append(QChar(u'0' + QRandomGenerator::system()->bounded(10)));
    return text;
}

// Apple's randomised ten-character serials (2021 on) leave out I and O.
QString randomSerial()
{
    static const QString alphabet = u"0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"_s;
    QString serial;
    for (int i = 0; i < 10; ++i)
        serial.append(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size()))));
    return serial;
}

// Devices since the iPhone XS use "<chip id>-<ECID>", e.g. 00008120-001A2C3E0E41801E.
QString chipUdid(const QString &chipId)
{
    return u"0000"_s + chipId + u"-00"_s + randomHex(14);
}

QString randomMac(const QString &oui)
{
    QString mac = oui;
    for (int i = 0; i < 3; ++i)
        mac += u':' + randomHex(2).toLower();
    return mac;
}

int luhnCheckDigit(const QString &digits)
{
    int sum = 0;
    // Every second digit from the right of the payload (which excludes the check digit) doubles.
    for (qsizetype i = 0; i < digits.size(); ++i) {
        int value = digits.at(digits.size() - 1 - i).digitValue();
        if (i % 2 == 0) {
            value *= 2;
            if (value > 9)
                value -= 9;
        }
        sum += value;
    }
    return (10 - sum % 10) % 10;
}

void addCellular(SimulatedHardware &hardware)
{
    // IMEI: an Apple type allocation code, a serial and the Luhn digit; iOS spaces it 2-6-6-1.
    const QString body = u"35209611"_s + randomDigits(6);
    const QString imei = body + QString::number(luhnCheckDigit(body));
    hardware.imei = imei.left(2) + u' ' + imei.mid(2, 6) + u' ' + imei.mid(8, 6) + u' '
                    + imei.mid(14);
    hardware.meid = imei.left(14);
    const QString iccid = u"890141"_s + randomDigits(13);
    hardware.iccid = iccid.left(4) + u' ' + iccid.mid(4, 4) + u' ' + iccid.mid(8, 4) + u' '
                     + iccid.mid(12, 4) + u' ' + iccid.mid(16);
    hardware.phoneNumber = u"+1408555"_s + randomDigits(4);
    hardware.modemFirmwareVersion = u"1.60.02"_s;
}

} // namespace

SimulatedHardware SimulatedHardware::preset(Kind kind)
{
    SimulatedHardware hardware;
    hardware.kind = kind;
    hardware.serialNumber = randomSerial();
    hardware.wifiMac = randomMac(u"f0:18:98"_s);
    hardware.bluetoothMac = randomMac(u"f0:18:98"_s);
    switch (kind) {
    case Kind::Mac:
        hardware.productName = u"MacBookPro18,3"_s;
        hardware.model = u"MacBookPro18,3"_s;
        hardware.modelName = u"MacBook Pro"_s;
        hardware.modelNumber = u"MKGR3LL/A"_s;
        hardware.osVersion = u"14.6"_s;
        hardware.buildVersion = u"23G80"_s;
        hardware.softwareUpdateDeviceId = u"J314sAP"_s;
        hardware.deviceName = u"Simulated MacBook Pro"_s;
        // The MDM UDID of a Mac is its hardware UUID; the chip-style one is ProvisioningUDID.
        hardware.udid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
        hardware.provisioningUdid = chipUdid(u"6000"_s);
        hardware.localHostName = u"Simulated-MacBook-Pro"_s;
        hardware.deviceCapacityGb = 994.66;
        hardware.availableCapacityGb = 611.32;
        hardware.batteryLevel = 0.87;
        hardware.appleSilicon = true;
        hardware.pinRequiredForDeviceLock = true;
        hardware.pinRequiredForEraseDevice = false;
        break;
    case Kind::IPhone:
        hardware.productName = u"iPhone15,2"_s;
        hardware.model = u"MQ0T3LL/A"_s;
        hardware.modelName = u"iPhone"_s;
        hardware.modelNumber = u"MQ0T3"_s;
        hardware.osVersion = u"17.5"_s;
        hardware.buildVersion = u"21F79"_s;
        hardware.softwareUpdateDeviceId = u"D73AP"_s;
        hardware.deviceName = u"Simulated iPhone"_s;
        hardware.udid = chipUdid(u"8120"_s);
        hardware.deviceCapacityGb = 128;
        hardware.availableCapacityGb = 71.42;
        hardware.batteryLevel = 0.82;
        addCellular(hardware);
        break;
    case Kind::IPad:
        hardware.productName = u"iPad13,1"_s;
        hardware.model = u"MYFM2LL/A"_s;
        hardware.modelName = u"iPad"_s;
        hardware.modelNumber = u"MYFM2"_s;
        hardware.osVersion = u"17.5"_s;
        hardware.buildVersion = u"21F79"_s;
        hardware.softwareUpdateDeviceId = u"J307AP"_s;
        hardware.deviceName = u"Simulated iPad"_s;
        hardware.udid = chipUdid(u"8101"_s);
        hardware.deviceCapacityGb = 64;
        hardware.availableCapacityGb = 38.75;
        hardware.batteryLevel = 0.64;
        break;
    case Kind::AppleTV:
        hardware.productName = u"AppleTV11,1"_s;
        hardware.model = u"MXGY2LL/A"_s;
        hardware.modelName = u"Apple TV"_s;
        hardware.modelNumber = u"MXGY2"_s;
        hardware.osVersion = u"17.5"_s;
        hardware.buildVersion = u"21L569"_s;
        hardware.softwareUpdateDeviceId = u"J305AP"_s;
        hardware.deviceName = u"Simulated Apple TV"_s;
        hardware.udid = chipUdid(u"8020"_s);
        hardware.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
        hardware.ethernetMac = randomMac(u"f0:18:98"_s);
        break;
    }
    return hardware;
}

Platform SimulatedHardware::platform() const
{
    switch (kind) {
    case Kind::Mac:
        return Platform::MacOS;
    case Kind::IPhone:
    case Kind::IPad:
        return Platform::IOS;
    case Kind::AppleTV:
        return Platform::TvOS;
    }
    return Platform::Unknown;
}

QString SimulatedHardware::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Mac:
        return u"Mac"_s;
    case Kind::IPhone:
        return u"iPhone"_s;
    case Kind::IPad:
        return u"iPad"_s;
    case Kind::AppleTV:
        return u"AppleTV"_s;
    }
    return {};
}

} // namespace Espalier
