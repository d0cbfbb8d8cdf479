// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace Espalier {

// A configuration profile as a simulated device holds it: the top-level dict, whether it came
// CMS-signed (and by whom) and whether MDM installed it. A plain value.
struct SimulatedProfile
{
    QVariantMap content{};
    bool isSigned = false;
    QList<Certificate> signers{};
    bool installedByMdm = false;

    // Unwraps a signed profile (the signature must hold; no trust is required, as a device
    // installs an "Unverified" profile too) and checks the top level is a Configuration with an
    // identifier, a UUID and a PayloadContent array. Encrypted profiles are refused.
    [[nodiscard]] static Result<SimulatedProfile> parse(const QByteArray &bytes);

    [[nodiscard]] QString identifier() const;
    [[nodiscard]] QString uuid() const;
    [[nodiscard]] QVariantList payloads() const;
    [[nodiscard]] QList<QVariantMap> payloadsOfType(const QString &type) const;
    // An empty map when no payload has the UUID.
    [[nodiscard]] QVariantMap payloadWithUuid(const QString &uuid) const;
};

} // namespace Espalier
