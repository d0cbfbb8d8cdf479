// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plist/PlistBinaryReader.h"

#include "core/plist/PlistErrors.h"
#include "core/plist/PlistNode.h"
#include "core/plist/PlistUid.h"

#include <QStringDecoder>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

constexpr quint64 headerSize = 8; // "bplist00"
constexpr quint64 trailerSize = 32;

constexpr quint8 onPathFlag = 0x1;
constexpr quint8 textCheckedFlag = 0x2;

struct PlistFree
{
    void operator()(void *node) const { plist_free(node); }
};

struct MallocFree
{
    void operator()(void *memory) const { std::free(memory); }
};

using PlistPointer = std::unique_ptr<void, PlistFree>;

QString hex(quint64 value)
{
    return u"0x"_s + QString::number(value, 16);
}

tl::unexpected<Error> inconsistent()
{
    return PlistErrors::malformed(u"libplist read the structure differently from its check"_s);
}

} // namespace

PlistBinaryReader::PlistBinaryReader(const QByteArray &data, const Plist::Limits &limits)
    : m_data(reinterpret_cast<const uchar *>(data.constData()))
    , m_size(quint64(data.size()))
    , m_limits(limits)
{}

Result<QVariant> PlistBinaryReader::read(const QByteArray &data, const Plist::Limits &limits)
{
    // libplist takes a 32-bit length.
    if (data.size() > std::numeric_limits<qint32>::max())
        return PlistErrors::tooLarge(u"%1 bytes"_s.arg(data.size()));

    PlistBinaryReader reader(data, limits);
    if (Result<void> trailer = reader.readTrailer(); !trailer)
        return tl::unexpected(trailer.error());
    // A file of a few hundred bytes whose arrays each reference the next one twice stands for
    // billions of values: refuse it before walking it value by value.
    const Result<quint64> expanded = reader.expandedCount(reader.m_rootIndex, 0);
    if (!expanded)
        return tl::unexpected(expanded.error());
    if (*expanded > quint64(limits.maxNodes))
        return PlistErrors::tooManyNodes(u"more than %1 values and keys"_s.arg(limits.maxNodes));
    if (Result<void> checked = reader.checkObject(reader.m_rootIndex, 0); !checked)
        return tl::unexpected(checked.error());

    plist_t root = nullptr;
    plist_from_bin(data.constData(), uint32_t(data.size()), &root);
    const PlistPointer owner(root);
    if (!root)
        return PlistErrors::malformed(u"libplist could not read the binary plist"_s);

    Result<QVariant> value = reader.convert(root);
    if (value && reader.m_nextScalar != reader.m_scalars.size())
        return inconsistent();
    return value;
}

Result<void> PlistBinaryReader::readTrailer()
{
    if (m_size < headerSize + 2 + trailerSize)
        return PlistErrors::malformed(u"%1 bytes is too short for a binary plist"_s.arg(m_size));
    if (std::memcmp(m_data, "bplist00", headerSize) != 0)
        return PlistErrors::malformed(u"the header is not bplist00"_s);

    const quint64 trailer = m_size - trailerSize;
    m_offsetSize = m_data[trailer + 6];
    m_refSize = m_data[trailer + 7];
    m_objectCount = readUnsigned(trailer + 8, 8);
    m_rootIndex = readUnsigned(trailer + 16, 8);
    m_tableOffset = readUnsigned(trailer + 24, 8);

    if (m_offsetSize < 1 || m_offsetSize > 8 || m_refSize < 1 || m_refSize > 8)
        return PlistErrors::malformed(
            u"trailer: offset size %1, reference size %2"_s.arg(m_offsetSize).arg(m_refSize));
    if (m_objectCount == 0)
        return PlistErrors::malformed(u"trailer: no objects"_s);
    if (m_tableOffset <= headerSize || m_tableOffset >= trailer)
        return PlistErrors::malformed(u"trailer: offset table at %1"_s.arg(m_tableOffset));
    // Every object takes at least one byte, and every object is referenced at least once.
    if (m_objectCount > m_tableOffset - headerSize)
        return PlistErrors::malformed(u"trailer: %1 objects"_s.arg(m_objectCount));
    if (m_objectCount > quint64(m_limits.maxNodes))
        return PlistErrors::tooManyNodes(
            u"trailer: %1 objects, more than %2"_s.arg(m_objectCount).arg(m_limits.maxNodes));
    if (m_tableOffset + m_objectCount * quint64(m_offsetSize) != trailer)
        return PlistErrors::malformed(u"trailer: the offset table does not end at the trailer"_s);
    if (m_rootIndex >= m_objectCount)
        return PlistErrors::malformed(
            u"trailer: root object %1 of %2"_s.arg(m_rootIndex).arg(m_objectCount));

    m_objectFlags.assign(m_objectCount, 0);
    m_expanded.assign(m_objectCount, 0);
    return {};
}

