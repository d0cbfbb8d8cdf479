// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>

namespace Espalier {

// The extendedKeyUsage purposes (RFC 5280 4.2.1.12) we issue or recognise. MDM identities need
// ClientAuth; the HTTPS server needs ServerAuth.
enum class ExtendedKeyUsage {
    ServerAuth = 0x01,
    ClientAuth = 0x02,
    CodeSigning = 0x04,
    EmailProtection = 0x08,
    TimeStamping = 0x10,
    OcspSigning = 0x20,
    Any = 0x40,
};
Q_DECLARE_FLAGS(ExtendedKeyUsages, ExtendedKeyUsage)
Q_DECLARE_OPERATORS_FOR_FLAGS(ExtendedKeyUsages)

} // namespace Espalier
