// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The APNs sender: connections, pushes and their answers. Log lines name a push by its id and the
// first bytes of its token at most, never a whole token or a PushMagic.
Q_DECLARE_LOGGING_CATEGORY(lcApns)
