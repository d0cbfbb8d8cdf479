// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/MessageFields.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

bool hasType(const QVariant &value, QMetaType::Type type)
{
    return value.metaType().id() == type;
}

} // namespace

MessageFields::MessageFields(const QVariantMap &dict)
    : m_dict(dict)
{}

bool MessageFields::contains(const QString &key) const
{
    return m_dict.contains(key);
}

Result<QString> MessageFields::string(const QString &key,
                                      Presence presence,
                                      qsizetype maxLength) const
{
    const auto it = m_dict.constFind(key);
    if (it == m_dict.constEnd()) {
        if (presence == Presence::Required)
            return malformed(u"%1 is missing"_s.arg(key));
        return QString();
    }
    if (!hasType(*it, QMetaType::QString))
        return malformed(u"%1 is %2, not string"_s.arg(key, typeName(*it)));
    QString text = it->toString();
    if (text.isEmpty() && presence == Presence::Required)
        return malformed(u"%1 is empty"_s.arg(key));
    if (text.size() > maxLength)
        return malformed(
            u"%1 has %2 characters, at most %3"_s.arg(key).arg(text.size()).arg(maxLength));
    return text;
}

Result<QByteArray> MessageFields::data(const QString &key,
                                       Presence presence,
                                       qsizetype maxSize) const
{
    const auto it = m_dict.constFind(key);
    if (it == m_dict.constEnd()) {
        if (presence == Presence::Required)
            return malformed(u"%1 is missing"_s.arg(key));
        return QByteArray();
    }
    if (!hasType(*it, QMetaType::QByteArray))
        return malformed(u"%1 is %2, not data"_s.arg(key, typeName(*it)));
    QByteArray bytes = it->toByteArray();
    if (bytes.isEmpty() && presence == Presence::Required)
        return malformed(u"%1 is empty"_s.arg(key));
    if (bytes.size() > maxSize)
        return malformed(u"%1 has %2 bytes, at most %3"_s.arg(key).arg(bytes.size()).arg(maxSize));
    return bytes;
}

Result<std::optional<bool>> MessageFields::boolean(const QString &key) const
{
    const auto it = m_dict.constFind(key);
    if (it == m_dict.constEnd())
        return std::optional<bool>();
    if (!hasType(*it, QMetaType::Bool))
        return malformed(u"%1 is %2, not boolean"_s.arg(key, typeName(*it)));
    return std::optional<bool>(it->toBool());
}

Result<QVariantMap> MessageFields::dict(const QString &key, Presence presence) const
{
    const auto it = m_dict.constFind(key);
    if (it == m_dict.constEnd()) {
        if (presence == Presence::Required)
            return malformed(u"%1 is missing"_s.arg(key));
        return QVariantMap();
    }
    if (!hasType(*it, QMetaType::QVariantMap))
        return malformed(u"%1 is %2, not dictionary"_s.arg(key, typeName(*it)));
    return it->toMap();
}

Result<QVariantList> MessageFields::array(const QString &key, Presence presence) const
{
    const auto it = m_dict.constFind(key);
    if (it == m_dict.constEnd()) {
        if (presence == Presence::Required)
            return malformed(u"%1 is missing"_s.arg(key));
        return QVariantList();
    }
    if (!hasType(*it, QMetaType::QVariantList))
        return malformed(u"%1 is %2, not array"_s.arg(key, typeName(*it)));
    return it->toList();
}

tl::unexpected<Error> MessageFields::malformed(const QString &detail)
{
    return fail(Error::Code::InvalidInput, tr("The device sent a malformed message."), detail);
}

QString MessageFields::typeName(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QVariantMap:
        return u"dictionary"_s;
    case QMetaType::QVariantList:
        return u"array"_s;
    case QMetaType::QString:
        return u"string"_s;
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return u"integer"_s;
    case QMetaType::Double:
        return u"real"_s;
    case QMetaType::Bool:
        return u"boolean"_s;
    case QMetaType::QDateTime:
        return u"date"_s;
    case QMetaType::QByteArray:
        return u"data"_s;
    default:
        break;
    }
    return u"another type"_s;
}

} // namespace Espalier
