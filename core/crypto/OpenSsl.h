// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

// Process-wide OpenSSL set-up and the helpers every crypto class shares. No OpenSSL type
// appears here, so ui/ and tests include it without OpenSSL headers.
namespace Espalier::OpenSsl {

// Loads the "default" and "legacy" providers into OpenSSL's default library context, once per
// process; later calls return the first outcome. The legacy provider reads the RC2-40/3DES .p12
// files macOS Keychain exports, and loading any provider by hand stops OpenSSL from loading
// "default" on its own, so both are loaded. The providers stay loaded until the process ends,
// because Qt's TLS backend shares this library context. A missing legacy provider is logged,
// not a failure: see isLegacyProviderLoaded(). Thread-safe; app/ calls it at start-up and
// Pkcs12 calls it again, so the order never matters.
[[nodiscard]] Result<void> initialize();

// Whether initialize() could load the legacy provider.
[[nodiscard]] bool isLegacyProviderLoaded();

// Empties the calling thread's OpenSSL error queue into one line for Error::detail. OpenSSL
// names routines and reasons there, never key material or passwords.
[[nodiscard]] QString takeErrors();

// A failure whose detail is the calling thread's drained OpenSSL error queue.
[[nodiscard]] tl::unexpected<Error> failure(Error::Code code, QString message);

// Overwrites and empties a buffer that held a key, a passphrase or a PIN. Bytes still shared
// with another QByteArray are only released, not overwritten, because the other owner may be
// reading them.
void cleanse(QByteArray &bytes);

// Tells OpenSSL not to free its state in an atexit handler; the process's exit returns the memory.
// That cleanup deletes the thread-local slots each thread's random generators hang from, so a
// thread still ending at that moment (QThread::wait() returns before a thread's thread-local
// destructors have run) would lose its generators: a real leak, and LeakSanitizer says so. Must
// be the process's first OpenSSL call; main() makes it before anything else.
void skipCleanupAtExit();

} // namespace Espalier::OpenSsl
