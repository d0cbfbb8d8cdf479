// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/Platform.h"

using namespace Qt::StringLiterals;

namespace Espalier {

QString platformName(Platform platform)
{
    switch (platform) {
    case Platform::MacOS:
        return u"macOS"_s;
    case Platform::IOS:
        return u"iOS"_s;
    case Platform::TvOS:
        return u"tvOS"_s;
    case Platform::VisionOS:
        return u"visionOS"_s;
    case Platform::WatchOS:
        return u"watchOS"_s;
    case Platform::Unknown:
        break;
    }
    return {};
}

Platform platformFromName(const QString &name)
{
    for (const Platform platform :
         {Platform::MacOS, Platform::IOS, Platform::TvOS, Platform::VisionOS, Platform::WatchOS}) {
        if (name.compare(platformName(platform), Qt::CaseInsensitive) == 0)
            return platform;
    }
    if (name.compare(u"iPadOS"_s, Qt::CaseInsensitive) == 0)
        return Platform::IOS;
    return Platform::Unknown;
}

Platform platformFromProductName(const QString &productName)
{
    if (productName.startsWith(u"iPhone"_s) || productName.startsWith(u"iPad"_s)
        || productName.startsWith(u"iPod"_s))
        return Platform::IOS;
    if (productName.startsWith(u"AppleTV"_s))
        return Platform::TvOS;
    if (productName.startsWith(u"RealityDevice"_s))
        return Platform::VisionOS;
    if (productName.startsWith(u"Watch"_s))
        return Platform::WatchOS;
    if (productName.startsWith(u"Mac"_s) || productName.startsWith(u"iMac"_s)
        || productName.startsWith(u"VirtualMac"_s))
        return Platform::MacOS;
    return Platform::Unknown;
}

} // namespace Espalier
