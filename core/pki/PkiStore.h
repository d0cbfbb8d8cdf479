// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/pki/CertificateAuthority.h"
#include "core/pki/ServerIdentity.h"
#include "core/store/CertificateRecord.h"
#include "core/store/CertificateRecordRepository.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

namespace Espalier {

class Clock;
class Database;
class SecretStore;

// Keeps the local CA and the HTTPS server identity: certificates in the `certificates` table,
// private keys (PKCS#8 PEM) in the keychain through SecretStore, never in the database or a log.
// A server identity's intermediates are kept with its key in the same keychain entry, after it.
//
// Lives on the thread of its Database (the engine thread) and must be called there: the SQL runs
// on that thread, before and after the keychain jobs, and the continuations use this object as
// their context, so they are dropped if it is destroyed first. Key generation runs on the
// QtConcurrent pool. The key is written to the keychain before the certificate row, so a row
// never points at a key that is missing; a failed row removes the key again.
class PkiStore final : public QObject
{
    Q_OBJECT

public:
    PkiStore(Database &database,
             SecretStore &secrets,
             const Clock &clock,
             QObject *parent = nullptr);

    // Generates and stores a new CA. Conflict when one exists already: devices hold identities
    // from the current CA, so replacing it is a separate, deliberate step.
    [[nodiscard]] QFuture<Result<CertificateAuthority>> createCertificateAuthority(
        const CertificateAuthority::Options &options);
    // Stores the CA (made elsewhere, or imported) as the current one, retiring the previous CA.
    // Devices enrolled under the previous CA must enroll again; the caller asks first.
    [[nodiscard]] QFuture<Result<void>> replaceCertificateAuthority(
        const CertificateAuthority &authority);
    // The current CA; NotFound when none has been created.
    [[nodiscard]] QFuture<Result<CertificateAuthority>> loadCertificateAuthority();

    // Stores the identity as the current server certificate and retires the previous one. The
    // key must belong to the certificate; whether devices accept it is ServerIdentity::check().
    [[nodiscard]] QFuture<Result<void>> saveServerIdentity(const ServerIdentity &identity);
    // The current server identity; NotFound when none is stored.
    [[nodiscard]] QFuture<Result<ServerIdentity>> loadServerIdentity();

    // The keychain entry that holds the key of a stored certificate.
    [[nodiscard]] static QString keyRef(CertificateKind kind, const QString &certificateSha256);

private:
    [[nodiscard]] QFuture<Result<void>> store(CertificateKind kind,
                                              const Certificate &certificate,
                                              const PrivateKey &key,
                                              const QList<Certificate> &chain,
                                              bool replaceCa = false);
    // The current record of the kind with its parsed certificate.
    [[nodiscard]] Result<CertificateRecord> currentRecord(CertificateKind kind);

    SecretStore &m_secrets;
    const Clock &m_clock;
    CertificateRecordRepository m_records;
};

} // namespace Espalier
