// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The device-facing HTTP layer: refused requests, connection trouble. Never bodies, never paths
// (an enrollment path carries a token).
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
