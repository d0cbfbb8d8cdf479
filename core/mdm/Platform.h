// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Espalier {

// The Apple platforms Espalier manages, as Apple's schemas name them in supportedOS.
enum class Platform {
    Unknown,
    MacOS,
    IOS, // iPhone and iPad; Apple's schemas use "iOS" for both
    TvOS,
    VisionOS,
    WatchOS,
};

// "macOS", "iOS", … as in Apple's schemas; Unknown gives an empty string.
[[nodiscard]] QString platformName(Platform platform);
[[nodiscard]] Platform platformFromName(const QString &name);

// From DeviceInformation's ProductName/Model ("MacBookPro18,3", "iPhone15,2", "iPad8,12",
// "AppleTV11,1", "RealityDevice14,1", "Watch6,1", "Mac14,2").
[[nodiscard]] Platform platformFromProductName(const QString &productName);

} // namespace Espalier
