// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/HttpHeaders.h"

#include <algorithm>

namespace Espalier {

bool HttpHeaders::sameName(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

bool HttpHeaders::isValidName(QByteArrayView name)
{
    const auto isTokenChar = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
               || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
    };
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), isTokenChar);
}

bool HttpHeaders::isValidValue(QByteArrayView value)
{
    return std::none_of(value.begin(), value.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && c != '\t') || byte == 0x7f;
    });
}

bool HttpHeaders::contains(QByteArrayView name) const
{
    return std::any_of(m_fields.cbegin(), m_fields.cend(), [name](const Field &field) {
        return sameName(field.first, name);
    });
}

QByteArray HttpHeaders::value(QByteArrayView name) const
{
    for (const Field &field : m_fields) {
        if (sameName(field.first, name))
            return field.second;
    }
    return {};
}

QByteArrayList HttpHeaders::values(QByteArrayView name) const
{
    QByteArrayList result;
    for (const Field &field : m_fields) {
        if (sameName(field.first, name))
            result.append(field.second);
    }
    return result;
}

void HttpHeaders::add(QByteArray name, QByteArray value)
{
    m_fields.emplace_back(std::move(name), std::move(value));
}

void HttpHeaders::set(QByteArray name, QByteArray value)
{
    remove(name);
    add(std::move(name), std::move(value));
}

void HttpHeaders::remove(QByteArrayView name)
{
    m_fields.removeIf([name](const Field &field) { return sameName(field.first, name); });
}

} // namespace Espalier