Result<quint64> PlistBinaryReader::objectOffset(quint64 index) const
{
    const quint64 offset = readUnsigned(m_tableOffset + index * quint64(m_offsetSize),
                                        m_offsetSize);
    if (offset < headerSize || offset >= m_tableOffset)
        return PlistErrors::malformed(
            u"object %1 has its offset %2 outside the object area"_s.arg(index).arg(offset));
    return offset;
}

// How many values and keys an object stands for once every reference is copied, as libplist
// copies an object each time it is referenced; above maxNodes it only says "more". Each object
// is counted once, so this takes time in the number of objects and references, not values.
Result<quint64> PlistBinaryReader::expandedCount(quint64 index, int depth)
{
    if (index >= m_objectCount)
        return PlistErrors::malformed(
            u"a reference to object %1 of %2"_s.arg(index).arg(m_objectCount));
    if (m_expanded[index] != 0)
        return m_expanded[index];
    if (m_objectFlags[index] & onPathFlag)
        return PlistErrors::malformed(u"object %1 contains itself"_s.arg(index));
    if (depth > m_limits.maxDepth)
        return PlistErrors::tooDeep(
            u"object %1: more than %2 nested arrays and dicts"_s.arg(index).arg(m_limits.maxDepth));
    const Result<quint64> offset = objectOffset(index);
    if (!offset)
        return tl::unexpected(offset.error());
    const quint64 saturated = quint64(m_limits.maxNodes) + 1;
    quint64 total = 1;
    const quint8 marker = m_data[*offset];
    if ((marker >> 4) == 0xA || (marker >> 4) == 0xD) {
        quint64 position = *offset + 1;
        const Result<quint64> count = readLength(marker, position);
        if (!count)
            return tl::unexpected(count.error());
        const quint64 refs = (marker >> 4) == 0xD ? 2 : 1;
        if (*count > (m_tableOffset - position) / (quint64(m_refSize) * refs))
            return PlistErrors::malformed(u"object %1 runs past the object area"_s.arg(index));
        m_objectFlags[index] |= onPathFlag;
        for (quint64 i = 0; i < *count * refs && total < saturated; ++i) {
            Result<quint64> child = expandedCount(
                readUnsigned(position + i * quint64(m_refSize), m_refSize), depth + 1);
            if (!child)
                return child;
            total += *child;
        }
        m_objectFlags[index] &= quint8(~onPathFlag);
    }
    m_expanded[index] = std::min(total, saturated);
    return m_expanded[index];
}

