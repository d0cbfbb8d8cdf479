// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Espalier {

// Where a payload or one of its keys applies, for one OS (the schema's supportedOS entry):
// versions are kept as written ("10.13.2"), and "n/a" means not available on that OS.
struct PayloadPlatform
{
    QString name; // iOS, macOS, tvOS, visionOS, watchOS
    QString introduced;
    QString deprecated;
    QString removed;
    bool supervised = false;

    [[nodiscard]] bool isAvailable() const
    {
        return !introduced.isEmpty() && introduced != QStringLiteral("n/a") && removed.isEmpty();
    }

    friend bool operator==(const PayloadPlatform &, const PayloadPlatform &) = default;
};

// The entry for one OS, or nullptr when the list says nothing about it.
[[nodiscard]] inline const PayloadPlatform *findPlatform(const QList<PayloadPlatform> &platforms,
                                                         const QString &name)
{
    for (const PayloadPlatform &platform : platforms) {
        if (platform.name == name)
            return &platform;
    }
    return nullptr;
}

} // namespace Espalier
