// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Espalier {
class Database;
}

// What the core/mdm tests share: the identifiers the fixtures in data/ use, loading and patching
// those fixtures, and a dump of the store to compare before and after a request. Test thread.
namespace MdmTestSupport {

inline const QString Topic = QStringLiteral(
    "com.apple.mgmt.External.2f1e3c4d-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
inline const QString MacUdid = QStringLiteral("5E7A1C3B-9D2F-4A6E-8B1C-0F2D3E4A5B6C");
inline const QString IphoneUdid = QStringLiteral("00008110-000A1B2C3D4E801E");
inline const QString IpadUdid = QStringLiteral("00008103-0019485E3C02001E");
inline const QString EnrollmentId = QStringLiteral("8C1D0E35-2F7B-4B0A-9E3C-6A5D4F3B2E1C");
inline const QString EnrollmentUserId = QStringLiteral("4B7E2A19-6C3D-4F8E-A1B2-9D0C8E7F6A5B");
inline const QString MacUserId = QStringLiteral("A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF");
inline const QString SharedIpadUser = QStringLiteral("student7@schools.example.org");

// The path of a file under tests/core/mdm/data (ctest sets ESPALIER_SOURCE_DIR).
[[nodiscard]] QString dataPath(const QString &relative);
// The file's bytes; empty (and a warning) when it cannot be read.
[[nodiscard]] QByteArray fixture(const QString &relative);
// The fixture parsed as a dict.
[[nodiscard]] QVariantMap fixtureMap(const QString &relative);
// The fixture with some top-level keys set (or removed, for an invalid QVariant), as XML.
[[nodiscard]] QByteArray patched(const QString &relative, const QVariantMap &changes);
// A dict as an XML plist.
[[nodiscard]] QByteArray xml(const QVariantMap &dict);

// Every row of every table but the audit log, as text, sorted: equal dumps mean the request
// changed nothing else.
[[nodiscard]] QStringList dumpStore(Espalier::Database &database);

} // namespace MdmTestSupport
