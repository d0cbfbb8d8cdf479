// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QMetaType>

namespace Espalier {

// A UID node (the object references of NSKeyedArchiver data), kept apart from integers so that a
// plist read and written again keeps its types. In XML it travels as <dict><key>CF$UID</key>...,
// as Apple writes it. Values above maxValue exist neither for CoreFoundation nor for libplist.
struct PlistUid
{
    static constexpr quint64 maxValue = 0xFFFFFFFF;

    quint64 value = 0;

    // clang-tidy 14 takes the 0 that a defaulted <=> compares against for a null pointer.
    // NOLINTNEXTLINE(modernize-use-nullptr)
    friend auto operator<=>(const PlistUid &, const PlistUid &) = default;
};

[[nodiscard]] inline size_t qHash(PlistUid uid, size_t seed = 0) noexcept
{
    return ::qHash(uid.value, seed);
}

} // namespace Espalier

Q_DECLARE_METATYPE(Espalier::PlistUid)
