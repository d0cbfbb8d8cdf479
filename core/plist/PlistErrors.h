// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QString>

// The failures core/plist reports, so every reader and writer words them alike. Details say where
// and what went wrong, never the content: a check-in carries push tokens and unlock tokens.
namespace Espalier::PlistErrors {

[[nodiscard]] tl::unexpected<Error> malformed(QString detail);
[[nodiscard]] tl::unexpected<Error> notAPlist(QString detail);
[[nodiscard]] tl::unexpected<Error> tooLarge(QString detail);
[[nodiscard]] tl::unexpected<Error> tooDeep(QString detail);
[[nodiscard]] tl::unexpected<Error> tooManyNodes(QString detail);
[[nodiscard]] tl::unexpected<Error> unsupportedType(QString detail);
[[nodiscard]] tl::unexpected<Error> unrepresentable(QString detail);

} // namespace Espalier::PlistErrors