Result<void> PlistBinaryReader::checkObject(quint64 index, int depth)
{
    if (index >= m_objectCount)
        return PlistErrors::malformed(
            u"a reference to object %1 of %2"_s.arg(index).arg(m_objectCount));
    if (m_objectFlags[index] & onPathFlag)
        return PlistErrors::malformed(u"object %1 contains itself"_s.arg(index));
    if (Result<void> counted = countNode(); !counted)
        return counted;
    const Result<quint64> offset = objectOffset(index);
    if (!offset)
        return tl::unexpected(offset.error());

    const quint8 marker = m_data[*offset];
    const int info = marker & 0x0F;
    quint64 position = *offset + 1;
    const auto truncated = [&] {
        return PlistErrors::malformed(
            u"object %1 (type %2) runs past the object area"_s.arg(index).arg(hex(marker)));
    };

    switch (marker >> 4) {
    case 0x0:
        if (marker == 0x08 || marker == 0x09)
            return {};
        break;
    case 0x1: {
        if (info > 4)
            break;
        const quint64 size = quint64(1) << info;
        if (size > m_tableOffset - position)
            return truncated();
        // 1, 2 and 4 bytes are unsigned, 8 bytes signed, 16 bytes signed 128-bit (which CF and
        // Python use for values above INT64_MAX); libplist 2.2 keeps only the low 64 bits.
        if (size <= 4) {
            m_scalars.append(QVariant(qint64(readUnsigned(position, int(size)))));
        } else if (size == 8) {
            m_scalars.append(QVariant(qint64(readUnsigned(position, 8))));
        } else {
            const quint64 high = readUnsigned(position, 8);
            const quint64 low = readUnsigned(position + 8, 8);
            const bool lowIsNegative = (low >> 63) != 0;
            if (high == 0 && !lowIsNegative)
                m_scalars.append(QVariant(qint64(low)));
            else if (high == 0)
                m_scalars.append(QVariant(low));
            else if (high == ~quint64(0) && lowIsNegative)
                m_scalars.append(QVariant(qint64(low)));
            else
                return PlistErrors::malformed(u"object %1: an integer beyond 64 bits"_s.arg(index));
        }
        return {};
    }
    case 0x2:
        if (info != 2 && info != 3)
            break;
        if ((quint64(1) << info) > m_tableOffset - position)
            return truncated();
        return {};
    case 0x3: {
        if (marker != 0x33)
            break;
        if (8 > m_tableOffset - position)
            return truncated();
        const auto seconds = std::bit_cast<double>(readUnsigned(position, 8));
        const std::optional<QDateTime> date = PlistNode::dateFromAppleSeconds(seconds);
        if (!date)
            return PlistErrors::malformed(
                u"object %1: a date outside the years 0 to 9999"_s.arg(index));
        m_scalars.append(QVariant(*date));
        return {};
    }
    case 0x4: {
        const Result<quint64> length = readLength(marker, position);
        if (!length)
            return tl::unexpected(length.error());
        if (*length > m_tableOffset - position)
            return truncated();
        return countContent(*length);
    }
    case 0x5:
    case 0x6:
        return checkString(index, marker, position);
    case 0x8:
        // A UID is info + 1 bytes long; libplist (like CoreFoundation) takes 32-bit values.
        if (info + 1 > 8)
            return PlistErrors::malformed(u"object %1: a UID beyond 32 bits"_s.arg(index));
        if (quint64(info) + 1 > m_tableOffset - position)
            return truncated();
        if (readUnsigned(position, info + 1) > PlistUid::maxValue)
            return PlistErrors::malformed(u"object %1: a UID beyond 32 bits"_s.arg(index));
        return {};
    case 0xA:
    case 0xD: {
        const bool isDict = (marker >> 4) == 0xD;
        const Result<quint64> count = readLength(marker, position);
        if (!count)
            return tl::unexpected(count.error());
        const quint64 refsPerEntry = isDict ? 2 : 1;
        if (*count > (m_tableOffset - position) / (quint64(m_refSize) * refsPerEntry))
            return truncated();
        if (depth + 1 > m_limits.maxDepth)
            return PlistErrors::tooDeep(
                u"object %1: more than %2 nested arrays and dicts"_s.arg(index).arg(
                    m_limits.maxDepth));
        // libplist keeps entries in file order: keys are refs [0, count), values follow.
        m_objectFlags[index] |= onPathFlag;
        for (quint64 i = 0; i < *count; ++i) {
            if (isDict) {
                const quint64 key = readUnsigned(position + i * quint64(m_refSize), m_refSize);
                if (key >= m_objectCount)
                    return PlistErrors::malformed(
                        u"a reference to object %1 of %2"_s.arg(key).arg(m_objectCount));
                const Result<quint64> keyOffset = objectOffset(key);
                if (!keyOffset)
                    return tl::unexpected(keyOffset.error());
                const int keyType = m_data[*keyOffset] >> 4;
                if (keyType != 0x5 && keyType != 0x6)
                    return PlistErrors::malformed(
                        u"object %1: a dict key that is not a string"_s.arg(index));
                if (Result<void> checked = checkObject(key, depth + 1); !checked)
                    return checked;
            }
            const quint64 valueRef = readUnsigned(
                position + (i + (isDict ? *count : 0)) * quint64(m_refSize), m_refSize);
            if (Result<void> checked = checkObject(valueRef, depth + 1); !checked)
                return checked;
        }
        m_objectFlags[index] &= quint8(~onPathFlag);
        return {};
    }
    default:
        break;
    }
    // Null, fill, sets and the reserved types never appear in a plist Apple reads.
    return PlistErrors::malformed(
        u"object %1: unsupported object type %2"_s.arg(index).arg(hex(marker)));
}

