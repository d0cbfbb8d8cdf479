// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The push certificate lifecycle (requests, vendor signing, imports, activation) and the APNs
// reachability checks. Log lines name keychain entries and topics, never key material.
Q_DECLARE_LOGGING_CATEGORY(lcPushCertificates)
Q_DECLARE_LOGGING_CATEGORY(lcPushDiagnostics)
