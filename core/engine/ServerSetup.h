// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ServerSettings.h"
#include "core/pki/CertificateAuthority.h"
#include "core/pki/ServerIdentity.h"

namespace Espalier {

// What the setup wizard (or the Settings page) hands Engine::applySetup: the settings to keep,
// and what to do about the CA and the server's TLS certificate. Plain value; the keys inside are
// shared, immutable and never leave core.
struct ServerSetup
{
    enum class Authority {
        // Leave the current CA (or, with none, let the engine create one when it starts).
        Keep,
        // A new CA, replacing the current one.
        Create,
        // importedAuthority, replacing the current one.
        Import,
    };

    enum class ServerCertificate {
        Keep,
        // A new certificate for the public host name, issued by the (new or current) CA.
        Issue,
        // importedIdentity.
        Import,
    };

    ServerSettings settings;
    Authority authority = Authority::Keep;
    CertificateAuthority importedAuthority;
    ServerCertificate serverCertificate = ServerCertificate::Keep;
    ServerIdentity importedIdentity;
};

} // namespace Espalier