Result<quint64> PlistBinaryReader::readLength(quint8 marker, quint64 &position) const
{
    if ((marker & 0x0F) != 0x0F)
        return quint64(marker & 0x0F);
    // Longer lengths follow as an integer object of 1, 2, 4 or 8 bytes.
    if (position >= m_tableOffset)
        return PlistErrors::malformed(u"a length runs past the object area"_s);
    const quint8 lengthMarker = m_data[position];
    if ((lengthMarker & 0xF0) != 0x10 || (lengthMarker & 0x0F) > 3)
        return PlistErrors::malformed(u"a length is not an integer"_s);
    const int size = 1 << (lengthMarker & 0x0F);
    if (quint64(size) > m_tableOffset - position - 1)
        return PlistErrors::malformed(u"a length runs past the object area"_s);
    const quint64 length = readUnsigned(position + 1, size);
    position += 1 + quint64(size);
    return length;
}

Result<void> PlistBinaryReader::checkString(quint64 index, quint8 marker, quint64 position)
{
    const Result<quint64> length = readLength(marker, position);
    if (!length)
        return tl::unexpected(length.error());
    const bool isUtf16 = (marker >> 4) == 0x6;
    const quint64 unitSize = isUtf16 ? 2 : 1;
    if (*length > (m_tableOffset - position) / unitSize)
        return PlistErrors::malformed(
            u"object %1 (type %2) runs past the object area"_s.arg(index).arg(hex(marker)));
    if (Result<void> counted = countContent(*length * 2); !counted)
        return counted;
    if (m_objectFlags[index] & textCheckedFlag)
        return {};

    const uchar *text = m_data + position;
    if (isUtf16) {
        // libplist 2.2 drops unpaired surrogates without a word; refuse them instead.
        for (quint64 i = 0; i < *length; ++i) {
            const char16_t unit = char16_t((text[2 * i] << 8) | text[2 * i + 1]);
            if (unit == 0)
                return PlistErrors::malformed(u"object %1: a string with U+0000"_s.arg(index));
            if (QChar::isLowSurrogate(unit))
                return PlistErrors::malformed(u"object %1: invalid UTF-16"_s.arg(index));
            if (QChar::isHighSurrogate(unit)) {
                if (i + 1 == *length)
                    return PlistErrors::malformed(u"object %1: invalid UTF-16"_s.arg(index));
                const char16_t next = char16_t((text[2 * i + 2] << 8) | text[2 * i + 3]);
                if (!QChar::isLowSurrogate(next))
                    return PlistErrors::malformed(u"object %1: invalid UTF-16"_s.arg(index));
                ++i;
            }
        }
    } else {
        // Type 5 is ASCII; UTF-8 from older writers is accepted when valid. libplist 2.2 cuts
        // the string at a NUL, so that is refused.
        const auto bytes = QByteArrayView(text, qsizetype(*length));
        if (std::memchr(text, 0, *length))
            return PlistErrors::malformed(u"object %1: a string with U+0000"_s.arg(index));
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(bytes);
        if (decoder.hasError())
            return PlistErrors::malformed(u"object %1: invalid UTF-8"_s.arg(index));
    }
    m_objectFlags[index] |= textCheckedFlag;
    return {};
}

Result<void> PlistBinaryReader::countNode()
{
    if (++m_nodes > m_limits.maxNodes)
        return PlistErrors::tooManyNodes(u"more than %1 values and keys"_s.arg(m_limits.maxNodes));
    return {};
}

