// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

namespace Espalier {

// Reads typed values out of a plist dict a device sent, against the types of Apple's schemas:
// a key of the wrong type, a required key that is missing or empty, or a value over its size
// bound is an Error::Code::InvalidInput failure that names the key, never the value. Keys it is
// not asked about are ignored. A plain value over a borrowed dict; any thread.
class MessageFields final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::MessageFields)

public:
    enum class Presence {
        Optional,
        Required,
    };

    // Identifiers (UDID, EnrollmentID, user ids), topics and command UUIDs.
    static constexpr qsizetype MaxIdentifierLength = 256;
    // Any other string.
    static constexpr qsizetype MaxTextLength = 4096;
    // Tokens and other data values.
    static constexpr qsizetype MaxDataSize = 64 * 1024;

    // Borrows dict, which must outlive this object.
    explicit MessageFields(const QVariantMap &dict);
    explicit MessageFields(QVariantMap &&) = delete;

    [[nodiscard]] bool contains(const QString &key) const;

    // An optional string that is absent or empty reads as an empty string.
    [[nodiscard]] Result<QString> string(const QString &key,
                                         Presence presence,
                                         qsizetype maxLength = MaxTextLength) const;
    // An optional data value that is absent reads as an empty byte array.
    [[nodiscard]] Result<QByteArray> data(const QString &key,
                                          Presence presence,
                                          qsizetype maxSize = MaxDataSize) const;
    [[nodiscard]] Result<std::optional<bool>> boolean(const QString &key) const;
    [[nodiscard]] Result<QVariantMap> dict(const QString &key, Presence presence) const;
    [[nodiscard]] Result<QVariantList> array(const QString &key, Presence presence) const;

    // InvalidInput with the message every malformed device message gets.
    [[nodiscard]] static tl::unexpected<Error> malformed(const QString &detail);

    // The plist type a value has, for error details ("string", "data", ...).
    [[nodiscard]] static QString typeName(const QVariant &value);

private:
    const QVariantMap &m_dict;
};

} // namespace Espalier
