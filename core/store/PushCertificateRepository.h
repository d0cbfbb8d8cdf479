// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/PushCertificateRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Espalier {

class Clock;
class Database;

// Reads and writes `push_certificates`, the history of APNs push certificates per topic. A row
// is added inactive, activated once (which retires the active certificate of the same topic in
// the same transaction) and retired once; nothing else about it ever changes. Certificates of
// other topics stay active beside it: devices enrolled with those topics still need them.
// Lives on the thread of its Database; writes need the Writer and join the caller's transaction.
class PushCertificateRepository final
{
    Q_DECLARE_TR_FUNCTIONS(PushCertificateRepository)

public:
    PushCertificateRepository(Database &database, const Clock &clock);

    // Stores a new, inactive certificate; createdAt defaults to now. Conflict when this
    // certificate is stored already, InvalidInput when a field is missing or the topic is not
    // an MDM topic.
    [[nodiscard]] Result<PushCertificateRecord> add(const PushCertificateRecord &record);

    // Makes the certificate the active one of its topic, now (or a millisecond after the
    // previous activation, if that is later), and retires the one it replaces (replaced_by
    // points at this one). Activating the active certificate changes nothing.
    // NotFound for an unknown id; Conflict for a retired certificate.
    [[nodiscard]] Result<PushCertificateRecord> activate(const QString &id);

    // Retires the certificate now, without a successor (its topic is given up). Retiring
    // twice keeps the first time. NotFound for an unknown id.
    [[nodiscard]] Result<void> retire(const QString &id);

    [[nodiscard]] Result<std::optional<PushCertificateRecord>> find(const QString &id);
    // The active certificate of the topic, if any.
    [[nodiscard]] Result<std::optional<PushCertificateRecord>> active(const QString &topic);
    // The most recently activated certificate that is still active: the one new enrollments
    // get the topic of.
    [[nodiscard]] Result<std::optional<PushCertificateRecord>> current();
    // Every active certificate, most recently activated first.
    [[nodiscard]] Result<QList<PushCertificateRecord>> listActive();
    // Every certificate, newest first.
    [[nodiscard]] Result<QList<PushCertificateRecord>> list();

private:
    [[nodiscard]] Result<QList<PushCertificateRecord>> select(const QString &where,
                                                              const QVariantList &bindings);
    [[nodiscard]] Result<std::optional<PushCertificateRecord>> first(const QString &where,
                                                                     const QVariantList &bindings);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Espalier
