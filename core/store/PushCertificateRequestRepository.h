// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/PushCertificateRequestRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Espalier {

class Clock;
class Database;

// Reads and writes `push_certificate_requests`: the push certificate request in progress, so
// that each step of creating or renewing a push certificate can be left and resumed. At most
// one request is open at a time. Each step moves an open request forward; a finished one
// (completed or discarded) never changes again.
// Lives on the thread of its Database; writes need the Writer and join the caller's transaction.
class PushCertificateRequestRepository final
{
    Q_DECLARE_TR_FUNCTIONS(PushCertificateRequestRepository)

public:
    PushCertificateRequestRepository(Database &database, const Clock &clock);

    // Stores a new request (state CsrCreated, times now). Conflict while another is open.
    [[nodiscard]] Result<PushCertificateRequestRecord> add(
        const PushCertificateRequestRecord &record);

    // The steps. Each fails with NotFound for an unknown id and Conflict for a finished request.
    [[nodiscard]] Result<PushCertificateRequestRecord> setAppleId(const QString &id,
                                                                  const QString &appleId);
    // Moves to AwaitingReply with the encryption key a CSR-signing service encrypts its reply to.
    [[nodiscard]] Result<PushCertificateRequestRecord> setEncryption(
        const QString &id, const QString &encryptionKeyRef, const QByteArray &certificateDer);
    // Moves to Signed with the file for Apple's portal.
    [[nodiscard]] Result<PushCertificateRequestRecord> setSignedRequest(
        const QString &id, const QByteArray &signedRequest);
    [[nodiscard]] Result<PushCertificateRequestRecord> complete(const QString &id,
                                                                const QString &certificateId);
    [[nodiscard]] Result<PushCertificateRequestRecord> discard(const QString &id);

    [[nodiscard]] Result<std::optional<PushCertificateRequestRecord>> find(const QString &id);
    // The open request, if there is one.
    [[nodiscard]] Result<std::optional<PushCertificateRequestRecord>> open();
    // Every request, newest first.
    [[nodiscard]] Result<QList<PushCertificateRequestRecord>> list();

private:
    [[nodiscard]] Result<PushCertificateRequestRecord> step(const QString &id,
                                                            const QString &assignments,
                                                            QVariantList bindings);
    [[nodiscard]] Result<QList<PushCertificateRequestRecord>> select(const QString &where,
                                                                     const QVariantList &bindings);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Espalier
