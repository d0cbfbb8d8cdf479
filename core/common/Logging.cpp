// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Logging.h"

Q_LOGGING_CATEGORY(lcApp, "espalier.app")
Q_LOGGING_CATEGORY(lcDb, "espalier.db")
Q_LOGGING_CATEGORY(lcSecrets, "espalier.secrets")
Q_LOGGING_CATEGORY(lcCrypto, "espalier.crypto")
Q_LOGGING_CATEGORY(lcPlist, "espalier.plist")
Q_LOGGING_CATEGORY(lcEngine, "espalier.engine")
