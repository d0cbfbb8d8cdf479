// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/PayloadKey.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

constexpr std::array<std::pair<PayloadValueType, const char *>, 9> TypeNames{{
    {PayloadValueType::String, "<string>"},
    {PayloadValueType::Integer, "<integer>"},
    {PayloadValueType::Real, "<real>"},
    {PayloadValueType::Boolean, "<boolean>"},
    {PayloadValueType::Date, "<date>"},
    {PayloadValueType::Data, "<data>"},
    {PayloadValueType::Array, "<array>"},
    {PayloadValueType::Dictionary, "<dictionary>"},
    {PayloadValueType::Any, "<any>"},
}};

} // namespace

QString payloadValueTypeName(PayloadValueType type)
{
    for (const auto &[candidate, name] : TypeNames) {
        if (candidate == type)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<PayloadValueType> payloadValueTypeFromName(const QString &name)
{
    for (const auto &[type, candidate] : TypeNames) {
        if (name == QLatin1StringView(candidate))
            return type;
    }
    return std::nullopt;
}

} // namespace Espalier
