// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pki/PkiLogging.h"

Q_LOGGING_CATEGORY(lcPki, "espalier.pki")
