// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

// The bearer token of the admin API, kept in a file only its owner can read: espalierctl and
// scripts read the same file. Stateless functions; the engine calls them on its thread when the
// admin API starts.
namespace Espalier::AdminTokenFile {

// Random bytes behind a new token; base64url without padding makes 43 characters.
inline constexpr qsizetype TokenBytes = 32;
// A token file larger than this is not a token file.
inline constexpr qint64 MaxFileBytes = 4096;
// Shorter tokens are refused: they could be guessed.
inline constexpr qsizetype MinTokenLength = 32;

// The token in path, creating the file (mode 0600, folder 0700 when it is new) with a fresh
// random token when it does not exist. Refuses a file that other users could read or write
// (the message says how to fix it), one that is not a regular file, and one whose content is not
// a single token of printable ASCII at least MinTokenLength long. The caller scrubs the returned
// token with OpenSsl::cleanse() when done.
[[nodiscard]] Result<QByteArray> loadOrCreate(const QString &path);

// A fresh token: TokenBytes random bytes, base64url without padding.
[[nodiscard]] Result<QByteArray> generate();

} // namespace Espalier::AdminTokenFile
