// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Espalier {

// One MDM push to hand to ApnsClient::send(): a wake-up with no content but the PushMagic the
// device checks.
struct ApnsPush
{
    // Echoed in the result so the caller can find the enrollment again; not sent to Apple.
    QString enrollmentId{};
    // The raw token from TokenUpdate (any length); it goes into the path as lower-case hex.
    QByteArray deviceToken{};
    QString pushMagic{};
    // How long APNs may hold the push for an offline device (it keeps only the latest one per
    // device). Invalid: ApnsClient::Options::defaultExpiry from now. A time in the past means
    // "deliver now or never" (apns-expiration 0).
    QDateTime expiration{};
};

} // namespace Espalier
