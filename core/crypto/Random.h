// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>

// Cryptographically strong random bytes from OpenSSL's DRBG, for serial numbers, challenges and
// tokens. Thread-safe.
namespace Espalier::Random {

// 1 to 1 MiB bytes; other counts are InvalidInput.
[[nodiscard]] Result<QByteArray> bytes(qsizetype count);

} // namespace Espalier::Random
