// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Espalier {

// One certificate installed on a device, as CertificateList reports it.
struct DeviceCertificate
{
    QString sha256; // lower-case hex of the DER's SHA-256; required, the key
    QString commonName;
    std::optional<bool> identity; // IsIdentity: the device holds the private key
    QDateTime notAfter;           // invalid when the DER could not be read
    QByteArray der;
    QDateTime updatedAt; // set by the store
};

} // namespace Espalier
