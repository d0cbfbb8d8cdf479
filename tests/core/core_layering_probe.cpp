// SPDX-License-Identifier: GPL-3.0-or-later
// Links only espalier_core; CheckLayering.cmake reads which shared libraries it needs.
#include "core/common/Error.h"

int main()
{
    const Espalier::Error error{Espalier::Error::Code::Io, {}, {}};
    return error.toString().isEmpty() ? 1 : 0;
}