Result<void> PlistBinaryReader::countContent(quint64 bytes)
{
    m_contentBytes += bytes;
    if (m_contentBytes > quint64(m_limits.maxContentBytes))
        return PlistErrors::tooLarge(
            u"more than %1 bytes of strings and data"_s.arg(m_limits.maxContentBytes));
    return {};
}

quint64 PlistBinaryReader::readUnsigned(quint64 position, int size) const
{
    Q_ASSERT(size >= 1 && size <= 8 && position + quint64(size) <= m_size);
    quint64 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | m_data[position + quint64(i)];
    return value;
}

Result<QVariant> PlistBinaryReader::convert(plist_t node)
{
    // Every getter below is reached only after the node type was checked, because libplist's
    // getters leave their output untouched on a type mismatch. The recursion is as deep as the
    // tree, which checkObject() bounded.
    switch (plist_get_node_type(node)) {
    case PLIST_BOOLEAN: {
        uint8_t value = 0;
        plist_get_bool_val(node, &value);
        return QVariant(value != 0);
    }
    case PLIST_UINT: {
        uint64_t bits = 0;
        plist_get_uint_val(node, &bits);
        if (m_nextScalar >= m_scalars.size())
            return inconsistent();
        const QVariant &exact = m_scalars.at(m_nextScalar++);
        if (exact.typeId() == QMetaType::LongLong && quint64(exact.toLongLong()) == bits)
            return exact;
        if (exact.typeId() == QMetaType::ULongLong && exact.toULongLong() == bits)
            return exact;
        return inconsistent();
    }
    case PLIST_REAL: {
        double value = 0;
        plist_get_real_val(node, &value);
        return QVariant(value);
    }
    case PLIST_STRING: {
        uint64_t length = 0;
        const char *text = plist_get_string_ptr(node, &length);
        if (!text)
            return inconsistent();
        return QVariant(QString::fromUtf8(text, qsizetype(length)));
    }
    case PLIST_DATE: {
        if (m_nextScalar >= m_scalars.size())
            return inconsistent();
        const QVariant &exact = m_scalars.at(m_nextScalar++);
        if (exact.typeId() != QMetaType::QDateTime)
            return inconsistent();
        return exact;
    }
    case PLIST_DATA: {
        uint64_t length = 0;
        const char *bytes = plist_get_data_ptr(node, &length);
        if (!bytes && length != 0)
            return inconsistent();
        return QVariant(QByteArray(bytes, qsizetype(length)));
    }
    case PLIST_UID: {
        uint64_t value = 0;
        plist_get_uid_val(node, &value);
        return QVariant::fromValue(PlistUid{value});
    }
    case PLIST_ARRAY: {
        QVariantList array;
        array.reserve(qsizetype(plist_array_get_size(node)));
        plist_array_iter iterator = nullptr;
        plist_array_new_iter(node, &iterator);
        const std::unique_ptr<void, MallocFree> iteratorOwner(iterator);
        while (true) {
            plist_t item = nullptr;
            plist_array_next_item(node, iterator, &item);
            if (!item)
                break;
            Result<QVariant> value = convert(item);
            if (!value)
                return value;
            array.append(std::move(*value));
        }
        return QVariant(array);
    }
    case PLIST_DICT: {
        QVariantMap dict;
        plist_dict_iter iterator = nullptr;
        plist_dict_new_iter(node, &iterator);
        const std::unique_ptr<void, MallocFree> iteratorOwner(iterator);
        while (true) {
            char *rawKey = nullptr;
            plist_t item = nullptr;
            plist_dict_next_item(node, iterator, &rawKey, &item);
            const std::unique_ptr<char, MallocFree> keyOwner(rawKey);
            if (!item)
                break;
            if (!rawKey)
                return inconsistent();
            const QString key = QString::fromUtf8(rawKey);
            if (dict.contains(key))
                return PlistErrors::malformed(u"a key repeated in one dict"_s);
            Result<QVariant> value = convert(item);
            if (!value)
                return value;
            dict.insert(key, *value);
        }
        return QVariant(dict);
    }
    default:
        return inconsistent();
    }
}

} // namespace Espalier
