// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The MDM protocol's log category ("espalier.mdm"). Lines name channels, command UUIDs and
// certificate fingerprints, never a token, PushMagic, PIN or key.
Q_DECLARE_LOGGING_CATEGORY(lcMdm)
