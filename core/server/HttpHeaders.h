// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>

#include <utility>

namespace Espalier {

// An ordered list of HTTP header fields. Names compare case-insensitively, a repeated field keeps
// every occurrence in arrival order, and the original spelling is kept for output. A value class.
class HttpHeaders final
{
public:
    using Field = std::pair<QByteArray, QByteArray>;

    [[nodiscard]] bool contains(QByteArrayView name) const;
    // The first value of the field, or a null QByteArray when it is absent.
    [[nodiscard]] QByteArray value(QByteArrayView name) const;
    [[nodiscard]] QByteArrayList values(QByteArrayView name) const;

    void add(QByteArray name, QByteArray value);
    // Replaces every occurrence of the field with one.
    void set(QByteArray name, QByteArray value);
    void remove(QByteArrayView name);

    [[nodiscard]] const QList<Field> &fields() const { return m_fields; }

    [[nodiscard]] qsizetype size() const { return m_fields.size(); }

    [[nodiscard]] bool isEmpty() const { return m_fields.isEmpty(); }

    [[nodiscard]] static bool sameName(QByteArrayView a, QByteArrayView b);
    // A non-empty RFC 9110 token: no spaces, separators or control characters.
    [[nodiscard]] static bool isValidName(QByteArrayView name);
    // No control characters but horizontal tab, so no CR or LF that could end the field.
    [[nodiscard]] static bool isValidValue(QByteArrayView value);

private:
    QList<Field> m_fields;
};

} // namespace Espalier
