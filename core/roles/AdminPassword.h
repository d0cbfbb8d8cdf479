// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

// The console's admin password, kept only as a salted, slow hash: PBKDF2-HMAC-SHA256 through
// OpenSSL with a random 16-byte salt and Iterations rounds, stored as the record
// "pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>". Hashing takes a noticeable fraction
// of a second on purpose: run it off the UI thread. Stateless; any thread.
namespace Espalier::AdminPassword {

// OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
inline constexpr int Iterations = 600000;
// Records with fewer rounds are refused rather than checked.
inline constexpr int MinimumIterations = 100000;
inline constexpr int MinimumLength = 8;

// InvalidInput, saying why, for a password too short to protect anything.
[[nodiscard]] Result<void> checkAcceptable(const QString &password);

// A new record for the password (after checkAcceptable()).
[[nodiscard]] Result<QByteArray> hash(const QString &password, int iterations = Iterations);

// Whether the password matches the record, compared in constant time; InvalidInput for a record
// that is not one of ours.
[[nodiscard]] Result<bool> verify(const QString &password, const QByteArray &record);

} // namespace Espalier::AdminPassword
