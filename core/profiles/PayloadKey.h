// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profiles/PayloadPlatform.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace Espalier {

enum class PayloadValueType {
    String,
    Integer,
    Real,
    Boolean,
    Date,
    Data,
    Array,
    Dictionary,
    Any,
};

// The schema's spelling ("<string>"), and back; nullopt for a name the format does not have.
[[nodiscard]] QString payloadValueTypeName(PayloadValueType type);
[[nodiscard]] std::optional<PayloadValueType> payloadValueTypeFromName(const QString &name);

// One key of a payload schema. A dictionary's subkeys are its named keys (a key named "ANY"
// stands for keys the admin names, such as preference domains); an array's single subkey
// describes its items. platforms is the effective list: what the key says, filled in from its
// enclosing key or payload, so it can be read without walking up.
struct PayloadKey
{
    QString name;
    QString title;
    QString description;
    PayloadValueType type = PayloadValueType::Any;
    QString subtype; // "<url>", "<hostname>": a hint for strings
    bool required = false;
    QVariant defaultValue;
    std::optional<double> minimum;
    std::optional<double> maximum;
    QVariantList allowedValues;
    QString format; // a regular expression a string must match whole
    QList<PayloadPlatform> platforms;
    QList<PayloadKey> subkeys;
    // The schema repeats an enclosing key here (folders of folders); the items are kept as raw
    // values instead of being described without end.
    bool recursive = false;

    [[nodiscard]] bool isWildcard() const { return name == QStringLiteral("ANY"); }

    [[nodiscard]] QString displayTitle() const { return title.isEmpty() ? name : title; }

    // True when the key needs a supervised device on that OS.
    [[nodiscard]] bool isSupervisedOnly(const QString &platform) const
    {
        const PayloadPlatform *entry = findPlatform(platforms, platform);
        return entry && entry->supervised;
    }
};

} // namespace Espalier
