// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/MdmLogging.h"

Q_LOGGING_CATEGORY(lcMdm, "espalier.mdm")
