// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>

namespace Espalier {

// The X.509 keyUsage bits (RFC 5280 4.2.1.3) a certificate allows or a request asks for.
enum class KeyUsage {
    DigitalSignature = 0x001,
    NonRepudiation = 0x002,
    KeyEncipherment = 0x004,
    DataEncipherment = 0x008,
    KeyAgreement = 0x010,
    KeyCertSign = 0x020,
    CrlSign = 0x040,
    EncipherOnly = 0x080,
    DecipherOnly = 0x100,
};
Q_DECLARE_FLAGS(KeyUsages, KeyUsage)
Q_DECLARE_OPERATORS_FOR_FLAGS(KeyUsages)

} // namespace Espalier
