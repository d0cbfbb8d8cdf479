// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/profiles/PayloadSchema.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Espalier {

// The payload schemas known by PayloadType: Espalier's own (Qt resources) and any folders the
// admin adds, later folders replacing earlier schemas of the same type. Also holds the two
// pseudo-payloads every profile uses, "TopLevel" and "CommonPayloadKeys". A value; build it on
// any thread and read it from many.
class PayloadSchemaRegistry final
{
public:
    static constexpr auto TopLevelType = "TopLevel";
    static constexpr auto CommonKeysType = "CommonPayloadKeys";
    static constexpr auto BuiltInFolder = ":/espalier/profiles/schemas";

    // What loading a folder did: every file that loaded, and an Error for each one that did not
    // (the file is skipped; the rest still load).
    struct LoadReport
    {
        int loaded = 0;
        QList<Error> errors;
    };

    // Espalier's own schemas. They ship with the program and a test loads each, so errors here
    // are a build fault; they are still reported, not fatal.
    [[nodiscard]] static PayloadSchemaRegistry builtIn(LoadReport *report = nullptr);

    // Loads every *.yaml/*.yml file directly in folder. Files of one folder that share a
    // PayloadType (Apple splits com.apple.MCX over several) are merged; the merged schema then
    // replaces any earlier one of that type.
    LoadReport addFolder(const QString &folder);

    // Replaces any schema of the same PayloadType.
    void insert(PayloadSchema schema);

    [[nodiscard]] const PayloadSchema *find(const QString &payloadType) const;

    [[nodiscard]] bool isEmpty() const { return m_schemas.isEmpty(); }

    // Types a payload can have, sorted by title; TopLevel and CommonPayloadKeys left out.
    [[nodiscard]] QStringList payloadTypes() const;

    [[nodiscard]] const PayloadSchema *topLevel() const;
    // The keys every payload carries (PayloadType, PayloadUUID, ...).
    [[nodiscard]] QList<PayloadKey> commonKeys() const;

private:
    QHash<QString, PayloadSchema> m_schemas;
};

} // namespace Espalier
