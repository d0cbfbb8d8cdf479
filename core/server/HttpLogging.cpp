// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/HttpLogging.h"

Q_LOGGING_CATEGORY(lcHttp, "espalier.http")
