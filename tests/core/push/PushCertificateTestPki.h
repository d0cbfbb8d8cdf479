// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/CertificateRequest.h"
#include "core/crypto/Pkcs12.h"
#include "core/crypto/PrivateKey.h"

#include <QDateTime>
#include <QString>

// Apple's side of the push certificate lifecycle, made in the test: a root and a WWDR
// intermediate that issue MDM vendor certificates, and a push CA that issues push certificates
// from CSRs the way the Push Certificates Portal does (subject UID = topic, CN = APSP:<uuid>).
// Test-thread only.
class PushCertificateTestPki final
{
public:
    [[nodiscard]] static Espalier::Result<PushCertificateTestPki> create(const QDateTime &now);

    // com.apple.mgmt.External.<fresh uuid>
    [[nodiscard]] static QString newTopic();

    // A vendor identity issued by the WWDR intermediate. Its chain holds only the
    // intermediate, as an export from Keychain Access often does; the root is added by hand.
    [[nodiscard]] Espalier::Result<Espalier::Pkcs12::Identity> issueVendor(
        const QString &commonName,
        const QDateTime &notBefore,
        const QDateTime &notAfter,
        const Espalier::PrivateKey &key = {}) const;

    // The push certificate the portal would issue for the CSR.
    [[nodiscard]] Espalier::Result<Espalier::Certificate> issuePush(
        const Espalier::CertificateRequest &csr,
        const QString &topic,
        const QDateTime &notBefore,
        const QDateTime &notAfter) const;

    Espalier::PrivateKey rootKey;
    Espalier::Certificate root;
    Espalier::PrivateKey wwdrKey;
    Espalier::Certificate wwdr;
    Espalier::Pkcs12::Identity vendor; // "MDM Vendor: Example Shop", valid a year around now
    Espalier::PrivateKey pushCaKey;
    Espalier::Certificate pushCa;
};
