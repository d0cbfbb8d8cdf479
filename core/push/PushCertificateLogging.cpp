// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/push/PushCertificateLogging.h"

Q_LOGGING_CATEGORY(lcPushCertificates, "espalier.push.certificates")
Q_LOGGING_CATEGORY(lcPushDiagnostics, "espalier.push.diagnostics")
