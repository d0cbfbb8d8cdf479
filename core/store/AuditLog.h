// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/AuditEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Espalier {

class Clock;
class Database;

// The append-only, hash-chained audit log: each entry's hash covers the previous entry's hash
// and the entry's own fields, and audit_head keeps the newest (seq, hash), so an edited,
// deleted, reordered or inserted entry, or a cut-off tail, is found by verify(). Triggers also
// refuse UPDATE and DELETE. This shows tampering; it cannot stop someone who can rewrite the
// whole file from rebuilding the chain, which is what exporting the head elsewhere is for.
// Lives on the thread of its Database; append() joins the caller's transaction.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    struct Filter
    {
        QString actor;   // exact match when set
        QString action;  // exact match when set
        QString target;  // exact match when set
        QDateTime from;  // at >= from when valid
        QDateTime until; // at < until when valid
        int limit = 0;   // 0: no limit
        bool newestFirst = false;
    };

    struct Verification
    {
        enum class Problem {
            None,
            ContentMismatch, // the entry's fields no longer give its hash: edited or moved
            BrokenLink,      // prev_hash is not the previous entry's hash: rewritten or inserted
            MissingEntry,    // a gap in seq, or the head is ahead: entries were deleted
            UnexpectedEntry, // an entry the head does not cover, or a seq below 1
            HeadMismatch,    // the head's hash differs from the newest entry's
        };

        Problem problem = Problem::None;
        qint64 seq = 0; // the first entry found broken
        qint64 entriesChecked = 0;
        QString description; // for people

        [[nodiscard]] bool isIntact() const { return problem == Problem::None; }
    };

    AuditLog(Database &database, const Clock &clock);

    // actor and action are required. detail is for people; never put a PIN, token or key in it.
    [[nodiscard]] Result<AuditEntry> append(const QString &actor,
                                            const QString &action,
                                            const QString &target,
                                            const QString &detail = {});

    // Every entry, oldest first.
    [[nodiscard]] Result<QList<AuditEntry>> list();
    [[nodiscard]] Result<QList<AuditEntry>> list(const Filter &filter);

    // Walks the whole chain inside one read snapshot.
    [[nodiscard]] Result<Verification> verify();

    // The chain hash of an entry whose seq, at, fields and prevHash are set: SHA-256 over a
    // length-prefixed encoding, as lower-case hex.
    [[nodiscard]] static QString computeHash(const AuditEntry &entry);

    // prev_hash of the first entry.
    [[nodiscard]] static QString genesisHash();

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Espalier
