// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Espalier {

// The names QSettings, QStandardPaths and the keychain see; espalier and espalierd share them,
// so both find the same data folder. Call once, right after the QCoreApplication exists.
void setApplicationIdentity();

// <AppDataLocation>/espalier.sqlite, or <dataDir>/espalier.sqlite when a folder is given.
[[nodiscard]] QString databasePath(const QString &dataDir = {});

} // namespace Espalier
