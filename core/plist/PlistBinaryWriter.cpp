// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plist/PlistBinaryWriter.h"

#include "core/plist/Plist.h"
#include "core/plist/PlistErrors.h"
#include "core/plist/PlistNode.h"

#include <algorithm>
#include <bit>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

void appendBigEndian(QByteArray &out, quint64 value, int size)
{
    for (int shift = (size - 1) * 8; shift >= 0; shift -= 8)
        out.append(char((value >> shift) & 0xFF));
}

// The smallest of 1, 2, 4 or 8 bytes that holds value.
int bytesFor(quint64 value)
{
    if (value <= 0xFF)
        return 1;
    if (value <= 0xFFFF)
        return 2;
    if (value <= 0xFFFFFFFF)
        return 4;
    return 8;
}

int log2Of(int size)
{
    return std::countr_zero(unsigned(size));
}

// Type nibble plus a length: in the low nibble when below 15, otherwise 0xF and an integer.
void appendMarker(QByteArray &out, quint8 type, quint64 length)
{
    if (length < 0x0F) {
        out.append(char(type | length));
        return;
    }
    out.append(char(type | 0x0F));
    const int size = bytesFor(length);
    out.append(char(0x10 | log2Of(size)));
    appendBigEndian(out, length, size);
}

void appendInteger(QByteArray &out, qint64 value)
{
    // Negative values take 8 bytes: readers treat 1, 2 and 4 bytes as unsigned.
    const int size = value < 0 ? 8 : bytesFor(quint64(value));
    out.append(char(0x10 | log2Of(size)));
    appendBigEndian(out, quint64(value), size);
}

} // namespace

Result<QByteArray> PlistBinaryWriter::write(const QVariant &value)
{
    PlistBinaryWriter writer;
    const Result<quint64> root = writer.add(value, 0);
    if (!root)
        return tl::unexpected(root.error());
    Q_ASSERT(*root == 0);
    return writer.assemble();
}

Result<quint64> PlistBinaryWriter::add(const QVariant &value, int depth)
{
    const Result<PlistNode> node = PlistNode::fromVariant(value);
    if (!node)
        return tl::unexpected(node.error());

    switch (node->type) {
    case PlistNode::Type::String:
        return addString(node->string);
    case PlistNode::Type::Dict:
    case PlistNode::Type::Array: {
        if (depth + 1 > Plist::maxSupportedDepth)
            return PlistErrors::unrepresentable(
                u"more than %1 nested arrays and dicts"_s.arg(Plist::maxSupportedDepth));
        const bool isDict = node->type == PlistNode::Type::Dict;
        const quint64 index = m_objects.size();
        m_objects.push_back({isDict ? Kind::Dict : Kind::Array, 0, 0});
        // The children take numbers of their own while being added, so this container's refs
        // are gathered here and stored together at the end.
        const qsizetype count = isDict ? node->dict.size() : node->array.size();
        std::vector<quint64> refs(size_t(isDict ? 2 * count : count));
        if (isDict) {
            qsizetype i = 0;
            for (auto it = node->dict.cbegin(); it != node->dict.cend(); ++it, ++i) {
                if (!PlistNode::isStorable(it.key()))
                    return PlistErrors::unrepresentable(
                        u"a key contains U+0000 or an unpaired surrogate"_s);
                refs[size_t(i)] = addString(it.key());
                Result<quint64> child = add(it.value(), depth + 1);
                if (!child)
                    return child;
                refs[size_t(count + i)] = *child;
            }
        } else {
            for (qsizetype i = 0; i < count; ++i) {
                Result<quint64> child = add(node->array.at(i), depth + 1);
                if (!child)
                    return child;
                refs[size_t(i)] = *child;
            }
        }
        m_objects[index].begin = qsizetype(m_refs.size());
        m_objects[index].count = count;
        m_refs.insert(m_refs.end(), refs.begin(), refs.end());
        return index;
    }
    default:
        break;
    }

    const quint64 index = m_objects.size();
    const qsizetype begin = m_scalars.size();
    switch (node->type) {
    case PlistNode::Type::Integer:
        appendInteger(m_scalars, node->integer);
        break;
    case PlistNode::Type::UnsignedInteger:
        // Above INT64_MAX: the 16-byte signed form, as CoreFoundation and Python write it.
        m_scalars.append(char(0x14));
        appendBigEndian(m_scalars, 0, 8);
        appendBigEndian(m_scalars, node->unsignedInteger, 8);
        break;
    case PlistNode::Type::Real:
        m_scalars.append(char(0x23));
        appendBigEndian(m_scalars, std::bit_cast<quint64>(node->real), 8);
        break;
    case PlistNode::Type::Boolean:
        m_scalars.append(char(node->integer ? 0x09 : 0x08));
        break;
    case PlistNode::Type::Date:
        m_scalars.append(char(0x33));
        appendBigEndian(
            m_scalars, std::bit_cast<quint64>(PlistNode::appleSeconds(node->integer)), 8);
        break;
    case PlistNode::Type::Data:
        appendMarker(m_scalars, 0x40, quint64(node->data.size()));
        m_scalars.append(node->data);
        break;
    case PlistNode::Type::Uid: {
        const int size = bytesFor(node->unsignedInteger);
        m_scalars.append(char(0x80 | (size - 1)));
        appendBigEndian(m_scalars, node->unsignedInteger, size);
        break;
    }
    case PlistNode::Type::String:
    case PlistNode::Type::Dict:
    case PlistNode::Type::Array:
        Q_UNREACHABLE();
    }
    m_objects.push_back({Kind::Scalar, begin, m_scalars.size() - begin});
    return index;
}

