// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <tl/expected.hpp>

namespace Espalier {

// Every fallible core function returns a Result; moving to std::expected changes only this line.
template<typename T = void>
using Result = tl::expected<T, Error>;

} // namespace Espalier
