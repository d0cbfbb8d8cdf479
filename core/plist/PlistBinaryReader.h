// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/plist/Plist.h"

#include <QByteArray>
#include <QList>
#include <QVariant>

#include <plist/plist.h>

#include <vector>

namespace Espalier {

// Reads a binary plist through libplist 2.2 after walking its object graph first. libplist
// recurses with no depth bound (its plist_free overflows the stack near 300k levels), expands
// every shared reference (a few hundred bytes can describe 2^60 values), cuts strings at U+0000,
// drops bad UTF-16 silently, and its API keeps neither the sign of 16-byte integers nor dates
// outside 1933 to 2069. The walk refuses all of that before libplist sees the data, and records
// the exact integers and dates in the order the conversion of libplist's tree meets them.
// One instance per document, on the caller's thread.
class PlistBinaryReader final
{
public:
    [[nodiscard]] static Result<QVariant> read(const QByteArray &data, const Plist::Limits &limits);

private:
    PlistBinaryReader(const QByteArray &data, const Plist::Limits &limits);

    [[nodiscard]] Result<void> readTrailer();
    [[nodiscard]] Result<quint64> objectOffset(quint64 index) const;
    [[nodiscard]] Result<quint64> expandedCount(quint64 index, int depth);
    [[nodiscard]] Result<void> checkObject(quint64 index, int depth);
    [[nodiscard]] Result<quint64> readLength(quint8 marker, quint64 &position) const;
    [[nodiscard]] Result<void> checkString(quint64 index, quint8 marker, quint64 position);
    [[nodiscard]] Result<void> countNode();
    [[nodiscard]] Result<void> countContent(quint64 bytes);
    [[nodiscard]] quint64 readUnsigned(quint64 position, int size) const;

    [[nodiscard]] Result<QVariant> convert(plist_t node);

    const uchar *m_data = nullptr;
    quint64 m_size = 0;
    const Plist::Limits m_limits;
    int m_offsetSize = 0;
    int m_refSize = 0;
    quint64 m_objectCount = 0;
    quint64 m_rootIndex = 0;
    quint64 m_tableOffset = 0;
    // Per object: on the current path (a cycle if met again) and whether its text was checked.
    std::vector<quint8> m_objectFlags;
    // Per object: expandedCount() once known (0 until then).
    std::vector<quint64> m_expanded;
    qsizetype m_nodes = 0;
    quint64 m_contentBytes = 0;
    // Integers and dates as the file has them, in depth-first order.
    QList<QVariant> m_scalars;
    qsizetype m_nextScalar = 0;
};

} // namespace Espalier
