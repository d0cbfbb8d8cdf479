// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// espalier.pki: the CA, SCEP and enrollment links. Never a key, a token or a challenge.
Q_DECLARE_LOGGING_CATEGORY(lcPki)
