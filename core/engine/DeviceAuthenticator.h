// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"
#include "core/mdm/DeviceIdentity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace Espalier {

class Clock;
class HttpRequest;

// Tells which device identity sent a check-in or command request: the Mdm-Signature header (a
// detached CMS signature over the exact body bytes) when present, else the TLS client
// certificate. Either way the identity must chain to the device CA, for client authentication,
// at the current time. Binding that identity to an enrollment is core/mdm's job. Used on the
// engine thread only.
class DeviceAuthenticator final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::DeviceAuthenticator)

public:
    DeviceAuthenticator(QList<Certificate> deviceCaRoots, const Clock &clock);

    // Error::Code::InvalidInput for a malformed signature, Crypto for a signature that does not
    // match the body, Tls for an identity we did not issue or that has expired. The caller
    // answers every one of them with 400, never 401 (a 401 unenrolls the device).
    [[nodiscard]] Result<DeviceIdentity> authenticate(const HttpRequest &request) const;

    void setDeviceCaRoots(QList<Certificate> roots);

private:
    [[nodiscard]] Result<DeviceIdentity> fromSignature(const QByteArray &header,
                                                       const QByteArray &body) const;
    [[nodiscard]] Result<DeviceIdentity> fromTlsClient(const HttpRequest &request) const;
    // Chains leaf to the roots for client authentication at now, remembering a success for a
    // while: a device signs every request with the same identity, and building the chain is
    // most of the work of checking one.
    [[nodiscard]] Result<void> verifyChain(const Certificate &leaf,
                                           const QString &fingerprint,
                                           const QList<Certificate> &intermediates) const;

    QList<Certificate> m_roots;
    const Clock &m_clock;
    // Identities (by SHA-256 fingerprint) whose chain held, and when it was checked.
    mutable QHash<QString, QDateTime> m_chained;
};

} // namespace Espalier
