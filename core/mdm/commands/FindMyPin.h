// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// The six-digit Find My PIN that locks or erases a Mac (the PIN key of DeviceLock and
// EraseDevice). Apple's schema says "six-character"; vendors send six digits, and so does
// Espalier, so a PIN read out over the phone is never ambiguous. Thread-safe.
namespace Espalier::FindMyPin {

inline constexpr qsizetype length = 6;

// A fresh PIN from the system CSPRNG, so PINs cannot be predicted from one another. The caller
// keeps it for the administrator: after the command it is the only thing that unlocks the Mac.
[[nodiscard]] QString generate();

// Exactly six ASCII digits.
[[nodiscard]] bool isValid(QStringView pin);

} // namespace Espalier::FindMyPin
