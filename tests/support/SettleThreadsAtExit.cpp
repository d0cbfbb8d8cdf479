// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into every test, as app/ main() functions do it: the worker-pool threads finish their
// exit before OpenSSL cleans up (see OpenSsl::settleThreadsAtExit).
#include "core/crypto/OpenSsl.h"

namespace {

[[maybe_unused]] const bool s_settled = [] {
    Espalier::OpenSsl::settleThreadsAtExit();
    return true;
}();

} // namespace
