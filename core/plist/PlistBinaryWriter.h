// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariant>

#include <vector>

namespace Espalier {

// Writes a QVariant as a bplist00 binary plist, integers and lengths in the sizes CoreFoundation
// uses (16-byte integers above INT64_MAX, 8-byte for negatives), equal strings and keys stored
// once. Written here rather than by libplist 2.2, whose plist_to_bin is quadratic in the number of
// objects (measured: 2.7 s for 80k small dicts) and whose API cannot express 16-byte integers or
// dates outside 1933 to 2069. One instance per document, caller's thread.
class PlistBinaryWriter final
{
public:
    [[nodiscard]] static Result<QByteArray> write(const QVariant &value);

private:
    PlistBinaryWriter() = default;

    // Numbers value and everything under it depth-first (a container before its children, so
    // the root is object 0) and returns its object number.
    [[nodiscard]] Result<quint64> add(const QVariant &value, int depth);
    [[nodiscard]] quint64 addString(const QString &text);
    [[nodiscard]] QByteArray assemble() const;

    enum class Kind {
        Scalar, // encoded bytes in m_scalars
        Array,  // count refs in m_refs
        Dict,   // count key refs, then count value refs, in m_refs
    };

    struct Object
    {
        Kind kind = Kind::Scalar;
        qsizetype begin = 0;
        qsizetype count = 0;
    };

    std::vector<Object> m_objects;
    QByteArray m_scalars;
    std::vector<quint64> m_refs;
    QHash<QString, quint64> m_strings;
};

} // namespace Espalier
