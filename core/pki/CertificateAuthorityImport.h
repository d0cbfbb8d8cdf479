// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/pki/CertificateAuthority.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Espalier {

// Reads a CA an administrator already has (certificate and key as PEM, or one PKCS#12 file) and
// checks that Espalier can issue with it: a CA certificate (basic constraints), allowed to sign
// certificates (keyCertSign), an RSA key that belongs to it, and valid now. Each refusal says
// what is wrong and what to choose instead. Pure functions; RSA parsing is quick enough for the
// UI thread, but callers may use a worker.
class CertificateAuthorityImport final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::CertificateAuthorityImport)

public:
    [[nodiscard]] static Result<CertificateAuthority> fromPem(QByteArrayView certificatePem,
                                                              QByteArrayView keyPem,
                                                              const QString &passphrase,
                                                              const QDateTime &now);
    [[nodiscard]] static Result<CertificateAuthority> fromPkcs12(QByteArrayView data,
                                                                 const QString &password,
                                                                 const QDateTime &now);
    // The checks alone, for a certificate and key read elsewhere.
    [[nodiscard]] static Result<CertificateAuthority> check(const Certificate &certificate,
                                                            const PrivateKey &key,
                                                            const QDateTime &now);
};

} // namespace Espalier
