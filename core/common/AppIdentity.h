// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Espalier {

// The names QSettings, QStandardPaths and the keychain see; espalier and espalierd share them,
// so both find the same data folder. Call once, right after the QCoreApplication exists.
void setApplicationIdentity();

// <AppDataLocation>/espalier.sqlite, or <dataDir>/espalier.sqlite when a folder is given.
[[nodiscard]] QString databasePath(const QString &dataDir = {});

// The person at this console as the operating system names them ("console" when it does not):
// who the audit trail says acted, until the console has accounts of its own.
[[nodiscard]] QString systemAccountName();

} // namespace Espalier
