// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Espalier {

// espalierctl's exit statuses, which scripts test; never renumber them.
enum class ExitCode {
    Success = 0,
    NotAcknowledged = 1, // wait: the command finished otherwise, or is still running
    Usage = 2,
    Connection = 3, // the admin API could not be reached, or did not answer in time
    Refused = 4,    // the admin API answered with an error
};

[[nodiscard]] constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace Espalier