quint64 PlistBinaryWriter::addString(const QString &text)
{
    if (const auto known = m_strings.constFind(text); known != m_strings.cend())
        return *known;

    const quint64 index = m_objects.size();
    const qsizetype begin = m_scalars.size();
    const bool isAscii = std::all_of(
        text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (isAscii) {
        appendMarker(m_scalars, 0x50, quint64(text.size()));
        m_scalars.append(text.toLatin1());
    } else {
        appendMarker(m_scalars, 0x60, quint64(text.size()));
        for (const QChar c : text)
            appendBigEndian(m_scalars, c.unicode(), 2);
    }
    m_objects.push_back({Kind::Scalar, begin, m_scalars.size() - begin});
    m_strings.insert(text, index);
    return index;
}

QByteArray PlistBinaryWriter::assemble() const
{
    const int refSize = bytesFor(m_objects.size() - 1);
    QByteArray out;
    out.reserve(8 + m_scalars.size() + qsizetype(m_refs.size()) * refSize
                + qsizetype(m_objects.size()) * 13 + 32);
    out.append("bplist00");

    std::vector<quint64> offsets;
    offsets.reserve(m_objects.size());
    for (const Object &object : m_objects) {
        offsets.push_back(quint64(out.size()));
        switch (object.kind) {
        case Kind::Scalar:
            out.append(m_scalars.constData() + object.begin, object.count);
            break;
        case Kind::Array:
        case Kind::Dict: {
            const bool isDict = object.kind == Kind::Dict;
            appendMarker(out, isDict ? 0xD0 : 0xA0, quint64(object.count));
            const qsizetype refCount = isDict ? 2 * object.count : object.count;
            for (qsizetype i = 0; i < refCount; ++i)
                appendBigEndian(out, m_refs[size_t(object.begin + i)], refSize);
            break;
        }
        }
    }

    const quint64 tableOffset = quint64(out.size());
    const int offsetSize = bytesFor(offsets.back());
    for (const quint64 offset : offsets)
        appendBigEndian(out, offset, offsetSize);

    // Trailer: five unused bytes, the sort version, the two sizes, then object count, root
    // object and where the offset table starts.
    out.append(6, '\0');
    out.append(char(offsetSize));
    out.append(char(refSize));
    appendBigEndian(out, m_objects.size(), 8);
    appendBigEndian(out, 0, 8);
    appendBigEndian(out, tableOffset, 8);
    return out;
}

} // namespace Espalier
