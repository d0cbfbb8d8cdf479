// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/Certificate.h"

#include <QString>

namespace Espalier {

// The certificate a device request was made with, as the route verified it (the Mdm-Signature
// CMS signer, or the TLS client certificate, chained to our CA). MdmService binds it to an
// enrollment; it never verifies signatures itself. Plain value; any thread.
struct DeviceIdentity
{
    Certificate identity;
    // Lower-case hex SHA-256 of the certificate's DER; taken from identity when empty.
    QString sha256Fingerprint;
};

} // namespace Espalier
