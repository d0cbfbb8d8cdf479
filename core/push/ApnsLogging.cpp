// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/push/ApnsLogging.h"

Q_LOGGING_CATEGORY(lcApns, "espalier.apns")
