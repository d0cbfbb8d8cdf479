// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/CertificateRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Espalier {

class Database;

// Reads and writes `certificates`: the local CA and the HTTPS server certificates, with a
// keychain reference for each key. Of each kind one row is current (not retired); adding a new
// current one retires the old in the same transaction, and old rows stay for history.
// Lives on the thread of its Database; writes need the Writer and join the caller's transaction.
class CertificateRecordRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CertificateRecordRepository)

public:
    explicit CertificateRecordRepository(Database &database);

    // What addCurrent() does when the kind has a current certificate already.
    enum class IfCurrentExists {
        // Retire it at record.createdAt: a new server certificate replaces the old one.
        Retire,
        // Fail with Conflict and change nothing: a second CA must never slip in by accident.
        Refuse,
    };

    // Stores the record as the current one of its kind. Conflict when this certificate is stored
    // already. The check and the write are one transaction.
    [[nodiscard]] Result<CertificateRecord> addCurrent(const CertificateRecord &record,
                                                       IfCurrentExists ifCurrentExists);

    // The newest non-retired certificate of the kind, if any.
    [[nodiscard]] Result<std::optional<CertificateRecord>> current(CertificateKind kind);
    [[nodiscard]] Result<std::optional<CertificateRecord>> find(const QString &sha256);
    // Every certificate of the kind, newest first.
    [[nodiscard]] Result<QList<CertificateRecord>> list(CertificateKind kind);

    // Retires the certificate; NotFound for an unknown one. Retiring twice keeps the first time.
    [[nodiscard]] Result<void> retire(const QString &sha256, const QDateTime &at);

    [[nodiscard]] static QString kindName(CertificateKind kind);

private:
    [[nodiscard]] Result<QList<CertificateRecord>> select(const QString &where,
                                                          const QVariantList &bindings);

    Database &m_database;
};

} // namespace Espalier
