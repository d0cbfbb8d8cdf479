// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plist/PlistNode.h"

#include "core/plist/PlistErrors.h"
#include "core/plist/PlistUid.h"

#include <QStringList>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QString typeName(const QVariant &value)
{
    if (!value.isValid())
        return u"an invalid QVariant"_s;
    return QString::fromLatin1(value.metaType().name());
}

} // namespace

Result<PlistNode> PlistNode::fromVariant(const QVariant &value)
{
    PlistNode node;
    switch (value.typeId()) {
    case QMetaType::QVariantMap:
        node.type = Type::Dict;
        node.dict = value.toMap();
        return node;
    case QMetaType::QVariantHash: {
        node.type = Type::Dict;
        const QVariantHash hash = value.toHash();
        for (auto it = hash.cbegin(); it != hash.cend(); ++it)
            node.dict.insert(it.key(), it.value());
        return node;
    }
    case QMetaType::QVariantList:
        node.type = Type::Array;
        node.array = value.toList();
        return node;
    case QMetaType::QStringList: {
        node.type = Type::Array;
        const QStringList strings = value.toStringList();
        node.array.reserve(strings.size());
        for (const QString &string : strings)
            node.array.append(string);
        return node;
    }
    case QMetaType::QString:
        node.type = Type::String;
        node.string = value.toString();
        if (!isStorable(node.string))
            return PlistErrors::unrepresentable(
                u"a string contains U+0000 or an unpaired surrogate"_s);
        return node;
    case QMetaType::Bool:
        node.type = Type::Boolean;
        node.integer = value.toBool() ? 1 : 0;
        return node;
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::Short:
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::UChar:
    case QMetaType::UShort:
    case QMetaType::UInt:
        node.type = Type::Integer;
        node.integer = value.toLongLong();
        return node;
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const quint64 unsignedValue = value.toULongLong();
        if (unsignedValue <= quint64(std::numeric_limits<qint64>::max())) {
            node.type = Type::Integer;
            node.integer = qint64(unsignedValue);
        } else {
            node.type = Type::UnsignedInteger;
            node.unsignedInteger = unsignedValue;
        }
        return node;
    }
    case QMetaType::Float:
    case QMetaType::Double:
        node.type = Type::Real;
        node.real = value.toDouble();
        return node;
    case QMetaType::QDateTime:
    case QMetaType::QDate: {
        const QDateTime dateTime = value.typeId() == QMetaType::QDate
                                       ? QDateTime(value.toDate(), QTime(0, 0), Qt::UTC)
                                       : value.toDateTime();
        if (!dateTime.isValid())
            return PlistErrors::unrepresentable(u"an invalid date"_s);
        node.type = Type::Date;
        node.integer = dateTime.toMSecsSinceEpoch();
        if (node.integer < minDateMsecs || node.integer > maxDateMsecs)
            return PlistErrors::unrepresentable(u"a date outside the years 0 to 9999"_s);
        return node;
    }
    case QMetaType::QByteArray:
        node.type = Type::Data;
        node.data = value.toByteArray();
        return node;
    default:
        break;
    }
    if (value.metaType() == QMetaType::fromType<PlistUid>()) {
        node.type = Type::Uid;
        node.unsignedInteger = value.value<PlistUid>().value;
        if (node.unsignedInteger > PlistUid::maxValue)
            return PlistErrors::unrepresentable(u"a UID above 2^32 - 1"_s);
        return node;
    }
    return PlistErrors::unsupportedType(u"a value of type %1"_s.arg(typeName(value)));
}

bool PlistNode::isStorable(QStringView text)
{
    return !text.contains(QChar(u'\0')) && text.isValidUtf16();
}

std::optional<QDateTime> PlistNode::dateFromAppleSeconds(double seconds)
{
    // Checked as seconds first, so the millisecond product below cannot overflow.
    constexpr double minSeconds = double(minDateMsecs - appleEpochMsecs) / 1000.0 - 1.0;
    constexpr double maxSeconds = double(maxDateMsecs - appleEpochMsecs) / 1000.0 + 1.0;
    if (!std::isfinite(seconds) || seconds < minSeconds || seconds > maxSeconds)
        return std::nullopt;
    const qint64 msecs = std::llround(seconds * 1000.0) + appleEpochMsecs;
    if (msecs < minDateMsecs || msecs > maxDateMsecs)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

double PlistNode::appleSeconds(qint64 unixMsecs)
{
    return double(unixMsecs - appleEpochMsecs) / 1000.0;
}

} // namespace Espalier
