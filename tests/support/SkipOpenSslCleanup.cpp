// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into every test: as the app/ main() functions do, OpenSSL is told before its first use
// not to clean up at exit (see OpenSsl::skipCleanupAtExit).
#include "core/crypto/OpenSsl.h"

namespace {

[[maybe_unused]] const bool s_cleanupSkipped = [] {
    Espalier::OpenSsl::skipCleanupAtExit();
    return true;
}();

} // namespace
