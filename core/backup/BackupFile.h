// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/BackupContents.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringView>

#include <functional>

namespace Espalier {

// The encrypted backup file: a versioned header, then the contents sealed with AES-256-GCM
// under a key derived from a passphrase with scrypt. The whole header is authenticated, so a
// changed work factor, salt or length fails like a changed byte of the contents. Stateless;
// any thread (the work is slow on purpose: run it on a worker).
//
// Layout, version 1 (integers big-endian):
//   magic "ESPALIER" (8) | version (2) | KDF id (1, 1 = scrypt) | log2 N (1) | r (4) | p (4) |
//   salt (16) | nonce (12) | passphrase check (16) | ciphertext length (8) | ciphertext | tag (16)
// scrypt gives 64 bytes: the first 32 are the AES key; a SHA-256 over the other 32 is the
// passphrase check, which tells a wrong passphrase from a damaged file without revealing more
// than the tag already does.
class BackupFile final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::BackupFile)

public:
    struct WorkFactor
    {
        int log2N = 17; // 2^17 * 128 * r bytes: 128 MiB of memory, about a second
        int r = 8;
        int p = 1;
    };

    static constexpr int FormatVersion = 1;
    static constexpr qsizetype HeaderSize = 72;
    static constexpr qsizetype TagSize = 16;
    static constexpr int MinPassphraseLength = 8;

    // Called with 0..100 as the work goes on.
    using Progress = std::function<void(int percent)>;

    // The file's bytes for contents. InvalidInput for a passphrase shorter than
    // MinPassphraseLength.
    [[nodiscard]] static Result<QByteArray> seal(const BackupContents &contents,
                                                 QStringView passphrase,
                                                 const WorkFactor &work,
                                                 const Progress &progress = {});
    // With the default work factor.
    [[nodiscard]] static Result<QByteArray> seal(const BackupContents &contents,
                                                 QStringView passphrase,
                                                 const Progress &progress = {});

    // The contents of a file seal() made. Nothing is returned unless every byte is authentic:
    // InvalidInput when it is no backup or is cut short, Unsupported for a newer version or an
    // unreasonable work factor, Crypto for a wrong passphrase or a changed file (the message
    // says which).
    [[nodiscard]] static Result<BackupContents> open(QByteArrayView file,
                                                     QStringView passphrase,
                                                     const Progress &progress = {});

    // Whether the bytes start like a backup file (no passphrase needed).
    [[nodiscard]] static bool looksLikeBackup(QByteArrayView file);
};

} // namespace Espalier
